"""The one place where the app reaches the engines (store, ingest, analysis, export, templates).

Views and commands call these functions, never the engines directly, so the window keeps working
while an engine is missing from a build: each function imports its engine when called and falls
back to a small, honest substitute (plain-text import, a JSON file with a lock, no suggestions)
or raises a user-facing NotAvailableError. Nothing here imports Qt: it is run on worker threads.
"""

from __future__ import annotations

import contextlib
import dataclasses
import html
import importlib
import json
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from briefing.errors import BriefingError, NotAvailableError
from briefing.model import Brief, Citation, Evidence, Grade, Item, Release, Section, Source
from briefing.templating.model import Template

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _attr(module_name: str, name: str) -> Any:
    module = _module(module_name)
    return getattr(module, name, None) if module is not None else None


# --------------------------------------------------------------------------- store


class StoreFile(Protocol):
    path: Path

    def load(self) -> Brief: ...
    def save(self, brief: Brief) -> None: ...
    def save_copy(self, new_path: Path) -> None: ...
    def close(self) -> None: ...


class LockedError(BriefingError):
    """Fallback for the store's BriefLockedError: another process has the brief open."""


def locked_error_types() -> tuple[type[BaseException], ...]:
    real = _attr("briefing.store", "BriefLockedError")
    return (LockedError, real) if isinstance(real, type) else (LockedError,)


def create_brief_file(path: Path, brief: Brief, overwrite: bool = False) -> StoreFile:
    real = _attr("briefing.store", "BriefFile")
    if real is not None:
        return real.create(path, brief, overwrite=overwrite)
    return _JsonBriefFile.create(path, brief, overwrite=overwrite)


def open_brief_file(path: Path, readonly: bool = False) -> StoreFile:
    real = _attr("briefing.store", "BriefFile")
    if real is not None:
        return real.open(path, readonly=readonly)
    return _JsonBriefFile.open(path, readonly=readonly)


def search_sources(file: StoreFile | None, brief: Brief, query: str, limit: int = 200) -> list[str]:
    """Ids of the sources whose text matches `query`, best first (store's full-text index if present)."""
    real = _attr("briefing.store", "search_sources")
    if real is not None and file is not None and not isinstance(file, _JsonBriefFile):
        with contextlib.suppress(Exception):
            hits = real(file, query, limit)
            seen: dict[str, None] = {}
            for hit in hits:
                seen.setdefault(hit.source_id, None)
            return list(seen)
    words = [w.casefold() for w in query.split() if w]
    found = []
    for source in brief.sources:
        haystack = f"{source.title}\n{source.publisher or ''}\n{source.text}".casefold()
        if all(word in haystack for word in words):
            found.append(source.id)
    return found[:limit]


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    if isinstance(value, set):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(type(value))


def _decode_value(value: Any) -> Any:
    if isinstance(value, dict) and "$dt" in value:
        return datetime.fromisoformat(value["$dt"])
    if isinstance(value, dict) and "$d" in value:
        return date.fromisoformat(value["$d"])
    return value


def brief_to_json(brief: Brief) -> str:
    return json.dumps(dataclasses.asdict(brief), default=_encode, ensure_ascii=False)


def brief_from_json(text: str) -> Brief:
    data = json.loads(text, object_hook=_decode_value)
    sources = []
    for s in data.pop("sources"):
        s["grade"] = Grade(**s["grade"])
        s["paragraphs"] = [tuple(p) for p in s["paragraphs"]]
        sources.append(Source(**s))
    sections = []
    for sec in data.pop("sections"):
        items = []
        for it in sec["items"]:
            it["citations"] = [Citation(**c) for c in it["citations"]]
            items.append(Item(**it))
        sections.append(Section(sec["key"], items))
    releases = [Release(**r) for r in data.pop("releases", [])]
    dismissed = set(data.pop("dismissed", []))
    return Brief(**data, sources=sources, sections=sections, releases=releases, dismissed=dismissed)


_MAGIC = "briefing-fallback-json-1\n"


