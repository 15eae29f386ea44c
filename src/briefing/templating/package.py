"""Template packages (`.brieftemplate`): one template, its assets and a manifest, for roll-out.

A package is a zip holding a template's YAML, the files it names (logo, fonts, reference Word
document) under the same relative paths, and `manifest.json` with the template's id, version
and the SHA-256 of every file. Installing one unpacks it into a folder of its own inside the
user's (or the system-wide) templates folder, `<folder>/<id>/`, so its assets can never collide
with another template's and removing it is deleting one folder.

Packages travel by e-mail and shared drives, so installing trusts nothing in them: the zip's
directory is checked before anything is unpacked (entry count and sizes, compression ratio,
names that are absolute, climb out with `..`, or are links), every file must be listed in the
manifest with a matching hash, and the template must validate where it will live before the
installed one is replaced (by a rename, so a failure leaves the old one in place).
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from briefing.errors import BriefingError, ProblemList
from briefing.templating.schema import ID_PATTERN
from briefing.templating.search import system_templates_dir, template_files, user_templates_dir
from briefing.templating.source import TemplateSourceError, read_template_file

PACKAGE_SUFFIX = ".brieftemplate"
MANIFEST = "manifest.json"
MANIFEST_FORMAT = 1
MAX_ENTRIES = 64
MAX_ENTRY_BYTES = 20_000_000
MAX_TOTAL_BYTES = 50_000_000
MAX_RATIO = 100  # a template's files compress a few times at most; more is a zip bomb
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


class PackageError(BriefingError):
    """A package that cannot be made or installed; the message names what and where."""


@dataclass(frozen=True)
class Manifest:
    """What a package says it holds: the template's id and version and a hash for each file."""

    template_id: str
    version: str
    name: str
    template_file: str
    files: dict[str, str]  # relative POSIX path -> SHA-256 hex

    def to_json(self) -> str:
        return json.dumps({"format": MANIFEST_FORMAT, "id": self.template_id, "version": self.version,
                           "name": self.name, "template": self.template_file, "files": self.files},
                          indent=2, sort_keys=False) + "\n"

    @classmethod
    def from_json(cls, text: bytes, where: str) -> Manifest:
        try:
            data = json.loads(text.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise PackageError(f"{where}: {MANIFEST} is not valid JSON ({error})") from None
        if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
            raise PackageError(f"{where}: {MANIFEST} is not a Briefing template manifest (format "
                               f"{MANIFEST_FORMAT}); make the package with `briefing templates pack`")
        files = data.get("files")
        fields = (data.get("id"), data.get("version"), data.get("template"))
        if not all(isinstance(value, str) and value for value in fields) or not isinstance(files, dict) \
                or not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
            raise PackageError(f"{where}: {MANIFEST} lacks its id, version, template or list of files")
        return cls(str(data["id"]), str(data["version"]), str(data.get("name") or data["id"]),
                   str(data["template"]), dict(files))


@dataclass
class InstallReport:
    """What an install did (or, with `unchanged`, found already done), for the user to read."""

    manifest: Manifest
    target: Path
    replaced_version: str | None = None
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: bool = False

    def question(self) -> str:
        """What installing would do, asked before a dry run is made real."""
        m = self.manifest
        if self.unchanged:
            return self.lines()[0]
        if self.replaced_version is None:
            return f"Install {m.name} ({m.template_id} version {m.version}) in {self.target}?"
        return "\n".join([f"Replace {m.template_id} version {self.replaced_version} with version {m.version} "
                          f"in {self.target}?", *self.lines()[1:]])

    def lines(self) -> list[str]:
        m = self.manifest
        if self.unchanged:
            return [f"{m.template_id} version {m.version} is already installed in {self.target}; nothing changed"]
        head = (f"installed {m.template_id} version {m.version} in {self.target}" if self.replaced_version is None
                else f"replaced {m.template_id} version {self.replaced_version} with version {m.version} "
                     f"in {self.target}")
        details = [f"  {verb}: {', '.join(names)}" for verb, names in
                   (("added", self.added), ("changed", self.changed), ("removed", self.removed)) if names]
        return [head, *details]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------------------------- pack


def template_assets(template_file: Path) -> list[str]:
    """The relative asset paths a template file names itself (logo, font files, reference document)."""
    try:
        data = read_template_file(template_file).data
    except TemplateSourceError as error:
        raise PackageError(str(error.problems[0])) from None
    return asset_names(data, template_file.parent)


def asset_names(data: dict[str, object], folder: Path) -> list[str]:
    """The relative asset paths in template `data` that name files in `folder`."""
    names: list[object] = []
    branding, typography, docx = (data.get(k) for k in ("branding", "typography", "docx"))
    if isinstance(branding, dict):
        names.append(branding.get("logo"))
    if isinstance(typography, dict):
        names += [typography.get("body_font"), typography.get("heading_font")]
    if isinstance(docx, dict):
        names.append(docx.get("reference"))
    found = [n.replace("\\", "/") for n in names if isinstance(n, str) and not n.startswith("data:")
             and ("/" in n or "." in n)]
    return list(dict.fromkeys(n for n in found if _inside(folder, n)))


def _inside(folder: Path, name: str) -> bool:
    """A relative name of a file within `folder` (never absolute, never `..`, never through a link out)."""
    if name.startswith("/") or ".." in name.split("/") or (len(name) > 1 and name[1] == ":"):
        return False
    base = folder.resolve()
    target = (base / name).resolve()
    return target.is_relative_to(base) and target.is_file()


def pack(source: Path, output: Path) -> Manifest:
    """Write the template in `source` (a file, or a folder holding exactly one) as a package."""
    from briefing.templating.loader import load_template_file  # loader imports search, which we import

    template_file = _one_template(source)
    try:
        template = load_template_file(template_file)
    except ProblemList as error:
        raise PackageError(f"{template_file}: not packed, the template has problems:\n" + str(error)) from None
    folder = template_file.parent
    files: dict[str, bytes] = {template_file.name: template_file.read_bytes()}
    for name in template_assets(template_file):
        files[name] = (folder / name).read_bytes()
    manifest = Manifest(template.id, template.version, template.name, template_file.name,
                        {name: sha256(blob) for name, blob in files.items()})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in [(MANIFEST, manifest.to_json().encode("utf-8")), *sorted(files.items())]:
            entry = zipfile.ZipInfo(name, ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(entry, blob)
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(output.name + ".part")
    temporary.write_bytes(buffer.getvalue())
    temporary.replace(output)
    return manifest


def _one_template(source: Path) -> Path:
    if source.is_file():
        return source
    if not source.is_dir():
        raise PackageError(f"{source}: no such file or folder")
    found = template_files(source)
    if len(found) != 1:
        names = ", ".join(p.name for p in found) or "none"
        raise PackageError(f"{source}: a package holds one template, and this folder has {len(found)} ({names}); "
                           "name the template file instead of the folder")
    return found[0]


# ---------------------------------------------------------------------------------------------- read


def read_package(path: Path) -> tuple[Manifest, dict[str, bytes]]:
    """The manifest and files of a package, after every check; PackageError in one line otherwise."""
    where = str(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise PackageError(f"{where}: cannot be read ({error.strerror or error})") from None
    if size > MAX_TOTAL_BYTES:
        raise PackageError(f"{where}: is {size / 1e6:.1f} MB; a template package may be at most "
                           f"{MAX_TOTAL_BYTES // 1_000_000} MB")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise PackageError(f"{where}: is not a template package (not a zip file, or a damaged one)") from None
    with archive:
        members = archive.infolist()
        _check_directory(members, where)
        names = {m.filename for m in members}
        if MANIFEST not in names:
            raise PackageError(f"{where}: has no {MANIFEST}; make packages with `briefing templates pack`")
        try:
            blobs = {m.filename: archive.read(m) for m in members if not m.is_dir()}
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
            raise PackageError(f"{where}: a file in the package is damaged ({error})") from None
    manifest = Manifest.from_json(blobs.pop(MANIFEST), where)
    _check_manifest(manifest, blobs, where)
    return manifest, blobs


def _check_directory(members: list[zipfile.ZipInfo], where: str) -> None:
    if len(members) > MAX_ENTRIES:
        raise PackageError(f"{where}: has {len(members)} entries; a template package holds at most {MAX_ENTRIES}")
    total = 0
    seen: set[str] = set()
    for member in members:
        name = member.filename
        _check_name(name, where)
        if name.lower() in seen:
            raise PackageError(f"{where}: holds {name!r} twice")
        seen.add(name.lower())
        mode = member.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackageError(f"{where}: {name!r} is a symbolic link; a package may hold plain files only")
        if member.file_size > MAX_ENTRY_BYTES:
            raise PackageError(f"{where}: {name!r} unpacks to {member.file_size / 1e6:.1f} MB; a file in a "
                               f"package may be at most {MAX_ENTRY_BYTES // 1_000_000} MB")
        if member.file_size > 1_000_000 and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise PackageError(f"{where}: {name!r} is compressed "
                               f"{member.file_size // max(member.compress_size, 1)} times over, which only zip "
                               "bombs do; it was not unpacked")
        total += member.file_size
    if total > MAX_TOTAL_BYTES:
        raise PackageError(f"{where}: unpacks to {total / 1e6:.1f} MB; a package may hold at most "
                           f"{MAX_TOTAL_BYTES // 1_000_000} MB")


def _check_name(name: str, where: str) -> None:
    """Refuse names that would land outside the package's folder (zip-slip) or cannot be files."""
    posix = PurePosixPath(name)
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":") \
            or posix.is_absolute() or any(part in ("..", "") for part in name.rstrip("/").split("/")) \
            or any(part.startswith(".") for part in posix.parts):
        raise PackageError(f"{where}: the entry {name!r} would be written outside the template's folder "
                           "(absolute, '..', hidden or a drive name); the package was refused")


def _check_manifest(manifest: Manifest, blobs: dict[str, bytes], where: str) -> None:
    import re

    if not re.fullmatch(ID_PATTERN, manifest.template_id):
        raise PackageError(f"{where}: the manifest's id {manifest.template_id!r} is not a template id "
                           "(lower-case letters, digits, '.', '_' and '-')")
    for name in manifest.files:
        _check_name(name, where)
    listed, present = set(manifest.files), {n for n in blobs if not n.endswith("/")}
    if present - listed:
        raise PackageError(f"{where}: {sorted(present - listed)[0]!r} is in the package but not in its manifest; "
                           "the package was changed after it was made")
    if listed - present:
        raise PackageError(f"{where}: the manifest lists {sorted(listed - present)[0]!r}, which the package lacks")
    for name, digest in manifest.files.items():
        if sha256(blobs[name]) != digest.lower():
            raise PackageError(f"{where}: {name!r} does not match its SHA-256 in the manifest; the package was "
                               "changed or damaged after it was made")
    if manifest.template_file not in manifest.files or "/" in manifest.template_file:
        raise PackageError(f"{where}: the manifest's template {manifest.template_file!r} is not a file at the "
                           "top of the package")


# ---------------------------------------------------------------------------------------------- install


def install_folder(*, system: bool = False) -> Path:
    """Where `install` puts packages: the user's templates folder, or the system-wide one."""
    return system_templates_dir() if system else user_templates_dir()


def install(package: Path, *, system: bool = False, folder: Path | None = None, dry_run: bool = False) -> InstallReport:
    """Install a package into `folder` (default: the user's or the system's templates folder).

    `dry_run` does every check (the template is validated where it would live) and reports what
    installing would replace, without replacing anything: the app asks before it installs.
    """
    from briefing.templating.loader import load_template_file

    manifest, blobs = read_package(package)
    base = folder if folder is not None else install_folder(system=system)
    target = base / manifest.template_id
    old = _installed_manifest(target)
    report = InstallReport(manifest, target)
    if old is not None:
        report.replaced_version = old.version
        if old.version == manifest.version:
            if old.files == manifest.files:
                report.unchanged = True
                return report
            raise PackageError(f"{package}: version {manifest.version} of {manifest.template_id} is already "
                               f"installed in {target} with other content; give the new one another version")
        report.added = sorted(set(manifest.files) - set(old.files))
        report.removed = sorted(set(old.files) - set(manifest.files))
        report.changed = sorted(n for n in set(manifest.files) & set(old.files) if manifest.files[n] != old.files[n])
    elif target.exists():
        raise PackageError(f"{package}: {target} exists and was not installed from a package; move it away first")
    try:
        base.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".install-", dir=base))
    except OSError as error:
        raise PackageError(f"{package}: cannot write to {base} ({error.strerror or error})"
                           + ("; installing for everyone needs an administrator" if system else "")) from None
    try:
        for name, blob in blobs.items():
            destination = staging / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(blob)
        (staging / MANIFEST).write_text(manifest.to_json(), encoding="utf-8")
        try:
            template = load_template_file(staging / manifest.template_file)
        except ProblemList as error:
            raise PackageError(f"{package}: not installed, its template has problems: {error.problems[0]}") from None
        if template.id != manifest.template_id or template.version != manifest.version:
            raise PackageError(f"{package}: the manifest says {manifest.template_id} version {manifest.version}, "
                               f"but the template is {template.id} version {template.version}")
        if not dry_run:
            _swap(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return report


def _installed_manifest(target: Path) -> Manifest | None:
    try:
        return Manifest.from_json((target / MANIFEST).read_bytes(), str(target))
    except (OSError, PackageError):
        return None


def _swap(staging: Path, target: Path) -> None:
    """Put the staged folder in place of `target`; the old folder stays until the new one is there."""
    retired = None
    if target.exists():
        retired = target.with_name(f".{target.name}.old")
        shutil.rmtree(retired, ignore_errors=True)
        target.rename(retired)
    try:
        staging.rename(target)
    except OSError:
        if retired is not None:
            retired.rename(target)
        raise
    if retired is not None:
        shutil.rmtree(retired, ignore_errors=True)
