"""Reading a template file safely: size limit, UTF-8, YAML with the safe loader, and line numbers.

Templates come from administrators and from folders any user can write to, so a template is
read as data only (the safe loader, libyaml's where available: no Python tags), refused
before parsing when it is too large or not UTF-8, and every value keeps the line it was
written on so that validation can point at it. Failures are raised as `TemplateSourceError`,
which carries the list of problems.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

MAX_TEMPLATE_BYTES = 1_000_000
# Aliases let a small file describe a huge tree ("billion laughs"); walking it is capped.
MAX_NODES = 50_000
MAX_DEPTH = 40

KeyPath = tuple[str | int, ...]

# libyaml's safe loader and dumper when PyYAML has them: same safety, and embedded assets
# (hundreds of kilobytes of base64) load and dump in milliseconds instead of seconds.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SafeDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def load_data(text: str) -> Any:
    """`yaml.safe_load`, fast."""
    return yaml.load(text, Loader=_SafeLoader)  # the safe loader (C or Python): no Python tags


def dump_data(data: Any) -> str:
    """`yaml.safe_dump` in document order, Unicode kept, fast."""
    return yaml.dump(data, Dumper=_SafeDumper, sort_keys=False, allow_unicode=True, width=100)


@dataclass(frozen=True)
class Location:
    """Where a value was written: the file as the user named it and a 1-based line."""

    file: str
    line: int


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a template, formatted as `file:line: key: message`."""

    message: str
    file: str = "<template>"
    line: int | None = None
    key: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"
        # One problem, one line, whatever odd characters a key or value brought with it.
        return text.replace("\r", "\\r").replace("\n", "\\n")


@dataclass
class RawTemplate:
    """One file's YAML data, the location of every key in it, and where it came from."""

    data: dict[str, Any]
    lines: dict[KeyPath, Location] = field(default_factory=dict)
    path: Path | None = None
    duplicates: list[KeyPath] = field(default_factory=list)
    display: str = "<template>"

    @property
    def folder(self) -> Path | None:
        return self.path.parent if self.path else None


class TemplateSourceError(Exception):
    """The file could not be read as a template at all (the problems say why)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def format_key(path: KeyPath) -> str:
    """`("sections", 2, "kind")` -> `sections[2].kind`: how messages name a key."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def read_template_file(path: Path, *, display: str | None = None) -> RawTemplate:
    """Read and parse one template file, or raise TemplateSourceError with every reason it cannot be."""
    shown = display or str(path)
    try:
        with path.open("rb") as handle:
            blob = handle.read(MAX_TEMPLATE_BYTES + 1)
    except FileNotFoundError:
        raise TemplateSourceError([Problem("no such file", shown)]) from None
    except IsADirectoryError:
        raise TemplateSourceError([Problem("is a folder, not a template file", shown)]) from None
    except OSError as error:
        raise TemplateSourceError([Problem(f"cannot be read ({error.strerror or error})", shown)]) from None
    if len(blob) > MAX_TEMPLATE_BYTES:
        size = path.stat().st_size
        raise TemplateSourceError([Problem(
            f"the file is {_human_size(size)}; a template may be at most {_human_size(MAX_TEMPLATE_BYTES)} "
            "(put large assets such as logos in files next to it)", shown)])
    text = decode_template_bytes(blob, shown)
    return parse_template_text(text, path=path, display=shown)


def decode_template_bytes(blob: bytes, display: str) -> str:
    """UTF-8 (with or without a byte-order mark), or a problem naming the first bad byte and its line."""
    try:
        return blob.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = blob.count(b"\n", 0, error.start) + 1
        bad = blob[error.start:error.start + 1].hex().upper()
        raise TemplateSourceError([Problem(
            f"the file is not UTF-8 text (byte 0x{bad} at offset {error.start}); save it with UTF-8 encoding",
            display, line)]) from None


def parse_template_text(text: str, *, path: Path | None = None, display: str | None = None) -> RawTemplate:
    """Parse YAML text with the safe loader and record the line of every key and list entry."""
    shown = display or (str(path) if path else "<template>")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_TEMPLATE_BYTES * 30:
        # Embedded snapshots carry their assets, so text may exceed the file limit; not without bound.
        raise TemplateSourceError([Problem("the template text is too large", shown)])
    loader = _SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        raise TemplateSourceError([_yaml_problem(error, shown)]) from None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1 if isinstance(error.position, int) else None
        character = error.character if isinstance(error.character, int) else ord(str(error.character)[:1] or "?")
        raise TemplateSourceError([Problem(f"contains the character U+{character:04X}, which YAML does not allow; "
                                           "remove it", shown, line)]) from None
    except yaml.YAMLError as error:
        raise TemplateSourceError([Problem(f"is not valid YAML ({' '.join(str(error).split())})", shown)]) from None
    except RecursionError:
        raise TemplateSourceError([Problem("is nested too deeply to be a template", shown)]) from None
    finally:
        loader.dispose()
    if node is None or data is None:
        raise TemplateSourceError([Problem("the file is empty; a template is a YAML mapping with `id`, `name` "
                                           "and `sections`", shown, 1)])
    if not isinstance(data, dict):
        raise TemplateSourceError([Problem(
            f"a template must be a YAML mapping of keys (id, name, sections, …), not a {_yaml_type(data)}",
            shown, node.start_mark.line + 1)])
    lines: dict[KeyPath, Location] = {}
    duplicates: list[KeyPath] = []
    _walk(node, (), shown, lines=lines, duplicates=duplicates, count=[0])
    return RawTemplate(data=data, lines=lines, path=path, display=shown, duplicates=duplicates)


def _walk(node: yaml.Node, path: KeyPath, shown: str, *, lines: dict[KeyPath, Location],
          duplicates: list[KeyPath], count: list[int]) -> None:
    """Record each key's line (and keys written twice, which YAML would keep silently) under a node cap."""
    count[0] += 1
    if count[0] > MAX_NODES or len(path) > MAX_DEPTH:
        raise TemplateSourceError([Problem("is too large or too deeply nested (check for runaway YAML aliases)",
                                           shown, node.start_mark.line + 1)])
    lines.setdefault(path, Location(shown, node.start_mark.line + 1))
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            child = (*path, str(key_node.value))
            if child[-1] in seen:
                duplicates.append(child)
            seen.add(str(child[-1]))
            lines[child] = Location(shown, key_node.start_mark.line + 1)
            _walk(value_node, child, shown, lines=lines, duplicates=duplicates, count=count)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), shown, lines=lines, duplicates=duplicates, count=count)


def _yaml_problem(error: yaml.MarkedYAMLError, shown: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else None
    problem = " ".join(str(error.problem or error.context or "invalid YAML").split())
    if isinstance(error, yaml.constructor.ConstructorError) and "tag" in problem:
        tag = problem.split("tag", 1)[1].strip().strip("'")
        tag = tag.replace("tag:yaml.org,2002:", "!!")
        return Problem(f"the YAML tag {tag!r} is not allowed; a template is plain data (remove the tag)",
                       shown, line)
    return Problem(f"is not valid YAML: {problem}", shown, line)


def _yaml_type(value: Any) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "text"
    return type(value).__name__


def _human_size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB".replace(".0 MB", " MB")
    if size >= 1_000:
        return f"{size / 1_000:.0f} kB"
    return f"{size} bytes"
