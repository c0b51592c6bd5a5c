import pytest

from claims.linking import link
from claims.types import Analysis, TaggedSpan

from .markup import parse


def relink(doc: Analysis) -> Analysis:
    spans = [TaggedSpan(r, s) for a in doc.attributions for r, s in a.spans()]
    return link(doc.text, spans)


def triples(doc: Analysis) -> list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    def of(spans: tuple) -> tuple[str, ...]:  # type: ignore[type-arg]
        return tuple(s.of(doc.text) for s in spans)

    return sorted((of(a.sources), of(a.cues), of(a.contents)) for a in doc.attributions)


def test_gold_spans_relink_to_the_gold_attributions(articles: list[Analysis]) -> None:
    for doc in articles:
        assert triples(relink(doc)) == triples(doc), doc.text


@pytest.mark.parametrize(
    "marked",
    [
        # one source serves two cues
        "{S1 The minister} {C1 said} {Q1 taxes would fall} and {C2 added} {Q2 that spending would rise}.",
        # a quote running on into the next paragraph after a colon
        '{S1 Dr. Hill}, a surgeon, {C1 said}:\n{Q1 "We saw forty patients in one night."}',
        # attribution after the quote, in the next sentence
        '{Q1 "The dam will hold."} {S1 The engineer} {C1 said} so twice.',
        # an agentless hedge next to a sourced claim does not borrow the source
        "{S1 Police} {C1 said} {Q1 the road was closed}; the driver {C2 reportedly} {Q2 fled}.",
    ],
)
def test_linking_shapes(marked: str) -> None:
    doc = parse(marked)
    got = relink(doc)
    expected = triples(doc)
    if "{C2 added}" in marked:  # the shared source appears in both attributions
        expected = [
            (("The minister",), ("added",), ("that spending would rise",)),
            (("The minister",), ("said",), ("taxes would fall",)),
        ]
    assert triples(got) == expected


def test_cue_without_content_is_not_an_attribution() -> None:
    doc = parse("{S1 Ann} {C1 said} nothing.")
    assert relink(doc).attributions == ()


def test_an_unquoted_fragment_in_the_next_sentence_is_not_added_to_a_cue_with_its_own_content() -> None:
    doc = parse("{S1 Ann Berg} {C1 said} {Q1 the bridge would reopen}. {Q2 Traffic fell by half} in May.")
    assert triples(relink(doc)) == [(("Ann Berg",), ("said",), ("the bridge would reopen",))]
    quoted = parse('{S1 Ann Berg} {C1 said} {Q1 "the bridge would reopen."} {Q1 "Traffic will return."}')
    assert triples(relink(quoted)) == triples(quoted)  # a quotation running on stays with its cue
