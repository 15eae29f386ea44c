"""The template search path and the catalog of template files found on it.

Folders are searched in a fixed order — shipped, the user's, the administrator's
(`BRIEFING_TEMPLATE_PATH`, several folders), then the system-wide one — and a template in a
later folder overrides one with the same id in an earlier folder. Parsed files are cached by
path, size and modification time, so listing templates repeatedly stays cheap.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from briefing.resources import templates_dir
from briefing.templating.source import RawTemplate, TemplateSourceError, read_template_file

TEMPLATE_SUFFIXES: tuple[str, ...] = (".yaml", ".yml")
_CACHE_LIMIT = 256
_cache: dict[tuple[str, int, int], RawTemplate | TemplateSourceError] = {}


def user_templates_dir() -> Path:
    """The user's own templates folder, in the platform's user data folder."""
    return Path(platformdirs.user_data_dir("Briefing", appauthor=False)) / "templates"


def system_templates_dir() -> Path:
    """The system-wide folder (BRIEFING_SYSTEM_TEMPLATES overrides it, e.g. for tests and packagers)."""
    override = os.environ.get("BRIEFING_SYSTEM_TEMPLATES")
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "Briefing" / "templates"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Briefing/templates")
    return Path("/etc/briefing/templates")


def template_search_path() -> list[tuple[Path, str]]:
    """Folders to search, lowest priority first, each with its origin kind (shipped/user/admin/system)."""
    folders: list[tuple[Path, str]] = [(templates_dir(), "shipped"), (user_templates_dir(), "user")]
    for part in os.environ.get("BRIEFING_TEMPLATE_PATH", "").split(os.pathsep):
        if part.strip():
            folders.append((Path(part.strip()).expanduser(), "admin"))
    folders.append((system_templates_dir(), "system"))
    return folders


@dataclass
class CatalogEntry:
    """One template file on the search path, parsed (or the reason it could not be)."""

    path: Path
    folder_index: int
    origin_kind: str
    raw: RawTemplate | None
    error: TemplateSourceError | None

    @property
    def template_id(self) -> str | None:
        value = self.raw.data.get("id") if self.raw else None
        return value if isinstance(value, str) else None


def read_cached(path: Path) -> RawTemplate:
    """`read_template_file`, remembered until the file changes."""
    try:
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size)
    except OSError:
        return read_template_file(path)
    found = _cache.get(key)
    if found is None:
        try:
            found = read_template_file(path)
        except TemplateSourceError as error:
            found = error
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[key] = found
    if isinstance(found, TemplateSourceError):
        raise found
    return found


def template_files(folder: Path) -> list[Path]:
    """The template files directly in `folder` (not its subfolders: those hold assets and examples)."""
    try:
        children = sorted(folder.iterdir())
    except OSError:
        return []
    return [p for p in children
            if p.suffix.lower() in TEMPLATE_SUFFIXES and not p.name.startswith(".") and p.is_file()]


PACKAGE_MANIFEST = "manifest.json"


def package_templates(folder: Path) -> list[Path]:
    """The templates of the packages installed in `folder`: each in a subfolder with a manifest.

    Only the file the manifest names is read, so a package's other YAML (examples) stays out.
    """
    try:
        children = sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:
        return []
    found: list[Path] = []
    for child in children:
        try:
            data = json.loads((child / PACKAGE_MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        name = data.get("template") if isinstance(data, dict) else None
        if isinstance(name, str) and "/" not in name and "\\" not in name and (child / name).is_file():
            found.append(child / name)
    return found


def scan() -> list[CatalogEntry]:
    """Every template file on the search path, in search order (a folder's packages after its files)."""
    entries: list[CatalogEntry] = []
    for index, (folder, kind) in enumerate(template_search_path()):
        for path in [*template_files(folder), *package_templates(folder)]:
            try:
                entries.append(CatalogEntry(path, index, kind, read_cached(path), None))
            except TemplateSourceError as error:
                entries.append(CatalogEntry(path, index, kind, None, error))
    return entries


def folder_index_of(path: Path) -> tuple[int | None, str]:
    """Where a file sits on the search path (None and "file" when it is not in a search folder)."""
    parent = path.resolve().parent
    if (parent / PACKAGE_MANIFEST).is_file() or parent.name.startswith(".install-"):
        parent = parent.parent  # an installed (or being installed) package ranks with its folder
    found: tuple[int | None, str] = (None, "file")
    for index, (folder, kind) in enumerate(template_search_path()):
        try:
            if folder.resolve() == parent:
                found = (index, kind)
        except OSError:
            continue
    return found
