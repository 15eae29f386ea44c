"""Building a Brief from a brief spec (YAML), reporting every problem with its file and line."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import yaml
from yaml.nodes import Node

from briefing.errors import BriefingError
from briefing.ingest import DEFAULT_LIMITS, SUFFIXES, IngestError, read_source
from briefing.model import Brief, Citation, Grade, Item, Release, Section, Source
from briefing.model.marking import marking_problem
from briefing.spec import quotes, templates
from briefing.spec.nodes import Mapping, NodeReader, is_null, line_of
from briefing.spec.problems import Problems, SpecError, one_line
from briefing.spec.schema import (
    CITE_KEYS,
    RELEASE_KEYS,
    SOURCE_ID,
    SOURCE_KEYS,
    SPEC_VERSION,
    TOP_KEYS,
    item_keys,
)
from briefing.templating.assets import AssetError, confined_path, read_regular_file
from briefing.templating.model import Template
from briefing.wording import did_you_mean

# libyaml's parser when PyYAML has it (same safe resolver, same marks, many times faster on big sources).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_spec(path: Path) -> Brief:
    """Read a spec file and the source files it names (relative to the spec's folder)."""
    try:
        text = read_regular_file(path, DEFAULT_LIMITS.max_file_bytes).decode("utf-8-sig")
    except FileNotFoundError:
        raise _file_problem(path, "the spec file does not exist") from None
    except IsADirectoryError:
        raise _file_problem(path, "is a folder, not a spec file") from None
    except AssetError as error:
        raise _file_problem(path, str(error)) from None
    except UnicodeDecodeError as error:
        raise _file_problem(path, f"is not UTF-8 text (invalid byte at offset {error.start}); save it as UTF-8") \
            from None
    except OSError as error:
        raise _file_problem(path, f"cannot be read ({error.strerror or error})") from None
    return build_brief(text, base_dir=path.parent, origin=str(path))


def _file_problem(path: Path, message: str) -> SpecError:
    problems = Problems(str(path))
    problems.add(None, "", message)
    return problems.error()


def build_brief(text: str, *, base_dir: Path | None = None, origin: str = "<spec>") -> Brief:
    """The Brief a spec describes; raises SpecError listing every problem found."""
    problems = Problems(origin)
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        what = " ".join(str(error.problem or error.context or "the YAML cannot be read").split())
        if error.context and error.context_mark and error.problem_mark \
                and error.context_mark.line != error.problem_mark.line:
            what = f"{' '.join(error.context.split())} started on line {error.context_mark.line + 1}, {what}"
        problems.add(mark.line + 1 if mark else None, "yaml", f"{what} (not valid YAML; check indentation and quotes)")
        raise problems.error() from None
    except yaml.YAMLError as error:
        problems.add(None, "yaml", f"the YAML cannot be read: {' '.join(str(error).split())}")
        raise problems.error() from None
    if root is None:
        problems.add(1, "spec", "the spec is empty; it must start with `brief: 1` and `template:`")
        raise problems.error()
    if _expanded_size(root) > _MAX_VALUES:
        problems.add(1, "spec", f"the spec expands to more than {_MAX_VALUES:,} values through anchors and "
                                "aliases; write the values out instead")
        raise problems.error()
    brief = _Builder(problems, base_dir).build(root)
    problems.raise_if_any()
    assert brief is not None
    return brief


_MAX_VALUES = 1_000_000


def _expanded_size(root: Node) -> int:
    """How many values the document holds once aliases are expanded (stops counting past the limit).

    A few nested aliases can stand for billions of values; the builder would walk every one.
    """
    count = 0
    stack = [root]
    while stack and count <= _MAX_VALUES:
        node = stack.pop()
        count += 1
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append(key)
                stack.append(value)
    return count


def read_source_file(path: Path) -> str:
    """A text file as a source's text: UTF-8, one kind of newline, Unicode NFC.

    Citations index this exact string, so the same normalization must apply on every read.
    """
    raw = read_regular_file(path, DEFAULT_LIMITS.max_file_bytes).decode("utf-8-sig")
    return unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))


