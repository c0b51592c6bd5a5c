"""Who the sources are: the shapes of issue 15, each on sentences we write (spaCy's parse and entities)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claims.linking import link
from claims.nlp import ArticleParse
from claims.rubric import Rubric
from claims.rules.nesting import add_nested_attributions, mark_containment
from claims.sources.classification import classify
from claims.sources.entities import resolve_sources
from claims.sources.relays import article_outlet
from claims.text import dateline
from claims.types import Analysis, Role, Span, TaggedSpan

from .markup import parse


def sources(marked: str, **meta: str) -> tuple[Analysis, dict[str, tuple[str, bool, int, list[str]]]]:
    """The resolved analysis, and each mention's entity: (type, named, identifiability, relays)."""
    doc = resolve_sources(replace(parse(marked), meta=meta))
    out = {}
    for e in doc.sources:
        relays = [r.of(doc.text) for r in e.relayed_by]
        for m in e.mentions:
            out[m.of(doc.text)] = (e.type, e.named, e.identifiability, relays)
    return doc, out


@pytest.mark.parametrize(
    ("mention", "kind"),
    [
        ("a GE spokesman", ("anonymous_specific", False, 2)),
        ("a spokeswoman for the ministry", ("anonymous_specific", False, 2)),
        ("Users", ("anonymous_vague", False, 1)),
        ("residents", ("anonymous_vague", False, 1)),
        ("Consumer groups", ("anonymous_vague", False, 1)),
        ("87% of the 1,000 adults surveyed", ("poll_or_data", True, 2)),
        ("A Reuters poll of 14 economists", ("poll_or_data", True, 3)),
        ("the law lords", ("court_or_record", True, 3)),
        ("the judge", ("court_or_record", True, 3)),
        ("U.S. District Judge Raymond Soto", ("court_or_record", True, 3)),
        ("search warrant documents", ("court_or_record", True, 3)),
        ("the published minutes of the meeting", ("court_or_record", True, 3)),
        ("Superintendent Angela Pierce", ("named_person", True, 4)),
        ("Hugh Hill, a doctor at the clinic,", ("named_person", True, 4)),
        ("RTP, the public broadcaster,", ("news_outlet", True, 3)),
        ("Pertamina, the state energy company,", ("named_organisation", True, 3)),
        ("the business website TradeLantern", ("news_outlet", True, 3)),
        ("City police", ("named_organisation", True, 3)),
        ("An investigation by this newspaper", ("own_reporting", True, 3)),
        ("A video posted on the district's Facebook page", ("social_media", False, 2)),
    ],
)
def test_mention_types_come_from_the_parse(mention: str, kind: tuple[str, bool, int]) -> None:
    assert classify(mention, Rubric.default()) == kind


def test_an_unnamed_spokesperson_carries_the_body_as_affiliation() -> None:
    doc, _ = sources("{S1 A spokeswoman for the ministry} {C1 said} {Q1 the figures were wrong}.")
    [e] = doc.sources
    assert (e.type, e.named) == ("anonymous_specific", False)
    assert e.affiliation is not None and e.affiliation.of(doc.text) == "the ministry"
    doc, _ = sources("{S1 A GE spokesman} {C1 said} {Q1 the plant would close}.")
    assert doc.sources[0].affiliation is not None and doc.sources[0].affiliation.of(doc.text) == "GE"


@pytest.mark.parametrize("gap", ["", "The court sat for an hour. " * 1200])  # next to it, and 30,000 characters on
def test_a_bare_surname_takes_the_full_name_given_earlier(gap: str) -> None:
    marked = (
        "Halvard Okonkwo-Brandt, 45, a former miner, was arrested. "
        + gap
        + ("{S1 Okonkwo-Brandt} {C1 said} {Q1 he had never seen the money}.")
    )
    doc = resolve_sources(parse(marked))
    [e] = doc.sources
    assert (e.type, e.named, e.mentions[0].of(doc.text)) == ("named_person", True, "Okonkwo-Brandt")
    alone = resolve_sources(parse("{S1 Okonkwo-Brandt} {C1 said} {Q1 he had never seen the money}."))
    assert alone.sources[0].type == "named_organisation"  # without the full name a bare name reads as a body


