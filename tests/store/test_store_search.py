"""Full-text search: hits with character offsets into Source.text, in any script, for any query."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_samples import TEXT_KYIV, TEXT_RU, TEXT_ZH

from briefing.model import Brief, Source
from briefing.store import BriefFile, SearchHit, save_brief, search_sources


@pytest.fixture
def opened(tmp_path: Path, brief: Brief) -> BriefFile:
    brief.sources.append(Source("Accents", "Le président Zelenskyý a reçu l'envoyé à Genève.", id="fr"))
    brief.sources.append(Source("Decomposed", unicodedata.normalize("NFD", "Réunion à Genève, naïve idée."), id="nfd"))
    brief.sources.append(Source("Japanese", "東京で和平交渉が行われた。カタカナのテスト。", id="ja"))
    brief.sources.append(Source("Witkoff profile", "A profile of the envoy, with no other match.", id="profile"))
    file = BriefFile.create(tmp_path / "search.brief", brief)
    yield file
    file.close()


def spans(hits: list[SearchHit], brief: Brief) -> dict[str, str]:
    """source id → the matched passage, checked against the snippet on the way."""
    result = {}
    for hit in hits:
        text = brief.source(hit.source_id).text
        assert 0 <= hit.start <= hit.end <= len(text)
        passage = text[hit.start:hit.end]
        assert " ".join(passage.split()) in hit.snippet
        result[hit.source_id] = passage
    return result


def test_english_words_and_offsets(opened: BriefFile) -> None:
    brief = opened.load()
    hits = opened.search("witkoff")
    assert [hit.source_id for hit in hits] == ["profile", "kyiv"]  # a title match ranks first
    assert spans(hits, brief) == {"kyiv": "Witkoff", "profile": ""}
    profile = hits[0]
    assert (profile.start, profile.end, profile.title) == (0, 0, "Witkoff profile")  # matched on its title only
    assert profile.snippet.startswith("A profile of the envoy")
    assert spans(opened.search("KREMLIN Adviser"), brief) == {"kyiv": "Kremlin adviser"}


def test_best_passage_has_all_words_close_together(opened: BriefFile) -> None:
    brief = opened.load()
    # "plan" occurs three times; the passage near "Witkoff" is the one with both words.
    assert spans(opened.search("plan witkoff"), brief)["kyiv"] == "Witkoff drafted the plan"


def test_phrases_prefixes_alternatives_and_exclusions(opened: BriefFile) -> None:
    brief = opened.load()
    assert spans(opened.search('"draft plan"'), brief) == {"kyiv": "draft plan"}
    assert opened.search('"plan draft"') == []
    assert spans(opened.search("witk*"), brief) == {"kyiv": "Witkoff", "profile": ""}
    assert {hit.source_id for hit in opened.search("nowhere OR Женеве")} == {"ru"}
    assert {hit.source_id for hit in opened.search("envoy")} == {"kyiv", "profile"}  # not "envoyé"
    assert {hit.source_id for hit in opened.search("envoy*")} == {"kyiv", "fr", "profile"}
    assert {hit.source_id for hit in opened.search("envoy* -witkoff")} == {"fr"}
    assert {hit.source_id for hit in opened.search("envoy* NOT profile")} == {"kyiv", "fr"}
    assert opened.search("-envoy") == []  # nothing to look for


def test_cyrillic(opened: BriefFile) -> None:
    brief = opened.load()
    for query in ("переговоры", "ПЕРЕГОВОРЫ", "Переговоры продолжатся"):
        hit = spans(opened.search(query), brief)
        assert list(hit) == ["ru"] and hit["ru"] in TEXT_RU
    assert spans(opened.search("переговоры"), brief)["ru"] == "переговоры"
    assert spans(opened.search("делегац*"), brief)["ru"] == "Делегация"
    assert spans(opened.search("Заявление"), brief) == {"ru": ""}  # the title's word, not in the text


def test_chinese_and_japanese_inside_sentences(opened: BriefFile) -> None:
    brief = opened.load()
    assert spans(opened.search("和平计划"), brief) == {"zh": "和平计划"}
    assert spans(opened.search("计划"), brief) == {"zh": "计划"}
    assert spans(opened.search("基辅"), brief) == {"zh": "基辅"}
    assert opened.search("计和") == []  # characters in another order are another word
    assert spans(opened.search("和平"), brief) == {"zh": "和平", "ja": "和平"}
    assert spans(opened.search("カタカナ"), brief) == {"ja": "カタカナ"}
    assert spans(opened.search("谈判 继续"), brief)["zh"] == TEXT_ZH[TEXT_ZH.index("谈判"):TEXT_ZH.index("继续") + 2]


def test_accents_and_decomposed_text(opened: BriefFile) -> None:
    brief = opened.load()
    assert spans(opened.search("zelenskyy"), brief) == {"fr": "Zelenskyý", "kyiv": ""}  # kyiv: in its title
    assert spans(opened.search("President"), brief) == {"fr": "président", "kyiv": "president"}
    assert spans(opened.search("geneve"), brief) == {"fr": "Genève", "nfd": unicodedata.normalize("NFD", "Genève")}
    assert spans(opened.search("Réunion"), brief) == {"nfd": unicodedata.normalize("NFD", "Réunion")}
    assert spans(opened.search('"naive idee"'), brief) == {"nfd": unicodedata.normalize("NFD", "naïve idée")}


def test_spellings_that_fold_to_several_letters(tmp_path: Path) -> None:
    brief = Brief(sources=[Source("Strasse", "Die Straße ist gesperrt, sagte der Beamte.", id="de")])
    with BriefFile.create(tmp_path / "de.brief", brief) as opened:
        [hit] = opened.search("strasse")
        assert brief.sources[0].text[hit.start:hit.end] == "Straße"
        [hit] = opened.search("STRASSE gesperrt")
        assert brief.sources[0].text[hit.start:hit.end] == "Straße ist gesperrt"


HOSTILE = [
    "", " ", '"', '""', '"unbalanced', "(", ")", "((witkoff", "witkoff)", "AND", "OR", "NOT", "NOT NOT",
    "AND OR NOT", "*", "**", "-", "--", "- -witkoff", "NEAR(witkoff plan)", "NEAR/3", "title:witkoff",
    "{title}: witkoff", "^witkoff", "witkoff^", "'; DROP TABLE sources; --", "\x00", "\x00witkoff\x00",
    "a" * 5000, "plan " * 300, "\u202eoverride", "😀", "𝔴𝔦𝔱𝔨𝔬𝔣𝔣", "witkoff*plan", "+witkoff", "w*",
    "rank:1", "source_index", "\\", "%", "_", "?", "'", "witkoff'",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_fail(opened: BriefFile, query: str) -> None:
    brief = opened.load()
    hits = opened.search(query)
    spans(hits, brief)
    assert len({hit.source_id for hit in hits}) == len(hits)


def test_hostile_queries_still_find_their_words(opened: BriefFile) -> None:
    assert [hit.source_id for hit in opened.search('"((witkoff')] == ["profile", "kyiv"]
    assert {hit.source_id for hit in opened.search("(witkoff) AND (kremlin")} == {"kyiv"}
    assert [hit.source_id for hit in opened.search("𝔴𝔦𝔱𝔨𝔬𝔣𝔣")] == ["profile", "kyiv"]  # letters that fold to ASCII


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_any_query_gives_valid_hits(opened: BriefFile, query: str) -> None:
    brief_texts = {source.id: source.text for source in opened.load().sources}
    for hit in opened.search(query):
        assert 0 <= hit.start <= hit.end <= len(brief_texts[hit.source_id])


def test_index_follows_every_save(tmp_path: Path) -> None:
    first = Source("Harbour report", "Grain ships left the harbour at dawn.", id="a")
    second = Source("Border report", "The convoy crossed the border.", id="b")
    brief = Brief(sources=[first, second])
    with BriefFile.create(tmp_path / "sync.brief", brief) as opened:
        assert [h.source_id for h in opened.search("grain")] == ["a"]
        first.text = "Tankers left the harbour at dusk."  # (the GUI never edits text; the store copes anyway)
        opened.save(brief)
        assert opened.search("grain") == []
        assert [h.source_id for h in opened.search("tankers")] == ["a"]
        second.title = "Checkpoint report"
        opened.save(brief)
        assert opened.search('"border report"') == []
        assert [h.source_id for h in opened.search("checkpoint convoy")] == ["b"]
        second.notes = "metadata only"
        brief.sources.reverse()
        opened.save(brief)
        assert [h.source_id for h in opened.search("convoy")] == ["b"]
        brief.sources.remove(first)
        opened.save(brief)
        assert opened.search("tankers") == []
        brief.sources.append(Source("New", "Fresh words about tankers.", id="c"))
        opened.save(brief)
        assert [h.source_id for h in opened.search("tankers")] == ["c"]
        count = opened._live().execute("SELECT count(*) FROM source_index").fetchone()[0]
        assert count == len(brief.sources)
        opened._live().execute("INSERT INTO source_index (source_index) VALUES ('integrity-check')")


def test_limit_and_order(tmp_path: Path) -> None:
    sources = [Source(f"Report {n}", "ceasefire " * (n + 1) + "filler words " * 20, id=f"s{n}") for n in range(30)]
    brief = Brief(sources=sources)
    save_brief(tmp_path / "many.brief", brief)
    hits = search_sources(tmp_path / "many.brief", "ceasefire", limit=5)
    assert len(hits) == 5
    assert [hit.rank for hit in hits] == sorted((hit.rank for hit in hits), reverse=True)
    assert hits[0].source_id == "s29"  # the densest text first
    assert search_sources(tmp_path / "many.brief", "ceasefire", limit=0) == []
    assert len(search_sources(tmp_path / "many.brief", "ceasefire")) == 30


def test_search_by_path_while_the_file_is_open_elsewhere(tmp_path: Path, brief: Brief) -> None:
    path = tmp_path / "open.brief"
    with BriefFile.create(path, brief):
        assert [hit.source_id for hit in search_sources(path, "Witkoff")] == ["kyiv"]
    with tempfile.TemporaryDirectory() as folder:
        assert search_sources(save_path(Path(folder), brief), "witkoff")[0].start == TEXT_KYIV.index("Witkoff")


def save_path(folder: Path, brief: Brief) -> Path:
    path = folder / "x.brief"
    save_brief(path, brief)
    return path


def test_letters_that_only_look_accented_stay_apart(tmp_path: Path) -> None:
    brief = Brief(sources=[
        Source("Russian", "Мой дом. Мои книги. Её ответ.", id="ru"),
        Source("Japanese", "ガイドブックとカイト。ﾃﾞｰﾀ", id="ja"),
        Source("Korean", "한국 외교부는 평화 회담을 발표했다.", id="ko"),
    ])
    with BriefFile.create(tmp_path / "letters.brief", brief) as opened:
        assert spans(opened.search("мой"), brief) == {"ru": "Мой"}  # й is not и
        assert spans(opened.search("мои"), brief) == {"ru": "Мои"}
        assert spans(opened.search("ее"), brief) == {"ru": "Её"}  # ё is written е
        assert spans(opened.search("ガイド"), brief) == {"ja": "ガイド"}
        assert spans(opened.search("カイト"), brief) == {"ja": "カイト"}
        assert spans(opened.search("データ"), brief) == {"ja": "ﾃﾞｰﾀ"}  # half-width forms fold to full
        assert spans(opened.search("평화 회담"), brief) == {"ko": "평화 회담"}
        assert spans(opened.search("회담"), brief) == {"ko": "회담"}  # inside "회담을"
        assert spans(opened.search("외교부"), brief) == {"ko": "외교부"}