class _JsonBriefFile:
    """Stand-in for the store while it is not in this build: atomic JSON writes and a lock file."""

    def __init__(self, path: Path, readonly: bool) -> None:
        self.path = path
        self.readonly = readonly
        self._lock: Path | None = None

    def _acquire(self) -> None:
        lock = self.path.with_name(self.path.name + ".lock")
        if lock.exists():
            try:
                pid = int(lock.read_text().strip() or "0")
            except (OSError, ValueError):
                pid = 0
            alive = pid > 0 and pid != os.getpid() and _pid_alive(pid)
            if alive or (pid == os.getpid() and str(self.path) in _OPEN_HERE):
                raise LockedError(f"{self.path.name} is open in another Briefing window; "
                                  "close it there first or open a copy", where=str(self.path))
        lock.write_text(str(os.getpid()))
        _OPEN_HERE.add(str(self.path))
        self._lock = lock

    @classmethod
    def create(cls, path: Path, brief: Brief, overwrite: bool = False) -> _JsonBriefFile:
        if path.exists() and not overwrite:
            raise BriefingError(f"{path.name} already exists; choose another name", where=str(path))
        file = cls(path, readonly=False)
        file._acquire()
        file.save(brief)
        return file

    @classmethod
    def open(cls, path: Path, readonly: bool = False) -> _JsonBriefFile:
        if not path.is_file():
            raise BriefingError("the file does not exist; it may have been moved or deleted", where=str(path))
        file = cls(path, readonly)
        if not readonly:
            file._acquire()
        return file

    def load(self) -> Brief:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise BriefingError(f"cannot be read ({error})", where=str(self.path)) from error
        if not text.startswith(_MAGIC):
            raise BriefingError("is not a brief saved by Briefing", where=str(self.path))
        try:
            return brief_from_json(text[len(_MAGIC):])
        except (ValueError, KeyError, TypeError) as error:
            raise BriefingError(f"is damaged and cannot be opened ({error})", where=str(self.path)) from error

    def save(self, brief: Brief) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(_MAGIC + brief_to_json(brief), encoding="utf-8")
        tmp.replace(self.path)

    def save_copy(self, new_path: Path) -> None:
        new_path.write_bytes(self.path.read_bytes())

    def close(self) -> None:
        if self._lock is not None:
            with contextlib.suppress(OSError):
                self._lock.unlink()
            _OPEN_HERE.discard(str(self.path))
            self._lock = None


_OPEN_HERE: set[str] = set()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# --------------------------------------------------------------------------- ingest


@dataclass
class ImportResult:
    imported: list[Source] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False


_TAG = re.compile(r"<[^>]+>")
_TEXT_SUFFIXES = {".txt", ".md", ".text", ".html", ".htm", ".eml"}


def _plain_source(path: Path) -> Source:
    if path.suffix.lower() not in _TEXT_SUFFIXES:
        raise BriefingError(f"{path.suffix or 'this kind of file'} files cannot be imported by this build; "
                            "import text, Markdown or HTML", where=str(path))
    try:
        raw = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise BriefingError("is not UTF-8 text; save it as UTF-8 and import it again", where=str(path)) from error
    text = _html_to_text(raw) if path.suffix.lower() in {".html", ".htm"} else raw.replace("\r\n", "\n")
    if not text.strip():
        raise BriefingError("contains no text", where=str(path))
    return Source(title=path.stem.replace("-", " ").replace("_", " "), text=text, origin=str(path))


def _html_to_text(raw: str) -> str:
    raw = re.sub(r"(?is)<(script|style).*?</\1>", "", raw)
    raw = re.sub(r"(?i)</p>|<br\s*/?>|</h\d>|</li>|</div>", "\n\n", raw)
    text = html.unescape(_TAG.sub("", raw))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.splitlines())).strip() + "\n"