def test_surnames_join_the_full_name_in_any_case_and_acronyms_their_name() -> None:
    doc, _ = sources(
        "{S1 Army spokesman Hatim al-Nour} {C1 said} {Q1 the town was calm}. {S2 Al-Nour} {C2 added} {Q2 that no one died}. "
        "{S3 The Office for National Statistics} {C3 said} {Q3 prices rose}. {S4 The ONS} {C4 said} {Q4 rents rose too}."
    )
    assert [len(e.mentions) for e in doc.sources] == [2, 2]


def test_pronouns_follow_gender_between_two_speakers() -> None:
    doc, _ = sources(
        "{S1 Maria Lopez} {C1 said} {Q1 the clinic would stay open}. {S2 Mr. Daniel Reyes} {C2 said} {Q2 it would close}. "
        '"{Q3 We will fight this}," {S3 she} {C3 said}.'
    )
    lopez = next(e for e in doc.sources if e.name == "Maria Lopez")
    assert [m.of(doc.text) for m in lopez.mentions] == ["Maria Lopez", "she"]


def test_two_anonymous_officials_are_never_merged() -> None:
    doc, _ = sources(
        "{S1 An official at the ministry} {C1 said} {Q1 talks had failed}. "
        "{S2 Another official} {C2 said} {Q2 they would resume}. {S3 The official} {C3 added} {Q3 that no date was set}."
    )
    groups = sorted([m.of(doc.text) for m in e.mentions] for e in doc.sources)
    assert groups == [["An official at the ministry"], ["Another official", "The official"]]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("LONDON, March 3 (Reuters) - Prices rose.", "Reuters"),
        ("SÃO PAULO (Reuters) - Prices rose.", "Reuters"),
        ("BOGOTÁ — Prices rose.", None),
        ("US - China talks resumed, officials said.", "none"),
        ("NHS - the figures are out.", "none"),
    ],
)
def test_datelines_and_openings_that_are_not(text: str, outlet: str | None) -> None:
    date = dateline(text)
    if outlet == "none":
        assert date is None
    else:
        assert date is not None and (date.outlet.of(text) if date.outlet else None) == outlet


def test_names_that_look_like_nationalities_stay_names() -> None:
    from claims.sources.mentions import read_alone

    rubric = Rubric.default()
    assert read_alone("Brian Adams", rubric).proper == ("Brian", "Adams")  # "Brian" is no adjective of nationality
    assert read_alone("Brian Adams", rubric).gender == "male"
    assert read_alone("Syrian officials", rubric).proper == ()


def test_the_dateline_is_not_a_source() -> None:
    text = "PERRIS, Calif. (AP) - Police said the road was closed."
    date = dateline(text)
    assert date is not None and date.outlet is not None and date.outlet.of(text) == "AP"
    at = text.index
    spans = [
        TaggedSpan(Role.SOURCE, Span(0, 6)),
        TaggedSpan(Role.SOURCE, Span(at("Police"), at("Police") + 6)),
        TaggedSpan(Role.CUE, Span(at("said"), at("said") + 4)),
        TaggedSpan(Role.CONTENT, Span(at("the road"), len(text) - 1)),
    ]
    [a] = link(text, spans).attributions
    assert [s.of(text) for s in a.sources] == ["Police"]
    headline = "Mayor says road will reopen\n"  # spans of a headline above the dateline stay
    moved = [TaggedSpan(t.role, Span(t.span.start + len(headline), t.span.end + len(headline))) for t in spans]
    head = [
        TaggedSpan(Role.SOURCE, Span(0, 5)),
        TaggedSpan(Role.CUE, Span(6, 10)),
        TaggedSpan(Role.CONTENT, Span(11, 27)),
    ]
    found = link(headline + text, head + moved).attributions
    assert [s.of(headline + text) for a in found for s in a.sources] == ["Mayor", "Police"]


