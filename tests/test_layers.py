"""The layers import only downwards: a writer sees the composed document, never the brief's engines.

Checked on the source (every `import` and `from … import`, also inside functions), so a late
import cannot hide an upward dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import briefing

ROOT = Path(briefing.__file__).parent

# package → the project packages it may import (besides itself)
# `characters` (invisible characters) and `images` (image headers read before decoding) are leaves:
# they import nothing of the project, so any layer may use them.
LEAVES = {"characters", "images"}
ALLOWED: dict[str, set[str]] = {
    "model": {"errors", *LEAVES},
    "writers": {"compose", "errors", "resources", "__version__", *LEAVES},
    "compose": {"model", "templating", "errors", "resources", "wording", *LEAVES},
    "editing": {"model", "analysis", "templating", "errors", "wording"},
}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "briefing" and node.level == 0:
            found.update(f"briefing.{alias.name}" for alias in node.names)  # from briefing import x
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name.split(".")[1] for name in found if name.startswith("briefing.") and name.count(".") >= 1}


def test_each_layer_imports_only_what_lies_below_it() -> None:
    wrong = []
    for package, allowed in ALLOWED.items():
        for path in sorted((ROOT / package).rglob("*.py")):
            extra = _imports(path) - allowed - {package}
            if extra:
                wrong.append(f"{path.relative_to(ROOT)} imports briefing.{', briefing.'.join(sorted(extra))}")
    assert wrong == [], "\n".join(wrong)


def test_the_leaves_import_nothing_of_the_project() -> None:
    for leaf in sorted(LEAVES):
        assert _imports(ROOT / f"{leaf}.py") == set(), leaf
