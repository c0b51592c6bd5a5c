import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.errors import SchemaError
from claims.schema import from_dict, to_dict
from claims.text import sentence_spans, split_lines
from claims.types import (
    SCHEMA_VERSION,
    Analysis,
    ArticleScore,
    Attribution,
    ClaimAssessment,
    Kind,
    Reason,
    SourceEntity,
    Span,
    Unattributed,
)

ALPHABET = st.sampled_from(list("abc XYZ\r\n\t“”‘’\"'—–éüñ😀,.:;"))


@st.composite
def analyses(draw: st.DrawFn) -> Analysis:
    text = draw(st.text(ALPHABET, min_size=1, max_size=80))
    n = len(text)

    def span() -> Span:  # at least one character: readers refuse empty spans
        a = draw(st.integers(0, n - 1))
        b = draw(st.integers(a + 1, n))
        return Span(a, b)

    attributions = tuple(
        Attribution(
            id=f"a{i}",
            cues=tuple(span() for _ in range(draw(st.integers(0, 2)))),
            contents=tuple(span() for _ in range(draw(st.integers(0, 3)))),  # discontinuous content
            sources=tuple(span() for _ in range(draw(st.integers(0, 2)))),
            kind=draw(st.sampled_from(list(Kind))),
            confidence=draw(st.floats(0, 1)),
            source_entity="e1" if draw(st.booleans()) else None,
            claim_type=draw(st.sampled_from([None, "denial", "numeric"])),
            assessment=draw(
                st.sampled_from([None, ClaimAssessment(41.0, "C", 4, {"f2": 2}, (Reason.parse("G3 ..."),))])
            ),
        )
        for i in range(draw(st.integers(0, 3)))
    )
    sources = (SourceEntity("e1", "Name", (span(),), "named_person", True, (span(),), None, 3, "government", True),)
    score = draw(
        st.sampled_from(
            [None, ArticleScore(41.5, "thinly sourced", (Reason.parse("r1"),), {"A1": 0.5}, (Reason.parse("w1"),))]
        )
    )
    return Analysis(text, attributions, sources, (Unattributed(span(), "event"),), score, id="doc")


@settings(max_examples=200, deadline=None)
@given(analyses())
def test_json_round_trip_is_exact(analysis: Analysis) -> None:
    encoded = json.dumps(to_dict(analysis), ensure_ascii=False)
    assert from_dict(json.loads(encoded)) == analysis


def test_span_text_is_derived_from_the_article() -> None:
    text = "Ann said “hi”\r\nthen left."
    a = Analysis(text, (Attribution("a1", cues=(Span(4, 8),), contents=(Span(9, 13),), sources=(Span(0, 3),)),))
    d = to_dict(a)
    assert d["schema_version"] == SCHEMA_VERSION
    assert d["attributions"][0]["content"] == [{"start": 9, "end": 13, "text": "“hi”"}]
    assert d["attributions"][0]["source"][0]["text"] == "Ann"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["attributions"][0]["cue"][0].update(end=999), "outside the text"),
        (lambda d: d["attributions"][0]["cue"][0].update(text="nope"), "does not match"),
        (lambda d: d["attributions"][0].update(kind="shouted"), "unknown value"),
        (lambda d: d.update(schema_version="9.0"), "not supported"),
        (lambda d: d["attributions"][0]["cue"][0].pop("start"), "integer 'start'"),
    ],
)
def test_bad_json_names_the_problem(mutate, message) -> None:  # type: ignore[no-untyped-def]
    d = to_dict(Analysis("Ann said hi.", (Attribution("a1", cues=(Span(4, 8),), contents=(Span(9, 11),)),)))
    mutate(d)
    with pytest.raises(SchemaError, match=message):
        from_dict(d)


def test_span_helpers() -> None:
    text = "  two words  "
    assert Span(0, len(text)).strip(text) == Span(2, 11)
    assert Span(0, 2).strip(text) == Span(2, 2)
    assert Span(0, 3).overlaps(Span(2, 5)) and not Span(0, 2).overlaps(Span(2, 5))
    with pytest.raises(ValueError):
        Span(3, 1)


def test_sentences_do_not_break_after_initials_or_titles() -> None:
    text = '"We need oversight," said Ronald R. Smith. "It fails." Then Rev. G.K. Obi left. J. Doe said no.\nNext line'
    assert [s.of(text) for s in sentence_spans(text)] == [
        '"We need oversight," said Ronald R. Smith.',
        '"It fails."',
        "Then Rev. G.K. Obi left.",
        "J. Doe said no.",
        "Next line",
    ]


@given(st.text(alphabet="ab \n", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_split_lines_keeps_every_character_of_each_line_and_never_a_break(text: str, a: int, b: int) -> None:
    span = Span(min(a, b, len(text)), min(max(a, b), len(text)))
    parts = split_lines(text, span)
    assert all("\n" not in p.of(text) and p.of(text) == p.of(text).strip() and len(p) for p in parts)
    assert "".join("".join(p.of(text).split()) for p in parts) == "".join(span.of(text).split())
