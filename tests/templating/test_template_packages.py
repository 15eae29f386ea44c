"""`.brieftemplate` packages: packed, installed, re-installed, and hostile ones refused in one line."""

from __future__ import annotations

import io
import json
import shutil
import stat
import zipfile
from pathlib import Path

import pytest
from tests.cli.helpers import briefing_cli

from briefing.cli import main
from briefing.resources import templates_dir
from briefing.templating import list_templates, load_template
from briefing.templating.package import MANIFEST, PackageError, install, pack, read_package, sha256
from briefing.templating.search import system_templates_dir, user_templates_dir


def house_folder(tmp_path: Path, version: str = "1", organization: str = "Northbridge") -> Path:
    folder = tmp_path / f"house-{version}"
    (folder / "assets").mkdir(parents=True)
    shutil.copy(templates_dir() / "assets" / "briefing-mark.png", folder / "assets" / "mark.png")
    (folder / "house.yaml").write_text(
        f"id: house-brief\nname: House brief\nversion: '{version}'\nextends: situation-brief\n"
        f"branding:\n  organization: {organization}\n  logo: assets/mark.png\n", encoding="utf-8")
    (folder / "notes.txt").write_text("not part of the template", encoding="utf-8")
    return folder


def make_zip(path: Path, entries: dict[str, bytes], *, manifest: dict[str, object] | None = None,
             links: tuple[str, ...] = ()) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if manifest is not None:
            archive.writestr(MANIFEST, json.dumps(manifest))
        for name, blob in entries.items():
            info = zipfile.ZipInfo(name)
            if name in links:
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, blob)
    return path


def good_entries(tmp_path: Path) -> tuple[dict[str, bytes], dict[str, object]]:
    folder = house_folder(tmp_path)
    entries = {"house.yaml": (folder / "house.yaml").read_bytes(),
               "assets/mark.png": (folder / "assets" / "mark.png").read_bytes()}
    manifest = {"format": 1, "id": "house-brief", "version": "1", "template": "house.yaml",
                "files": {name: sha256(blob) for name, blob in entries.items()}}
    return entries, manifest


def test_pack_holds_the_template_its_assets_and_a_manifest(tmp_path: Path) -> None:
    out = tmp_path / "house.brieftemplate"
    manifest = pack(house_folder(tmp_path), out)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        data = json.loads(archive.read(MANIFEST))
        assert data["files"]["assets/mark.png"] == sha256(archive.read("assets/mark.png"))
    assert names == [MANIFEST, "assets/mark.png", "house.yaml"]  # notes.txt is not the template's
    assert (data["id"], data["version"], data["template"]) == ("house-brief", "1", "house.yaml")
    assert manifest.template_id == "house-brief"
    # The same folder packs to the same bytes (no timestamps), so a package can be checked in.
    again = tmp_path / "again.brieftemplate"
    pack(house_folder(tmp_path / "x"), again)
    assert again.read_bytes() == out.read_bytes()


def test_pack_refuses_an_invalid_template(tmp_path: Path) -> None:
    folder = house_folder(tmp_path)
    (folder / "house.yaml").write_text("id: house-brief\nname: H\nsections: [{key: s, title: S, kind: prse}]\n",
                                       encoding="utf-8")
    with pytest.raises(PackageError, match=r"house.yaml: not packed, the template has problems:\n.*prse"):
        pack(folder, tmp_path / "h.brieftemplate")


def test_install_then_list_load_and_reinstall_changes_nothing(tmp_path: Path) -> None:
    package = tmp_path / "house.brieftemplate"
    pack(house_folder(tmp_path), package)
    report = install(package)
    target = user_templates_dir() / "house-brief"
    assert report.lines() == [f"installed house-brief version 1 in {target}"]
    assert {p.name for p in target.iterdir()} == {"assets", MANIFEST, "house.yaml"}
    template = load_template("house-brief")
    assert template.origin_kind == "user" and template.branding.organization == "Northbridge"
    assert template.branding.logo is not None and template.branding.logo.is_relative_to(target)
    assert "house-brief" in [t.id for t in list_templates()]
    before = {p: p.stat().st_mtime_ns for p in target.rglob("*")}
    again = install(package)
    assert again.unchanged
    assert again.lines() == [f"house-brief version 1 is already installed in {target}; nothing changed"]
    assert {p: p.stat().st_mtime_ns for p in target.rglob("*")} == before


