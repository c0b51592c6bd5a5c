"""The act each attribution reports (claims.relations): lexicon and syntactic frame, on sentences we write."""

from __future__ import annotations

import pytest

from claims.nlp import parse
from claims.relations import add_relations, cue_frame
from claims.rubric import Rubric
from claims.schema import from_dict, to_dict
from claims.types import Analysis, Attribution, Span


def one(text: str, cue: str, content: str, source: str | None = None) -> Attribution:
    """The attribution marked by the first occurrence of each phrase, with its relation."""

    def at(phrase: str) -> Span:
        i = text.index(phrase)
        return Span(i, i + len(phrase))

    a = Attribution("a1", cues=(at(cue),), contents=(at(content),), sources=(at(source),) if source else ())
    [out] = add_relations(Analysis(text, (a,)), Rubric.default(), parse(text)).attributions
    return out


@pytest.mark.parametrize(
    ("text", "cue", "content", "source", "relation"),
    [
        (
            "The harbour master said the pier was unsafe.",
            "said",
            "the pier was unsafe",
            "The harbour master",
            "assertion",
        ),
        (
            "The pier was unsafe, according to the harbour master.",
            "according to",
            "The pier was unsafe",
            "the harbour master",
            "assertion",
        ),
        ("Ms Ortiz has not confirmed the merger.", "has not confirmed", "the merger", "Ms Ortiz", "assertion"),
        (
            "Farmers fear the drought will last into spring.",
            "fear",
            "the drought will last into spring",
            "Farmers",
            "belief",
        ),
        (
            "The mayor wants the depot moved before winter.",
            "wants",
            "the depot moved before winter",
            "The mayor",
            "intention",
        ),
        ("The coach told his players to rest on Sunday.", "told", "to rest on Sunday", "The coach", "intention"),
        (
            "The senator asked whether the audit had been finished.",
            "asked",
            "the audit had been finished",
            "The senator",
            "question",
        ),
        ("The senator asked the auditors to finish by May.", "asked", "to finish by May", "The senator", "intention"),
        ("The valley, known as the Long Gap, floods every year.", "known as", "the Long Gap", None, "naming"),
        ("The board approved a new stadium lease on Friday.", "approved", "a new stadium lease", "The board", "action"),
        (
            "Two fishermen saw smoke rising from the ferry.",
            "saw",
            "smoke rising from the ferry",
            "Two fishermen",
            "perception",
        ),
        (
            "It is believed that the vault was opened twice.",
            "is believed",
            "the vault was opened twice",
            None,
            "assertion",
        ),
    ],
)
def test_relation_of_a_cue(text: str, cue: str, content: str, source: str | None, relation: str) -> None:
    a = one(text, cue, content, source)
    assert a.relation == relation
    assert a.is_claim is (relation == "assertion")


def test_a_cue_in_no_lexicon_is_judged_by_its_frame() -> None:
    # "grumbled" and "itched" are in no lexicon: a that-clause is an assertion, a to-infinitive a wish
    assert (
        one("The captain grumbled that the nets were torn.", "grumbled", "the nets were torn", "The captain").relation
        == "assertion"
    )
    assert (
        one("The captain itched to sail at dawn.", "itched", "to sail at dawn", "The captain").relation == "intention"
    )


def test_a_lexicon_read_from_the_rubric_changes_the_relation() -> None:
    text = "The minister grumbled that the budget was late."
    a = Attribution("a1", cues=(Span(13, 21),), contents=(Span(27, 46),), sources=(Span(0, 12),))
    rubric = Rubric({**Rubric.default().data, "belief_cues": ["grumble"]})
    [out] = add_relations(Analysis(text, (a,)), rubric, parse(text)).attributions
    assert out.relation == "belief" and out.is_claim is False


def test_something_the_source_did_not_say_is_not_a_claim() -> None:
    text = "A police spokesman confirmed the arrest, without specifying the charges."
    a = one(text, "without specifying", "the charges", "A police spokesman")
    assert a.is_claim is False and a.note is not None and "without" in a.note


def test_frame_reads_passive_and_particles() -> None:
    text = "The plan was reported by local radio and called for new taxes."
    doc = parse(text)
    a = Attribution(
        "a1", cues=(Span(text.index("called for"), text.index("called for") + 10),), contents=(Span(46, 55),)
    )
    frame = cue_frame(doc, text, a)
    assert frame is not None and frame.phrase == "call for" and frame.head == "call"


