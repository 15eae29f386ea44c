"""The one place where the app reaches the engines (store, ingest, analysis, export, templates).

Views and commands call these functions, not the engines, for two reasons: the app needs some
results in another shape (suggestions flattened into one kind of row, import reports into lists
of sources), and this module imports no Qt, so everything here can run on a worker thread or in
the child process of `offload`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefing import analysis, ingest, store, templating
from briefing.checks import Finding
from briefing.checks import run_checks as _run_checks
from briefing.editing.suggestion import Suggestion, suggestions_from_analysis
from briefing.errors import BriefingError
from briefing.model import Brief, Release, Source
from briefing.templating.model import Template

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]
StoreFile = store.BriefFile

# --------------------------------------------------------------------------- store


def locked_error_types() -> tuple[type[BaseException], ...]:
    return (store.BriefLockedError,)


def create_brief_file(path: Path, brief: Brief, overwrite: bool = False) -> StoreFile:
    return store.BriefFile.create(path, brief, overwrite=overwrite)


def open_brief_file(path: Path, readonly: bool = False) -> StoreFile:
    return store.BriefFile.open(path, readonly=readonly)


def foreign_kind(path: Path) -> str | None:
    """"a Word document", "a PDF", … when `path` is a file Briefing imports rather than a brief."""
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError:
        return None
    return None if head.startswith(b"SQLite format 3\0") else store.foreign_kind(head, path.name)


Spans = tuple[tuple[int, int], ...]


def search_sources(file: StoreFile | None, brief: Brief, query: str, limit: int = 200) -> dict[str, Spans]:
    """The sources whose text matches `query`, best first, each with the span of every match in its text."""
    if isinstance(file, store.BriefFile):  # a workspace brief is searched by its words, below
        try:
            hits = store.search_sources(file, query, limit)
        except (BriefingError, ValueError):
            hits = None  # a query the index cannot take: fall back to plain words below
        if hits is not None:
            found: dict[str, Spans] = {}
            for hit in hits:
                found.setdefault(hit.source_id, hit.matches)
            return found
    parsed = store.parse_query(query)
    words = [w.casefold() for w in query.split() if w]
    matching = [s for s in brief.sources
                if all(w in f"{s.title}\n{s.publisher or ''}\n{s.text}".casefold() for w in words)]
    return {s.id: tuple(store.all_matches(s.text, parsed)) for s in matching[:limit]}


# --------------------------------------------------------------------------- ingest


@dataclass
class ImportResult:
    """What an import found: the new sources, the files already in the brief, and those that failed, with why."""

    imported: list[Source] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False


def import_paths(brief: Brief, paths: list[Path], progress: ProgressFn | None = None,
                 cancel: CancelFn | None = None) -> ImportResult:
    """Read files and folders into new Sources without touching `brief` (the caller applies them)."""
    scratch = Brief(title=brief.title, template_id=brief.template_id, sources=list(brief.sources))

    def _progress(done: int, total: int, path: Path) -> None:
        if progress is not None:
            progress(done, total, Path(path).name)

    report = ingest.import_paths(scratch, paths, progress=_progress, cancel=cancel)
    known = {s.id for s in brief.sources}
    return ImportResult([entry.source for entry in report.imported if entry.source.id not in known],
                        [entry.path for entry in report.duplicates],
                        [(problem.path, problem.reason) for problem in report.failed],
                        report.cancelled)


def read_clipboard(text: str | None, html_text: str | None) -> Source:
    return ingest.read_clipboard(text, html_text)


# --------------------------------------------------------------------------- analysis


def analyze(sources: list[Source], cancel: CancelFn | None = None) -> list[Suggestion]:
    """Suggestions for these sources, in one shape, with evidence keyed by source id.

    Run in an offload helper (no threads there), a large brief's sources are read on every core; run in the
    app's own process (offloading off), the analysis sees the GUI's threads and reads them in this process."""
    if not sources:
        return []
    from briefing.analysis.reading import available_workers

    return suggestions_from_analysis(analysis.analyze(sources, workers=available_workers()), sources, cancel)


# --------------------------------------------------------------------------- export, checks, templates


def export_brief(brief: Brief, out: Path, template: Template | None = None) -> Path:
    from briefing.exporting import export_brief as export  # the writers are heavy: load them when used

    return export(brief, out, template=template)


def draft_eml(brief: Brief, out: Path, template: Template, attach_docx: bool = False) -> Release:
    """Write `brief` as a draft e-mail at `out`; returns the release record of the draft.

    The app cannot use `delivery.history.export_eml_draft`, which opens the `.brief` itself: the
    app holds that file open, so it writes the draft from its own copy and records the release
    through an undoable command.
    """
    from briefing.delivery.service import release_for_draft
    from briefing.delivery.settings import load_mail_settings
    from briefing.exporting import write_eml

    settings = load_mail_settings()
    result = write_eml(brief, out, template=template, attach_docx=attach_docx, sender=settings.sender,
                       max_attachment_bytes=settings.max_attachment_bytes)
    return release_for_draft(result, brief, template)


def run_checks(brief: Brief, template: Template | None) -> list[Finding]:
    return list(_run_checks(brief, template))


def list_templates() -> list[Template]:
    return templating.list_templates()


def load_template(template_id: str) -> Template:
    return templating.load_template(template_id)


def template_for_brief(brief: Brief) -> Template | None:
    """The brief's template (the installed one, else the copy stored in the brief); None if neither."""
    try:
        return templating.template_for_brief(brief)
    except BriefingError:
        return None


def newer_template(brief: Brief) -> Template | None:
    """The installed template when it differs from the copy stored in the brief; None otherwise."""
    try:
        return templating.newer_template_available(brief)
    except BriefingError:
        return None


def reapply_template(brief: Brief, template: Template) -> list[str]:
    """Make `template` the brief's template; the keys of non-empty sections it does not know."""
    return list(templating.reapply_template(brief, template))


def validate_template_file(path: Path) -> list[str]:
    return list(templating.validate_template_file(path))


def template_search_path() -> list[tuple[Path, str]]:
    """The template folders, lowest priority first, each with its kind (shipped, user, admin, system)."""
    return [(Path(folder), str(kind)) for folder, kind in templating.template_search_path()]


def template_catalog() -> tuple[list[Template], list[str]]:
    """The installed templates and one line per template file that could not be used."""
    templates, problems = templating.catalog_templates()
    return list(templates), [str(p) for p in problems]
