from pathlib import Path

import pytest

from claims.errors import AnnotationError
from claims.formats.conll import read_conll, to_conll, write_conll
from claims.types import Analysis, Role


def _roles(doc: Analysis) -> list[tuple[Role, str]]:
    # CoNLL rebuilds the text with one space between tokens: compare without whitespace
    return sorted((r, "".join(s.of(doc.text).split())) for a in doc.attributions for r, s in a.spans())


def test_bio_round_trip_keeps_every_span(tmp_path: Path, articles: list[Analysis]) -> None:
    path = tmp_path / "data.conll"
    write_conll(path, articles)
    back = read_conll(path)
    assert len(back) == len(articles)
    for orig, again in zip(articles, back, strict=True):
        assert _roles(again) == _roles(orig)


def test_bio_links_spans_into_attributions(tmp_path: Path) -> None:
    path = tmp_path / "one.bio"
    path.write_text("-DOCSTART- O\n\nAnn B-SOURCE\nsaid B-CUE\nit I-CUE\nrained B-CONTENT\n. O\n", encoding="utf-8")
    [doc] = read_conll(path)
    [a] = doc.attributions
    assert [s.of(doc.text) for s in a.sources] == ["Ann"]
    assert [s.of(doc.text) for s in a.contents] == ["rained"]


@pytest.mark.parametrize(
    ("body", "message"), [("Ann B-SPEAKER\n", "unknown tag"), ("lonely\n", "expected a token and a tag")]
)
def test_bad_bio_names_file_and_line(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "bad.conll"
    path.write_text("Bob O\n" + body, encoding="utf-8")
    with pytest.raises(AnnotationError, match=rf"bad\.conll:2: {message}"):
        read_conll(path)


def test_to_conll_lists_one_token_per_line(articles: list[Analysis]) -> None:
    lines = to_conll(articles[0]).splitlines()
    assert lines[0] == "-DOCSTART-"
    assert "said B-CUE" in lines and "Maria B-SOURCE" in lines and "Lopez I-SOURCE" in lines