def _expand(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")))
        else:
            files.append(path)
    return files


def import_paths(brief: Brief, paths: list[Path], progress: ProgressFn | None = None,
                 cancel: CancelFn | None = None) -> ImportResult:
    """Read files and folders into new Sources without touching `brief` (the caller applies them)."""
    scratch = Brief(title=brief.title, template_id=brief.template_id, sources=list(brief.sources))
    real = _attr("briefing.ingest", "import_paths")
    if real is not None:
        def _progress(*args: Any) -> None:
            if progress is not None:
                done = int(args[0]) if args else 0
                total = int(args[1]) if len(args) > 1 else 0
                progress(done, total, str(args[2]) if len(args) > 2 else "")
        report = real(scratch, paths, progress=_progress, cancel=cancel)
        known = {s.id for s in brief.sources}
        imported = [getattr(entry, "source", entry) for entry in getattr(report, "imported", [])]
        imported = [s for s in imported if isinstance(s, Source) and s.id not in known]
        duplicates = [str(getattr(entry, "path", entry)) for entry in getattr(report, "duplicates", [])]
        failed = [(str(entry.path), str(entry.reason)) if hasattr(entry, "reason") else (str(entry[0]), str(entry[1]))
                  for entry in getattr(report, "failed", [])]
        return ImportResult(imported, duplicates, failed,
                            bool(getattr(report, "cancelled", False) or (cancel and cancel())))
    reader = _attr("briefing.ingest", "read_source")
    result = ImportResult()
    hashes = {s.sha256 for s in brief.sources}
    files = _expand(paths)
    for index, path in enumerate(files):
        if cancel is not None and cancel():
            result.cancelled = True
            break
        if progress is not None:
            progress(index, len(files), path.name)
        try:
            source = reader(path) if reader is not None else _plain_source(path)
        except BriefingError as error:
            result.failed.append((str(path), error.message))
            continue
        except OSError as error:
            result.failed.append((str(path), error.strerror or str(error)))
            continue
        if source.sha256 in hashes:
            result.duplicates.append(str(path))
            continue
        hashes.add(source.sha256)
        result.imported.append(source)
    if progress is not None:
        progress(len(files), len(files), "")
    return result


def read_clipboard(text: str | None, html_text: str | None) -> Source:
    real = _attr("briefing.ingest", "read_clipboard")
    if real is not None:
        return real(text, html_text)
    body = _html_to_text(html_text) if html_text and not text else (text or "")
    if not body.strip():
        raise BriefingError("the clipboard holds no text to import; copy some text first")
    first = body.strip().splitlines()[0][:80]
    return Source(title=first, text=body, origin="clipboard")


# --------------------------------------------------------------------------- analysis


@dataclass
class Suggestion:
    """One suggestion, flattened for the GUI from whatever shape the analysis engine returns."""

    kind: str  # actors, caveats, questions, summary
    key: str
    text: str
    evidence: list[Evidence]
    detail: str = ""
    name: str | None = None
    role: str | None = None
    affiliation: str | None = None
    actor_type: str | None = None
    caveat_kind: str | None = None
    mentions: int = 0
    cue: str = ""
    score: float | None = None


SUGGESTION_KINDS: tuple[str, ...] = ("actors", "caveats", "questions", "summary")


def analysis_available() -> bool:
    return _attr("briefing.analysis", "analyze") is not None


def analyze(sources: list[Source], cancel: CancelFn | None = None) -> list[Suggestion]:
    """Suggestions for these sources, evidence re-keyed to source ids; [] when analysis is absent."""
    real = _attr("briefing.analysis", "analyze")
    if real is None or not sources:
        return []
    result = real(sources)
    out: list[Suggestion] = []
    for kind in SUGGESTION_KINDS:
        for entry in getattr(result, kind, []) or []:
            if cancel is not None and cancel():
                return out
            evidence = [e for e in (_rekey(x, sources) for x in getattr(entry, "evidence", []) or [])
                        if e is not None]
            name = getattr(entry, "name", None)
            text = str(getattr(entry, "text", None) or name or "")
            key = str(getattr(entry, "key", None) or f"{kind}:{text}")
            score = getattr(entry, "score", None)
            out.append(Suggestion(kind, key, text, evidence, "", name,
                                  getattr(entry, "role", None), getattr(entry, "affiliation", None),
                                  getattr(entry, "type", None) or getattr(entry, "actor_type", None),
                                  getattr(entry, "kind", None) if kind == "caveats" else None,
                                  int(getattr(entry, "mentions", 0) or 0), str(getattr(entry, "cue", "") or ""),
                                  float(score) if score is not None else None))
    return out


def _rekey(evidence: Any, sources: list[Source]) -> Evidence | None:
    source = evidence.source
    if isinstance(source, int) and 0 <= source < len(sources):
        source = sources[source].id
    if not isinstance(source, str):
        return None
    return Evidence(source, int(evidence.start), int(evidence.end), str(evidence.text))


# --------------------------------------------------------------------------- export, checks, templates


def export_brief(brief: Brief, out: Path, template: Template | None = None) -> Path:
    from briefing.exporting import export_brief as real

    return real(brief, out, template=template)


def run_checks(brief: Brief, template: Template | None) -> list[Any]:
    from briefing.checks import run_checks as real

    return real(brief, template)


def list_templates() -> list[Template]:
    from briefing.templating import list_templates as real

    return real()


def load_template(template_id: str) -> Template:
    from briefing.templating import load_template as real

    return real(template_id)


def template_for_brief(brief: Brief) -> Template | None:
    real = _attr("briefing.templating", "template_for_brief")
    try:
        if real is not None:
            return real(brief)
        return load_template(brief.template_id)
    except BriefingError:
        return None


def validate_template_file(path: Path) -> list[str]:
    real = _attr("briefing.templating", "validate_template_file")
    if real is not None:
        return list(real(path))
    from briefing.templating import template_from_text

    try:
        template_from_text(path.read_text(encoding="utf-8"), origin=path)
    except (BriefingError, KeyError, TypeError, ValueError) as error:
        return [f"{path}: {error}"]
    return []


def template_search_path() -> list[tuple[Path, str]]:
    """The template folders, lowest priority first, each with its kind (shipped, user, admin, system)."""
    real = _attr("briefing.templating", "template_search_path")
    if real is not None:
        return [(Path(entry[0]), str(entry[1])) if isinstance(entry, tuple) else (Path(entry), "")
                for entry in real()]
    from briefing.resources import templates_dir

    return [(templates_dir(), "shipped")]


def template_catalog() -> tuple[list[Template], list[str]]:
    """The installed templates and one line per template file that could not be used."""
    real = _attr("briefing.templating", "catalog_templates")
    if real is not None:
        templates, problems = real()
        return list(templates), [str(p) for p in problems]
    return list_templates(), []


def not_available(what: str) -> NotAvailableError:
    return NotAvailableError(f"{what} is not available in this version of Briefing yet")