def missing_quote_message(source: Source, quote: str, at: int | None = None) -> str:
    """Why `quote` is not (at `at`) in `source`, naming the closest passage: the message of a spec's
    cite, which the command line's `add --cite` gives too."""
    where = f"at offset {at} of" if at is not None else "in"
    message = f"the quote {one_line(quote, 60)} is not {where} source {source.id!r}"
    if at is not None and quotes.find_quote(source.text, quote) is not None:
        return message + f"; it first occurs at offset {source.text.find(quote)} (fix or remove `at:`)"
    loose = quotes.find_loosely(source.text, quote)
    if loose is not None:
        written = source.text[loose:loose + len(quote)]
        return message + (f"; the source writes it with other quotation marks, dashes or spaces: "
                          f"{one_line(written, 110)} (copy the quote from the source)")
    passage = quotes.closest_passage(source.text, quote)
    if passage is None:
        return message + "; no similar passage was found"
    return message + f"; the closest passage (offset {passage.start}) is {one_line(quotes.shown(passage), 110)}"


class _Builder:
    def __init__(self, problems: Problems, base_dir: Path | None) -> None:
        self.problems = problems
        self.read = NodeReader(problems)
        self.base_dir = base_dir
        self.template: Template | None = None
        self.snapshot: str | None = None
        self.ingested: Source | None = None  # the source just read by a document-format reader
        # Every id declared, valid or not: a cite to a source that has problems of its own is not
        # reported again as a cite to an unknown source (None: the source's text is unknown).
        self.sources: dict[str, Source | None] = {}
        self.item_ids: dict[str, int] = {}
        self.unnamed: list[tuple[str, Item]] = []  # items the spec gives no id: (section key, item)

    def build(self, root: Node) -> Brief | None:
        top = self.read.mapping(root, "", TOP_KEYS)
        if top is None:
            return None
        read = self.read
        self._version(top)
        template_id = self._template(top)
        title = read.text(read.require(top, "title", "the brief's title"), "title", optional=False)
        brief = Brief(
            title=title or "",
            template_id=template_id or "",
            subtitle=read.text(top.get("subtitle"), "subtitle"),
            author=read.text(top.get("author"), "author"),
            organization=read.text(top.get("organization"), "organization"),
            date=read.moment(top.get("date"), "date"),
            reference=read.text(top.get("reference"), "reference"),
            marking=self._marking(top),
            distribution=self._texts(top.get("distribution"), "distribution"),
            template_snapshot=self.snapshot,
        )
        for index, node in enumerate(read.sequence(top.get("sources"), "sources"), start=1):
            source = self._source(node, f"sources[{index}]")
            if source is not None:
                brief.sources.append(source)
        brief.sections = self._sections(top)
        self._name_items()
        brief.dismissed = set(self._texts(top.get("dismissed"), "dismissed"))
        for index, node in enumerate(read.sequence(top.get("releases"), "releases"), start=1):
            release = self._release(node, f"releases[{index}]")
            if release is not None:
                brief.releases.append(release)
        return brief

    # -- header ----------------------------------------------------------------------------

    def _version(self, top: Mapping) -> None:
        node = self.read.require(top, "brief", "the spec format version (`brief: 1`)")
        if node is None:
            return
        version = self.read.integer(node, "brief")
        if version is not None and version != SPEC_VERSION:
            self.read.problem(node, "brief", f"spec format version {version} is not supported; "
                                             f"this version of Briefing reads `brief: {SPEC_VERSION}`")

    def _template(self, top: Mapping) -> str | None:
        """The template id; sets the template the sections are checked against, and the snapshot.

        A spec may carry `template_snapshot:` (dump writes it when the brief's copy differs from
        the installed template): the brief then keeps that copy, and builds where the template
        is not installed at all.
        """
        read = self.read
        node = read.require(top, "template", "the template id")
        template_id = read.text(node, "template", optional=False)
        snapshot_node = top.get("template_snapshot")
        if snapshot_node is not None:
            self.snapshot = read.text(snapshot_node, "template_snapshot")
            if self.snapshot is not None:
                try:
                    self.template = templates.from_snapshot(self.snapshot)
                except BriefingError as error:
                    first = error.message.splitlines()[0] if error.message else "it is not a valid template"
                    read.problem(snapshot_node, "template_snapshot", f"the stored template cannot be used: {first}")
                return template_id
        if node is None or template_id is None:
            return None
        try:
            self.template = templates.installed(template_id)
        except BriefingError as error:
            read.problem(node, "template", error.message)
            return template_id
        if snapshot_node is None:
            self.snapshot = self.template.source_text
        return template_id

    def _marking(self, top: Mapping) -> str | None:
        node = top.get("marking")
        label = self.read.text(node, "marking")
        if label is None or node is None or self.template is None:
            return label
        scheme = self.template.marking
        if scheme.kind == "none":
            self.read.problem(node, "marking", f"template {self.template.id!r} uses no marking; remove `marking:`")
            return label
        found = scheme.find(label)
        if found is None:
            self.read.problem(node, "marking", marking_problem(label) or (
                f"{label!r} is not a label of the template's marking scheme; use one of {', '.join(scheme.labels())}"))
            return label
        return found.label

    def _texts(self, node: Node | None, path: str) -> list[str]:
        """A list of texts; a single text stands for a list of one."""
        if isinstance(node, yaml.ScalarNode) and not is_null(node):
            value = self.read.text(node, path)
            return [value] if value is not None else []
        values = []
        for index, item in enumerate(self.read.sequence(node, path), start=1):
            value = self.read.text(item, f"{path}[{index}]", optional=False)
            if value is not None:
                values.append(value)
        return values

    # -- sources ---------------------------------------------------------------------------

    def _source(self, node: Node, path: str) -> Source | None:
        read = self.read
        spec = read.mapping(node, path, SOURCE_KEYS)
        if spec is None:
            return None
        source_id = read.text(read.require(spec, "id", "the source's id"), spec.sub("id"), optional=False)
        if source_id is not None:
            if not SOURCE_ID.fullmatch(source_id):
                read.problem(spec.key_line("id"), spec.sub("id"),
                             f"{one_line(source_id)} is not a short id; use letters, digits, '-', '_' or '.' "
                             "(at most 64), starting with a letter or digit")
                self.sources.setdefault(source_id, None)  # cites to it are not reported a second time
                source_id = None
            elif source_id in self.sources:
                read.problem(spec.key_line("id"), spec.sub("id"), f"source id {source_id!r} is used twice; "
                                                                  "give each source its own id")
                source_id = None
        title = read.text(read.require(spec, "title", "the source's title"), spec.sub("title"), optional=False)
        self.ingested = None
        text = self._source_text(spec)
        grade = self._grade(spec)
        paragraphs = self._paragraphs(spec.get("paragraphs"), spec.sub("paragraphs"))
        extra = self._extra(spec.get("extra"), spec.sub("extra"))
        origin = read.text(spec.get("origin"), spec.sub("origin"))
        if origin is None and spec.has("file") and not spec.has("origin"):
            origin = read.text(spec.get("file"), spec.sub("file"))
        media_type = read.text(spec.get("media_type"), spec.sub("media_type"), optional=False)
        if self.ingested is not None:  # a document format: what its reader found, unless the spec says
            media_type = media_type if spec.has("media_type") else self.ingested.media_type
            paragraphs = paragraphs if spec.has("paragraphs") else list(self.ingested.paragraphs)
        if source_id is not None and (title is None or text is None):
            self.sources[source_id] = None
        if source_id is None or title is None or text is None:
            return None
        source = Source(
            title=title,
            text=text,
            id=source_id,
            publisher=read.text(spec.get("publisher"), spec.sub("publisher")),
            author=read.text(spec.get("author"), spec.sub("author")),
            published=read.day(spec.get("published"), spec.sub("published")),
            url=read.text(spec.get("url"), spec.sub("url")),
            accessed=read.day(spec.get("accessed"), spec.sub("accessed")),
            grade=grade,
            marking=read.text(spec.get("marking"), spec.sub("marking")),
            notes=read.text(spec.get("notes"), spec.sub("notes")) or "",
            media_type=media_type or "text/plain",
            origin=origin,
            paragraphs=paragraphs,
            sha256=read.text(spec.get("sha256"), spec.sub("sha256")) or "",
            extra=extra,
        )
        self.sources[source_id] = source
        return source

    def _source_text(self, spec: Mapping) -> str | None:
        """The text of `text:`, or of `file:`: plain text as UTF-8 (see read_source_file), document
        formats (HTML, Markdown, DOCX, PDF, e-mail) through the same readers as an import."""
        read = self.read
        if spec.has("file") and spec.has("text"):
            read.problem(spec.key_line("text"), spec.path, "give either `file:` or `text:`, not both")
            return None
        if spec.has("text"):
            return read.text(spec.get("text"), spec.sub("text")) or ""
        if not spec.has("file"):
            read.problem(spec.node, spec.path, "the source has no text; add `file:` (a path relative to the spec) "
                                               "or `text:`")
            return None
        name = read.text(spec.get("file"), spec.sub("file"), optional=False)
        if name is None:
            return None
        line = spec.key_line("file")
        if self.base_dir is None:
            read.problem(line, spec.sub("file"), "a spec given as text cannot name files; use `text:` or load the "
                                                 "spec from a file")
            return None
        # Only a regular file inside the spec's folder (as a template's assets inside the template's):
        # a spec is mailed around, and must not read /etc/passwd, /proc/self/environ or a FIFO.
        try:
            path = confined_path(name, self.base_dir, owner="spec")
        except AssetError as error:
            read.problem(line, spec.sub("file"), str(error))
            return None
        if path.suffix.lower() in SUFFIXES and SUFFIXES[path.suffix.lower()] != "text":
            try:
                self.ingested = read_source(path)
            except IngestError as error:
                read.problem(line, spec.sub("file"), f"{name!r} {error.reason}")
                return None
            return self.ingested.text
        try:
            return read_source_file(path)
        except FileNotFoundError:
            read.problem(line, spec.sub("file"), f"{name!r} does not exist (looked for {path})")
        except IsADirectoryError:
            read.problem(line, spec.sub("file"), f"{name!r} is a folder; name a text file")
        except AssetError as error:
            read.problem(line, spec.sub("file"), f"{name!r} {error}")
        except UnicodeDecodeError as error:
            read.problem(line, spec.sub("file"), f"{name!r} is not UTF-8 text (invalid byte at offset {error.start})")
        except OSError as error:
            read.problem(line, spec.sub("file"), f"{name!r} cannot be read ({error.strerror or error})")
        return None

    def _grade(self, spec: Mapping) -> Grade:
        """The grade; a half that is not an Admiralty grade is reported and left unknown."""
        read = self.read
        reliability = read.text(spec.get("reliability"), spec.sub("reliability"))
        if reliability is not None:
            reliability = reliability.strip().upper()
            try:
                Grade(reliability=reliability)
            except BriefingError as error:
                read.problem(spec.key_line("reliability"), spec.sub("reliability"), error.message)
                reliability = None
        credibility = read.integer(spec.get("credibility"), spec.sub("credibility"))
        if credibility is not None:
            try:
                Grade(credibility=credibility)
            except BriefingError as error:
                read.problem(spec.key_line("credibility"), spec.sub("credibility"), error.message)
                credibility = None
        return Grade(reliability, credibility)

    def _paragraphs(self, node: Node | None, path: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for index, item in enumerate(self.read.sequence(node, path), start=1):
            pair = self.read.sequence(item, f"{path}[{index}]")
            numbers = [self.read.integer(n, f"{path}[{index}]") for n in pair]
            if len(numbers) != 2 or None in numbers:
                self.read.problem(item, f"{path}[{index}]", "expected a pair of offsets [start, end]")
                continue
            start, end = numbers
            assert start is not None and end is not None
            spans.append((start, end))
        return spans

    def _extra(self, node: Node | None, path: str) -> dict[str, str]:
        if node is None or is_null(node):
            return {}
        mapping = self.read.mapping(node, path)
        if mapping is None:
            return {}
        values: dict[str, str] = {}
        for key, (_, value) in mapping.entries.items():
            text = self.read.text(value, mapping.sub(key))
            values[key] = text if text is not None else ""
        return values

    # -- sections and items ----------------------------------------------------------------

    def _sections(self, top: Mapping) -> list[Section]:
        node = top.get("sections")
        if node is None or is_null(node):
            return []
        mapping = self.read.mapping(node, "sections")
        if mapping is None:
            return []
        sections = []
        for key, (key_node, value) in mapping.entries.items():
            path = mapping.sub(key)
            items = self.read.sequence(value, path)
            if self.template is None:
                continue  # the template problem is already reported; its keys are unknown
            spec = self.template.section(key)
            if spec is None:
                valid = [s.key for s in self.template.sections]
                self.read.problem(key_node, path, f"template {self.template.id!r} has no section {key!r}"
                                                  + _suggest(key, valid))
                continue
            item_kind = spec.item_kind
            section = Section(key)
            if item_kind is None:
                if items:
                    self.read.problem(key_node, path, f"section {key!r} ({spec.kind}) is filled in automatically; "
                                                      "list no items under it")
                sections.append(section)
                continue
            for index, item_node in enumerate(items, start=1):
                item = self._item(item_node, f"{path}[{index}]", item_kind)
                if item is not None:
                    section.items.append(item)
            sections.append(section)
        return sections

    def _item(self, node: Node, path: str, kind: str) -> Item | None:
        read = self.read
        spec = read.mapping(node, path, item_keys(kind))
        if spec is None:
            return None
        item_id = read.text(spec.get("id"), spec.sub("id"), optional=False)
        if item_id is not None:
            first = self.item_ids.get(item_id)
            if first is not None:
                read.problem(spec.key_line("id"), spec.sub("id"),
                             f"item id {item_id!r} is already used on line {first}; ids must be unique")
            self.item_ids[item_id] = spec.key_line("id")
        fields: dict[str, str | None] = {}
        if kind == "actor":
            fields["name"] = read.text(spec.get("name"), spec.sub("name"))
            fields["role"] = read.text(spec.get("role"), spec.sub("role"))
            fields["affiliation"] = read.text(spec.get("affiliation"), spec.sub("affiliation"))
            fields["actor_type"] = read.text(spec.get("type"), spec.sub("type"))
            text = read.text(spec.get("note"), spec.sub("note")) or ""
        else:
            text_node = read.require(spec, "text", "the item's text")
            text = (read.text(text_node, spec.sub("text")) if text_node is not None else None) or ""
        if kind == "caveat":
            fields["caveat_kind"] = read.text(spec.get("kind"), spec.sub("kind"))
        if kind == "judgment":
            for key in ("likelihood", "confidence"):
                fields[key] = read.text(spec.get(key), spec.sub(key))
        fields["portion"] = read.text(spec.get("portion"), spec.sub("portion"))
        citations = self._citations(spec.get("cites"), spec.sub("cites"))
        try:
            item = Item(kind=kind, text=text, citations=citations, id=item_id or "",  # type: ignore[arg-type]
                        **fields)
        except BriefingError as error:
            key = next((k for k in ("likelihood", "confidence") if k in error.message), "")
            line = spec.key_line(key) if key else line_of(spec.node)
            read.problem(line, spec.sub(key) if key else path, error.message)
            return None
        if item_id is None:
            self.unnamed.append((path.split("[", maxsplit=1)[0].removeprefix("sections."), item))
        return item

    def _name_items(self) -> None:
        """Give items without an id one derived from their section and words.

        Deterministic, so building the same spec twice gives the same brief (and the same .brief
        file), and stable when other items are added or moved.
        """
        taken = set(self.item_ids)
        for key, item in self.unnamed:
            seed = f"{key}\x00{item.kind}\x00{item.name or ''}\x00{item.text}"
            candidate = hashlib.sha256(seed.encode("utf-8", "surrogatepass")).hexdigest()[:12]
            while candidate in taken:
                candidate = hashlib.sha256(candidate.encode()).hexdigest()[:12]
            taken.add(candidate)
            item.id = candidate

    def _citations(self, node: Node | None, path: str) -> list[Citation]:
        citations = []
        for index, cite_node in enumerate(self.read.sequence(node, path), start=1):
            citation = self._citation(cite_node, f"{path}[{index}]")
            if citation is not None:
                citations.append(citation)
        return citations

    def _citation(self, node: Node, path: str) -> Citation | None:
        read = self.read
        spec = read.mapping(node, path, CITE_KEYS)
        if spec is None:
            return None
        source_node = read.require(spec, "source", "the cited source's id")
        source_id = read.text(source_node, spec.sub("source"), optional=False)
        quote_node = read.require(spec, "quote", "the quoted words")
        quote = read.text(quote_node, spec.sub("quote"), optional=False)
        at = read.integer(spec.get("at"), spec.sub("at"))
        if source_id is None or quote is None or source_node is None or quote_node is None:
            return None
        if source_id not in self.sources:
            known = ", ".join(self.sources) or "none"
            read.problem(source_node, spec.sub("source"), f"cites unknown source {source_id!r} (sources: {known})")
            return None
        source = self.sources[source_id]
        if source is None:
            return None  # its own problems are reported; the quote cannot be checked
        if not quote:
            read.problem(quote_node, spec.sub("quote"), "the quote is empty; quote the words the claim rests on")
            return None
        start = quotes.find_quote(source.text, quote, at)
        if start is None:
            read.problem(quote_node, spec.sub("quote"), missing_quote_message(source, quote, at))
            return None
        return Citation(source.id, start, start + len(quote), quote)

    # -- history ---------------------------------------------------------------------------

    def _release(self, node: Node, path: str) -> Release | None:
        read = self.read
        spec = read.mapping(node, path, RELEASE_KEYS)
        if spec is None:
            return None
        at = read.moment(read.require(spec, "at", "the time of the release"), spec.sub("at"), naive_ok=True)
        action = read.text(read.require(spec, "action", "the action (drafted, sent, exported)"),
                           spec.sub("action"), optional=False)
        filename = read.text(spec.get("filename"), spec.sub("filename")) or ""
        if at is None or action is None:
            return None
        return Release(
            at=at,
            action=action,
            recipients=self._texts(spec.get("recipients"), spec.sub("recipients")),
            marking=read.text(spec.get("marking"), spec.sub("marking")),
            filename=filename,
            sha256=read.text(spec.get("sha256"), spec.sub("sha256")) or "",
            detail=read.text(spec.get("detail"), spec.sub("detail")) or "",
        )


def _suggest(key: str, valid: list[str]) -> str:
    hint = did_you_mean(key, valid, list_label="valid keys")
    if hint.startswith("; did"):
        return hint + f" (valid keys: {', '.join(valid)})"
    return hint