def test_an_interview_with_the_articles_own_outlet_is_first_hand() -> None:
    marked = "LONDON (Reuters) - {S1 The minister} {C1 told} Reuters {Q1 the deal was done}."
    _, of = sources(marked)
    assert of["The minister"][3] == []  # the dateline's outlet is the article's own
    _, of = sources(marked.replace("(Reuters)", "(AFP)"))
    assert of["The minister"][3] == ["Reuters"]
    _, of = sources("{S1 The minister} {C1 told} Reuters {Q1 the deal was done}.", outlet="Thomson Reuters")
    assert of["The minister"][3] == []  # --outlet, by another name of the same outlet


def test_article_outlet_reads_meta_then_the_dateline() -> None:
    text = "WASHINGTON (AP) - The senator said no."
    assert article_outlet(Analysis(text)).same("The Associated Press")
    assert article_outlet(Analysis(text, meta={"outlet": "BBC"})).same("BBC News")
    assert not article_outlet(Analysis("The senator said no.")).same("AP")


@pytest.mark.parametrize(
    ("marked", "relay"),
    [
        ("{S1 The opposition leader} {C1 claimed} in the Observer {Q1 that the vote was rigged}.", "Observer"),
        ("{S1 The mayor} {C1 told} local television {Q1 the water was safe}.", "local television"),
        (
            "{S1 Rebel commander Ali Haddad} {C1 said} in an interview with Al Jazeera {Q1 that the town had fallen}.",
            "Al Jazeera",
        ),
        ("{S1 Residents of Kyauktaw} {C1 told} Radio Free Asia {Q1 that the market had burned}.", "Radio Free Asia"),
    ],
)
def test_relays_to_other_outlets(marked: str, relay: str) -> None:
    doc, _ = sources(marked)
    [e] = doc.sources
    assert [r.of(doc.text) for r in e.relayed_by] == [relay] and e.second_hand


def test_an_outlet_quoting_someone_relays_them() -> None:
    marked = "{S1 The Interfax news agency} {C1 quoted} {Q1 Deputy Minister Oleg Brovko as saying the convoy had been turned back}."
    analysis = parse(marked)
    rubric = Rubric.default()
    parsed = ArticleParse(analysis.text)
    nested = mark_containment(add_nested_attributions(analysis, rubric, parsed.doc()))
    doc = resolve_sources(nested, rubric, parsed)
    brovko = next(e for e in doc.sources if "Brovko" in e.name)
    assert [r.of(doc.text) for r in brovko.relayed_by] == ["Interfax news agency"]


def test_a_first_name_gives_a_gender_that_pronouns_follow() -> None:
    from claims.sources.names import first_name_gender

    assert (first_name_gender("Helen"), first_name_gender("Daniel"), first_name_gender("Jordan")) == (
        "female",
        "male",
        None,
    )
    doc, _ = sources(
        "{S1 Helen Marsh}, prosecuting, {C1 told} the court {Q1 that Daniel Fielding had complained about headaches}. "
        "{S2 She} {C2 said} {Q2 the landlord had replied once}."
    )
    [marsh] = doc.sources
    assert [m.of(doc.text) for m in marsh.mentions] == ["Helen Marsh", "She"]


def test_a_pronoun_after_a_newly_named_subject_refers_to_them() -> None:
    doc, _ = sources(
        "{S1 Governor Tomas Ruiz} {C1 said} {Q1 aid would arrive on Monday}. Sri Handayani lost her home in the flood. "
        '"{Q2 We have nothing left}," {S2 she} {C2 said}. {S3 Handayani} {C3 said} {Q3 the water rose in minutes}.'
    )
    handayani = next(e for e in doc.sources if "she" in [m.of(doc.text) for m in e.mentions])
    assert [m.of(doc.text) for m in handayani.mentions] == ["she", "Handayani"]
    assert handayani.type == "named_person"