def test_a_new_version_replaces_and_says_what_changed(tmp_path: Path) -> None:
    first, second = tmp_path / "v1.brieftemplate", tmp_path / "v2.brieftemplate"
    pack(house_folder(tmp_path, "1"), first)
    pack(house_folder(tmp_path, "2", organization="Northbridge Regional Office"), second)
    install(first)
    report = install(second)
    assert report.replaced_version == "1"
    assert report.changed == ["house.yaml"] and report.added == [] and report.removed == []
    assert report.lines()[0].startswith("replaced house-brief version 1 with version 2 in ")
    assert load_template("house-brief").branding.organization == "Northbridge Regional Office"
    assert not any(p.name.startswith(".") for p in user_templates_dir().iterdir())


def test_same_version_with_other_content_is_refused(tmp_path: Path) -> None:
    first, other = tmp_path / "a.brieftemplate", tmp_path / "b.brieftemplate"
    pack(house_folder(tmp_path, "1"), first)
    pack(house_folder(tmp_path / "o", "1", organization="Elsewhere"), other)
    install(first)
    with pytest.raises(PackageError, match=r"version 1 of house-brief is already installed .* another version"):
        install(other)
    assert load_template("house-brief").branding.organization == "Northbridge"


def test_system_install_goes_to_the_system_folder(tmp_path: Path) -> None:
    package = tmp_path / "house.brieftemplate"
    pack(house_folder(tmp_path), package)
    install(package, system=True)
    assert load_template("house-brief").origin_kind == "system"
    assert (system_templates_dir() / "house-brief" / "house.yaml").is_file()


@pytest.mark.parametrize(("entries", "links", "message"), [
    ({"../evil.yaml": b"id: x"}, (), r"'\.\./evil\.yaml' would be written outside the template's folder"),
    ({"/etc/evil.yaml": b"id: x"}, (), r"'/etc/evil\.yaml' would be written outside"),
    ({"C:/evil.yaml": b"id: x"}, (), r"'C:/evil\.yaml' would be written outside"),
    ({"assets\\..\\..\\evil": b"x"}, (), r"would be written outside"),
    ({"assets/link": b"/etc/passwd"}, ("assets/link",), r"'assets/link' is a symbolic link"),
    ({f"f{i}.txt": b"x" for i in range(70)}, (), r"has 71 entries; a template package holds at most 64"),
])
def test_hostile_entries_are_refused_before_anything_is_written(tmp_path: Path, entries: dict[str, bytes],
                                                                links: tuple[str, ...], message: str) -> None:
    package = make_zip(tmp_path / "evil.brieftemplate", entries, manifest={"format": 1}, links=links)
    with pytest.raises(PackageError, match=message) as caught:
        install(package)
    assert "\n" not in str(caught.value) and str(package) in str(caught.value)
    assert not user_templates_dir().exists() or not any(user_templates_dir().iterdir())
    assert not (tmp_path.parent / "evil.yaml").exists()


def test_a_zip_bomb_is_refused_from_its_directory(tmp_path: Path) -> None:
    package = make_zip(tmp_path / "bomb.brieftemplate", {"house.yaml": b"\0" * 30_000_000}, manifest={"format": 1})
    with pytest.raises(PackageError, match=r"'house\.yaml' unpacks to 30\.0 MB"):
        read_package(package)


def test_files_that_do_not_match_the_manifest_are_refused(tmp_path: Path) -> None:
    entries, manifest = good_entries(tmp_path)
    tampered = dict(entries, **{"assets/mark.png": entries["assets/mark.png"] + b"!"})
    package = make_zip(tmp_path / "t.brieftemplate", tampered, manifest=manifest)
    with pytest.raises(PackageError, match=r"'assets/mark\.png' does not match its SHA-256 in the manifest"):
        install(package)
    extra = make_zip(tmp_path / "e.brieftemplate", dict(entries, **{"run.sh": b"rm -rf ~"}), manifest=manifest)
    with pytest.raises(PackageError, match=r"'run\.sh' is in the package but not in its manifest"):
        install(extra)
    missing = make_zip(tmp_path / "m.brieftemplate", {"house.yaml": entries["house.yaml"]}, manifest=manifest)
    with pytest.raises(PackageError, match=r"the manifest lists 'assets/mark\.png', which the package lacks"):
        install(missing)
    assert not (user_templates_dir() / "house-brief").exists()


