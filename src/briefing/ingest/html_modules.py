"""A story cut into sibling content modules, of which the extractor keeps one.

Page builders (editorial modules, Drupal paragraphs, "text module" blocks of a CMS, a page
builder's text columns) cut a long story into a row of sibling containers sharing one class,
with images, videos and pull quotes between them. The extractor takes the first container that
looks like an article body, and so one part of the story: an interview of 20,000 characters came
out as one module of 3,900. The siblings of the kept container that share its tag and class are
the story's other parts; those of them that read as running text (not mostly links, not a teaser
card, not already kept) are put back in page order. An <article> is never such a part: sibling
articles are other stories (a blog's front page), left to the extractor's choice.
"""

from __future__ import annotations

from typing import Any

from briefing.ingest.html_lead import BodyStart, visible_text
from briefing.ingest.normalize import collapse_spaces

_MODULES = frozenset({"div", "section"})
_MIN_CHARS = 30  # a module with less text is a control ("Play Pause") or a label, not a part of the story
_LINK_SHARE = 0.2  # a module with more of its text in links is a list of links or a teaser
_PARAGRAPH_SHARE = 0.6  # running text stands in <p>; a module of spans and lists is chrome or a card
_PARAGRAPH_CHARS = 100  # and has at least one paragraph longer than a line
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Never part of the story's text: code, chrome, controls, captions (most annotated as boilerplate).
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
                   "canvas", "nav", "aside", "form", "button", "select", "textarea", "footer", "figure",
                   "figcaption", "audio", "video", "picture", "map", "dialog"})
_BLOCKS = frozenset({"p", "div", "section", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
                     "dd", "blockquote", "pre", "table", "tr", "header", "address", "details", "summary"})


def with_sibling_modules(blocks: list[str], located: BodyStart | None) -> list[str]:
    """`blocks` (the extracted main text of a page, which begins at `located`) with the story's
    other modules put back where they stand in the page, when the extraction kept one module of
    several. The same list when there is nothing to add."""
    if located is None:
        return blocks
    module = _module(located.element)
    if module is None:
        return blocks
    siblings = [s for s in module.getparent() if s is module or _same_kind(s, module)]
    texts = [collapse_spaces(visible_text(sibling)) for sibling in siblings]
    kept = [[index for index, block in enumerate(blocks) if len(block) >= _MIN_CHARS // 2
             and collapse_spaces(block) in text] for text in texts]
    if not any(kept):
        return blocks
    first = min(found[0] for found in kept if found)
    result = blocks[:first]
    done = first  # blocks before this index are in the result
    extracted = {collapse_spaces(block) for block in blocks}
    for position in _run(siblings, texts, kept):
        if kept[position]:
            end = kept[position][-1] + 1
            if end > done:
                result.extend(blocks[done:end])
                done = end
            continue
        new = [block for block in _blocks(siblings[position]) if block not in extracted]
        extracted.update(new)
        result.extend(new)
    return result + blocks[done:]


def _run(siblings: list[Any], texts: list[str], kept: list[list[int]]) -> list[int]:
    """The positions of the story's parts: the modules the extractor kept, those of running text
    between them, and the unbroken runs of such modules before and after them (a module that is
    not running text, a newsletter box or a list of links, ends the story)."""
    held = [position for position, found in enumerate(kept) if found]

    def part(position: int) -> bool:
        return _is_story_text(siblings[position], texts[position])

    low, high = held[0], held[-1]
    while low > 0 and (not texts[low - 1] or part(low - 1)):
        low -= 1
    while high < len(siblings) - 1 and (not texts[high + 1] or part(high + 1)):
        high += 1
    return [position for position in range(low, high + 1) if kept[position] or (texts[position] and part(position))]


def _module(paragraph: Any) -> Any:
    """The innermost container of the body's first paragraph that has a sibling of its own tag
    and class, or None."""
    for element in paragraph.iterancestors():
        if element.tag == "body":
            return None
        parent = element.getparent()
        if element.tag in _MODULES and (element.get("class") or "").strip() and parent is not None \
                and any(s is not element and _same_kind(s, element) for s in parent):
            return element
    return None


def _same_kind(one: Any, other: Any) -> bool:
    return one.tag == other.tag and (one.get("class") or "").split() == (other.get("class") or "").split()


def _is_story_text(module: Any, text: str) -> bool:
    """Running text: long enough, not mostly links, no linked headline (a teaser card)."""
    if len(text) < _MIN_CHARS:
        return False
    linked = sum(len(collapse_spaces(visible_text(a))) for a in module.iter("a"))
    if linked > _LINK_SHARE * len(text):
        return False
    if any(next(h.iter("a"), None) is not None for h in module.iter(*_HEADINGS)):
        return False
    paragraphs = [collapse_spaces(visible_text(p)) for p in module.iter("p")]
    return (sum(map(len, paragraphs)) >= _PARAGRAPH_SHARE * len(text)
            and any(len(p) >= _PARAGRAPH_CHARS for p in paragraphs))


def _blocks(element: Any) -> list[str]:
    """The paragraphs of a module: one block per block-level element (text standing loose
    between them a block of its own), <br> a line break, captions and controls left out."""
    out: list[str] = []
    pieces: list[str] = []

    def flush() -> None:
        lines = (collapse_spaces(line) for line in "".join(pieces).split("\n"))
        text = "\n".join(line for line in lines if line)
        pieces.clear()
        if text:
            out.append(text)

    def walk(node: Any) -> None:
        block = node.tag in _BLOCKS
        if block:
            flush()
        if node.text:
            pieces.append(node.text)
        for child in node:
            if child.tag == "br":
                pieces.append("\n")
            elif isinstance(child.tag, str) and child.tag not in _SKIP:
                walk(child)
            if child.tail:
                pieces.append(child.tail)
        if block:
            flush()

    walk(element)
    flush()
    return out