def test_relation_and_containment_round_trip_through_json() -> None:
    text = "Ana said Ben had said the door was open."
    outer = Attribution(
        "a1", cues=(Span(4, 8),), contents=(Span(9, 39),), sources=(Span(0, 3),), relation="assertion", is_claim=True
    )
    inner = Attribution(
        "a2",
        cues=(Span(13, 21),),
        contents=(Span(22, 39),),
        sources=(Span(9, 12),),
        relation="assertion",
        is_claim=True,
        within="a1",
    )
    back = from_dict(to_dict(Analysis(text, (outer, inner))))
    assert back.attributions == (outer, inner)


def test_an_unknown_relation_in_json_is_an_error() -> None:
    from claims.errors import SchemaError

    with pytest.raises(SchemaError, match="relation"):
        from_dict(
            {
                "text": "x said y",
                "attributions": [
                    {"cue": [{"start": 2, "end": 6}], "content": [{"start": 7, "end": 8}], "relation": "gossip"}
                ],
            }
        )


def _spans(text: str, *marks: tuple[str, str, str]) -> Analysis:
    """Gold attributions from (source, cue, content) phrases."""

    def at(phrase: str) -> Span:
        i = text.index(phrase)
        return Span(i, i + len(phrase))

    return Analysis(
        text,
        tuple(
            Attribution(f"a{i}", cues=(at(c),), contents=(at(q),), sources=(at(s),))
            for i, (s, c, q) in enumerate(marks, 1)
        ),
    )


def test_only_claims_are_graded_and_counted() -> None:
    from tests.golden_path import gold_span_analyzer

    claim = ("The fire chief", "said", "the blaze began in a storeroom")
    belief = ("Neighbours", "believe", "the owner set it himself")
    both = "The fire chief said the blaze began in a storeroom. Neighbours believe the owner set it himself."
    run = gold_span_analyzer()
    with_belief = run(_spans(both, claim, belief))
    alone = run(_spans(both, claim))
    by_cue = {a.cues[0].of(both): a for a in with_belief.attributions}
    assert by_cue["believe"].relation == "belief" and by_cue["believe"].assessment is None
    assert by_cue["said"].is_claim and by_cue["said"].assessment is not None
    assert with_belief.score is not None and alone.score is not None
    assert with_belief.score.value == alone.score.value
    assert dict(with_belief.score.profile) == dict(alone.score.profile)


def test_a_nested_attribution_names_the_one_that_holds_it() -> None:
    from claims.rules.nesting import mark_containment

    text = "The clerk told investigators that the driver had said the gate was open, court papers show."
    outer = ("The clerk", "told", "the driver had said the gate was open")
    inner = ("the driver", "had said", "the gate was open")
    out = mark_containment(_spans(text, outer, inner))
    assert [a.within for a in out.attributions] == [None, "a1"]
    flat = _spans(
        "Ana said it rained. Ben claimed it snowed.", ("Ana", "said", "it rained"), ("Ben", "claimed", "it snowed")
    )
    assert mark_containment(flat) is flat


def test_a_narrative_verb_with_a_time_clause_is_not_an_assertion() -> None:
    text = "The referee looked puzzled when the complaint reached him."
    a = one(text, "looked puzzled", "when the complaint reached him", "The referee")
    assert a.relation == "action" and a.is_claim is False


def test_reports_list_claims_and_show_the_rest_apart() -> None:
    from claims.report.html import render_html
    from claims.report.text import render_text

    text = "The fire chief said the blaze began in a storeroom. Neighbours believe the owner set it himself."
    run_ = __import__("tests.golden_path", fromlist=["gold_span_analyzer"]).gold_span_analyzer()
    analysis = run_(
        _spans(
            text,
            ("The fire chief", "said", "the blaze began in a storeroom"),
            ("Neighbours", "believe", "the owner set it himself"),
        )
    )
    report = render_text(analysis)
    assert "1 attributed claim\n" in report and "also found: 1 belief" in report and "[belief]" in report
    page = render_html(analysis)
    assert 'class="oth"' in page and "also found: 1 belief" in page


def test_to_as_a_preposition_is_not_a_wish() -> None:
    text = "The senator responded to questions about the budget."
    assert one(text, "responded", "to questions about the budget", "The senator").relation != "intention"
    assert (
        one("The senator urged voters to reject the budget.", "urged", "to reject the budget", "The senator").relation
        == "intention"
    )
