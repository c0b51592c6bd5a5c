"""The rules around the tagger: constructions it misses, disclosures that are not claims, word snapping."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.claimtypes import claim_type
from claims.rubric import Rubric
from claims.rules.disclosures import mark_disclosures
from claims.rules.documents import add_document_attributions
from claims.rules.figures import add_figure_attributions
from claims.rules.pieces import drop_fragments, join_pieces
from claims.rules.quotes import add_closed_quote_attributions, add_dash_attributions
from claims.rules.trailing import add_trailing_attributions
from claims.scoring.weights import soft_cap
from claims.text import snap_to_words
from claims.types import Analysis, Attribution, Span
from claims.unattributed import find_unattributed

from .markup import parse

RUBRIC = Rubric.default()


def spans_of(doc: Analysis) -> list[tuple[str, str, str]]:
    t = doc.text
    return [
        (" ".join(s.of(t) for s in a.sources), " ".join(c.of(t) for c in a.cues), " ".join(c.of(t) for c in a.contents))
        for a in doc.attributions
    ]


def test_a_figure_put_at_a_number_is_attributed() -> None:
    doc = add_figure_attributions(Analysis("Rain fell. City police put the crowd at about 8,000 at 2 p.m. on Friday."))
    assert spans_of(doc) == [("City police", "put", "the crowd at about 8,000 at 2 p.m. on Friday")]
    assert add_figure_attributions(Analysis("They put the plan at risk.")).attributions == ()


@pytest.mark.parametrize("dash", ["-", "--", "\u2013", "\u2014", "\u2015"])
def test_a_quotation_signed_with_a_dash_is_attributed_to_the_name(dash: str) -> None:
    text = (
        "\u201cThe bridge closed and nobody told us why.\u201d\u00a0" + dash + " Marta Q. Oyelaran.\n"
        "\u201dWe waited three hours.\u201d " + dash + " Tomas Reyes\nLocal elections follow in May.\n"
    )
    doc = add_dash_attributions(Analysis(text))
    assert spans_of(doc) == [
        ("Marta Q. Oyelaran", dash, "\u201cThe bridge closed and nobody told us why.\u201d"),
        ("Tomas Reyes", dash, "\u201dWe waited three hours.\u201d"),
    ]
    assert add_dash_attributions(Analysis("\u201cNot signed,\u201d the clerk said - Then more.")).attributions == ()


def test_a_trailing_said_attributes_the_sentence_and_drops_a_verb_taken_for_a_cue() -> None:
    doc = parse(
        "{S1 Negotiators} {C1 have agreed} {Q1 to a ceasefire around the port}, two diplomats briefed on the talks said on Thursday."
    )
    out = add_trailing_attributions(doc)
    assert spans_of(out) == [
        ("two diplomats briefed on the talks", "said", "Negotiators have agreed to a ceasefire around the port")
    ]
    nested = parse("{S1 Ann} {C1 told} {Q1 him the deal was off}, two aides said.")
    assert len(add_trailing_attributions(nested).attributions) == 2  # a speech cue inside is kept (nested speech)
    tagged = parse("{Q1 The deal is off}, {S1 two aides} {C1 said}.")
    assert add_trailing_attributions(tagged) == tagged  # already found: nothing added


def test_disclosures_are_not_claims() -> None:
    doc = parse(
        "{Q1 The inquiry began}, {S1 an official} {C1 said}, speaking on condition of anonymity because "
        "{S2 staff} {C2 have been warned} {Q2 they will be disciplined}. "
        "{S3 The company} {C3 did not respond} to {Q3 a request for comment}. {S4 The mayor} {C4 was not authorized to discuss} {Q4 it}."
    )
    marked = mark_disclosures(doc, RUBRIC)
    assert [a.claim_type for a in marked.attributions] == [None, "disclosure", "disclosure", "disclosure"]


def test_dependent_clauses_after_a_claim_are_not_unattributed_claims() -> None:
    doc = parse("{S1 Police} {C1 put} {Q1 the crowd at 8,000}, when the march was at its largest and most violent.")
    assert find_unattributed(doc, RUBRIC).unattributed == ()
    doc = parse("{S1 Police} {C1 said} {Q1 it was calm}, but the army shot 12 protesters dead on the bridge.")
    assert find_unattributed(doc, RUBRIC).unattributed  # an independent clause is still read


@pytest.mark.parametrize(
    ("text", "span", "word"),
    [
        ("Brackwood said", (0, 3), "Brackwood"),
        ("at 2 p.m., when", (3, 7), "2 p.m"),
        ("Trump's aide", (0, 5), "Trump"),
        ("al-Sham x", (3, 5), "al-Sham"),
        ("Jose\u0301 said", (0, 4), "Jose\u0301"),  # a combining accent stays with its letter
        ("Jose\u0301e said", (5, 6), "Jose\u0301e"),
        ("I \u2764\ufe0f it", (2, 3), "\u2764\ufe0f"),  # an emoji with its variation selector
    ],
)
def test_spans_snap_to_whole_words(text: str, span: tuple[int, int], word: str) -> None:
    assert snap_to_words(text, Span(*span)).of(text) == word


def test_a_method_note_is_typed_as_method() -> None:
    doc = parse("{S1 The ministry} {C1 said} {Q1 the count did not include people who died at home}.")
    assert claim_type(doc.text, doc.attributions[0]) == "method"


@given(st.floats(0, 100), st.floats(0, 100), st.sampled_from([25.0, 40.0, 60.0]))
def test_soft_caps_keep_order_and_stay_under_the_cap(a: float, b: float, cap: float) -> None:
    assert soft_cap(a, cap) <= cap + 1e-9
    if a < b:
        assert soft_cap(a, cap) <= soft_cap(b, cap)
    assert soft_cap(a, cap) <= a + 1e-9


def test_a_one_function_word_content_is_a_fragment_not_a_claim() -> None:
    doc = parse("{S1 Rebels} {C1 have attempted} {Q1 to} take the town. {S2 Ann} {C2 said} {Q2 it}.")
    assert spans_of(drop_fragments(doc)) == []
    kept = parse("{S1 Ann} {C1 said} {Q1 no}.")
    assert drop_fragments(kept) == kept


def test_a_tagged_tail_of_a_trailing_attribution_is_widened_to_the_clause() -> None:
    doc = parse(
        "The army was based in Tadef, where {Q1 rebels fired on it}, {S1 an official} {C1 told} Reuters, without giving numbers."
    )
    out = add_trailing_attributions(doc)
    assert spans_of(out) == [("an official", "told", "The army was based in Tadef, where rebels fired on it")]


def test_a_figure_rule_and_coordination_supply_missing_sources() -> None:
    from claims.rules.trailing import share_coordinated_sources

    doc = parse(
        "The Red Crescent, whose teams are in the villages, {C1 put} {Q1 the number of dead at 130} and {C2 said} {Q2 the count differs}."
    )
    out = share_coordinated_sources(add_figure_attributions(doc))
    assert [s for s, _, _ in spans_of(out)] == ["The Red Crescent, whose teams are in the villages,"] * 2


def test_a_closing_name_before_said_becomes_the_missing_source() -> None:
    from claims.rules.trailing import fill_closing_sources

    doc = parse(
        "{Q1 At least 14 people were killed}, the Front, the group that holds the town, {C1 said in a statement}."
    )
    assert spans_of(fill_closing_sources(doc)) == [
        ("the Front, the group that holds the town", "said in a statement", "At least 14 people were killed")
    ]
    sourced = parse("{Q1 It rained}, {S1 Ann} {C1 said}.")
    assert fill_closing_sources(sourced) == sourced


def test_a_name_read_into_the_content_is_split_off_as_the_source() -> None:
    from claims.rules.trailing import fill_closing_sources

    doc = parse(
        "{Q1 At least 14 people were killed, the Front, the group that holds the town}, {C1 said in a statement}."
    )
    assert spans_of(fill_closing_sources(doc)) == [
        ("the Front, the group that holds the town", "said in a statement", "At least 14 people were killed")
    ]


def test_a_quotation_closed_by_said_gets_its_missed_cue_and_takes_back_its_content() -> None:
    text = (
        "Ms. Okafor met the board.\n"
        "\u201cWe will not sign this year. The terms are unfair,\u201d she said. "
        '"It is final," said Rep. Ana Ruiz. "Maybe not," the mayor replied.\n'
    )
    mis_attached = Attribution(
        "a1",
        cues=(Span(10, 13),),
        contents=(Span(26, 53),),
        sources=(Span(0, 9),),  # "met" took the first sentence
    )
    doc = add_closed_quote_attributions(Analysis(text, (mis_attached,)))
    assert spans_of(doc) == [
        ("she", "said", "\u201cWe will not sign this year. The terms are unfair,\u201d"),
        ("Rep. Ana Ruiz", "said", '"It is final,"'),
        ("the mayor", "replied", '"Maybe not,"'),
    ]


def test_a_tagged_reading_of_the_passage_wins_over_the_closed_quote_rule() -> None:
    text = '"We will not sign," she said, and "We never did" was her line.'
    tagged = Attribution("a1", cues=(Span(55, 59),), contents=(Span(0, 51),), sources=())
    assert add_closed_quote_attributions(Analysis(text, (tagged,))).attributions == (tagged,)
    nested = Attribution("a1", cues=(Span(4, 8),), contents=(Span(9, 17),), sources=(Span(1, 3),))
    out = add_closed_quote_attributions(Analysis('"We said no to them," she said.', (nested,)))
    assert nested in out.attributions and len(out.attributions) == 2  # a cue inside the quotation is kept


def test_a_document_opening_a_sentence_is_its_source() -> None:
    text = (
        "The prison was built for 400 men. A report by the state ombudsman last year found overcrowding of 180 percent. "
        "Figures compiled by the Lake Fund show perch stocks have halved."
    )
    doc = add_document_attributions(Analysis(text), RUBRIC)
    assert spans_of(doc) == [
        ("A report by the state ombudsman last year", "found", "overcrowding of 180 percent"),
        ("Figures compiled by the Lake Fund", "show", "perch stocks have halved"),
    ]
    assert add_document_attributions(Analysis("The report card was late again this term."), RUBRIC).attributions == ()


def test_a_sentence_closed_by_according_to_is_attributed() -> None:
    doc = add_trailing_attributions(Analysis("The ferry will run again from Monday, according to the port authority."))
    assert spans_of(doc) == [("the port authority", "according to", "The ferry will run again from Monday")]


def test_a_one_word_piece_of_a_longer_content_is_dropped() -> None:
    doc = parse("{S1 The mayor} {C1 said} {Q1 coal} is gone and {Q1 the plant will close in June}.")
    assert spans_of(drop_fragments(doc)) == [("The mayor", "said", "the plant will close in June")]


def test_pieces_broken_at_a_comma_are_joined_but_not_across_a_cue_or_a_line() -> None:
    doc = parse("{S1 Ann Berg} {C1 said} {Q1 the bridge}, {Q1 which opened in May}, {Q1 will close}.\n{Q1 Then} more.")
    assert spans_of(join_pieces(doc)) == [("Ann Berg", "said", "the bridge, which opened in May, will close Then")]
    assert join_pieces(doc).attributions[0].contents[-1].of(doc.text) == "Then"
    apart = parse("{Q1 Taxes will rise}, {S1 Ann Berg} {C1 said}, {Q1 next year}.")
    assert join_pieces(apart) == apart


def test_an_unquoted_piece_loses_its_trailing_comma_and_a_quotation_keeps_it() -> None:
    doc = parse(
        '{S1 Ann} {C1 said} {Q1 the bridge will close,} adding more. {S2 Bo} {C2 said}: {Q2 "It will close,"} twice.'
    )
    assert [c for _, _, c in spans_of(join_pieces(doc))] == ["the bridge will close", '"It will close,"']


def test_source_pieces_broken_at_a_comma_are_joined() -> None:
    doc = parse("{S1 Ann Berg}, {S1 the county engineer}, {C1 said} {Q1 the bridge will close}.")
    assert spans_of(join_pieces(doc)) == [("Ann Berg, the county engineer", "said", "the bridge will close")]