def test_a_manifest_naming_a_path_outside_is_refused(tmp_path: Path) -> None:
    entries, manifest = good_entries(tmp_path)
    manifest["files"] = {**manifest["files"], "../x": sha256(b"")}  # type: ignore[dict-item]
    package = make_zip(tmp_path / "p.brieftemplate", entries, manifest=manifest)
    with pytest.raises(PackageError, match=r"'\.\./x' would be written outside"):
        install(package)


def test_not_a_zip_and_no_manifest(tmp_path: Path) -> None:
    junk = tmp_path / "junk.brieftemplate"
    junk.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(PackageError, match="is not a template package"):
        install(junk)
    bare = make_zip(tmp_path / "bare.brieftemplate", {"house.yaml": b"id: x"})
    with pytest.raises(PackageError, match=r"has no manifest\.json"):
        install(bare)


def test_an_invalid_template_inside_a_valid_package_is_not_installed(tmp_path: Path) -> None:
    entries = {"house.yaml": b"id: house-brief\nname: H\nversion: '1'\nextends: no-such-template\n"}
    manifest = {"format": 1, "id": "house-brief", "version": "1", "template": "house.yaml",
                "files": {"house.yaml": sha256(entries["house.yaml"])}}
    package = make_zip(tmp_path / "p.brieftemplate", entries, manifest=manifest)
    with pytest.raises(PackageError, match=r"not installed, its template has problems: .*no-such-template"):
        install(package)
    assert not any(user_templates_dir().iterdir())


def test_cli_pack_and_install_in_a_real_process(tmp_path: Path, cli_env: dict[str, str]) -> None:
    folder = house_folder(tmp_path)
    result = briefing_cli(cli_env, "templates", "pack", folder, "-o", tmp_path / "house")
    assert result.returncode == 0, result.stderr
    package = tmp_path / "house.brieftemplate"
    assert result.stdout.strip() == f"{package}: house-brief version 1, 2 file(s)"
    result = briefing_cli(cli_env, "templates", "install", package)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("installed house-brief version 1 in ")
    result = briefing_cli(cli_env, "templates", "install", package)
    assert "already installed" in result.stdout and result.returncode == 0
    listed = briefing_cli(cli_env, "templates", "list")
    assert "house-brief" in listed.stdout
    evil = make_zip(tmp_path / "evil.brieftemplate", {"../../evil": b"x"}, manifest={"format": 1})
    result = briefing_cli(cli_env, "templates", "install", evil)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "would be written outside" in result.stderr
    usage = briefing_cli(cli_env, "templates", "pack", folder)
    assert usage.returncode == 2


def test_pack_refuses_a_folder_of_several_templates(tmp_path: Path) -> None:
    with pytest.raises(PackageError, match="a package holds one template, and this folder has 3"):
        pack(templates_dir(), tmp_path / "all.brieftemplate")


def test_hostile_zip_in_memory_is_a_package_error_not_a_crash(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(MANIFEST, b"\xff\xfe not json")
    package = tmp_path / "x.brieftemplate"
    package.write_bytes(buffer.getvalue())
    with pytest.raises(PackageError, match=r"manifest\.json is not valid JSON"):
        install(package)
    assert main(["templates", "install", str(package)]) == 1


def test_a_dry_run_checks_everything_and_changes_nothing(tmp_path: Path) -> None:
    first, second = tmp_path / "v1.brieftemplate", tmp_path / "v2.brieftemplate"
    pack(house_folder(tmp_path, "1"), first)
    pack(house_folder(tmp_path, "2", organization="Elsewhere"), second)
    plan = install(first, dry_run=True)
    assert plan.question() == f"Install House brief (house-brief version 1) in {user_templates_dir() / 'house-brief'}?"
    assert not (user_templates_dir() / "house-brief").exists()
    install(first)
    plan = install(second, dry_run=True)
    assert plan.question().splitlines() == [
        f"Replace house-brief version 1 with version 2 in {user_templates_dir() / 'house-brief'}?",
        "  changed: house.yaml"]
    assert load_template("house-brief").version == "1"
    assert not any(p.name.startswith(".") for p in user_templates_dir().iterdir())
