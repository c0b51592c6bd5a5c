import json
from dataclasses import replace

import pytest

from claims.claimtypes import add_claim_types
from claims.formats.jsonl import read_jsonl
from claims.rubric import Rubric, RubricError
from claims.rules.hedges import add_hedges
from claims.sources.classification import SOURCE_TYPES, classify
from claims.sources.entities import resolve_sources
from claims.types import Analysis
from claims.unattributed import find_unattributed

from .conftest import SEED_GOLD
from .markup import parse


def entities(marked: str) -> list[list[str]]:
    doc = resolve_sources(parse(marked))
    return [[m.of(doc.text) for m in e.mentions] for e in doc.sources]


def test_seed_gold_sources_are_joined_typed_and_relayed() -> None:
    [gold] = read_jsonl(SEED_GOLD)
    doc = resolve_sources(replace(gold, sources=()))
    by_name = {e.name: e for e in doc.sources}
    official = by_name["an unnamed Syrian military official"]
    assert [m.of(doc.text) for m in official.mentions] == [
        "an unnamed Syrian military official",
        "The Syrian military source",
    ]
    assert official.type == "anonymous_specific" and not official.named and official.identifiability == 2
    assert [r.of(doc.text) for r in official.relayed_by] == ["Reuters"] and official.second_hand
    assert by_name["An opposition statement"].type == "official_statement"
    assert by_name["An opposition statement"].side == "opposition"
    assert by_name["Syrian state media"].type == "state_media"
    assert by_name["Syrian state media"].side == "Syrian government"
    assert by_name["The Free Syrian Army"].type == "named_organisation"
    ids = {a.id: a.source_entity for a in doc.attributions}
    assert ids["a1"] == ids["a3"] == official.id and ids["a7"] is None


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        (
            "{S1 Hillary Clinton} {C1 said} {Q1 taxes would rise}. Later {S2 Clinton} {C2 added} {Q2 that it was fair}.",
            [["Hillary Clinton", "Clinton"]],
        ),
        (
            "{S1 Maria Lopez} {C1 said} {Q1 the road was open}.\nOn Monday {S2 she} {C2 said} {Q2 it had closed}.",
            [["Maria Lopez", "she"]],
        ),
        (
            "{S1 A senior police official} {C1 said} {Q1 two men were held}. {S2 Another official} {C2 said} "
            "{Q2 three were held}. {S3 The first official} {C3 declined} {Q3 to give names}.",
            [["A senior police official", "The first official"], ["Another official"]],
        ),
        (
            "{S1 Syria's defence ministry} {C1 said} {Q1 the raid failed}. {S2 The ministry} {C2 added} {Q2 that no one died}.",
            [["Syria's defence ministry", "The ministry"]],
        ),
        (
            "{S1 the port's harbour master, Odile Calder} {C1 said} {Q1 pay was late}. {S2 Calder} {C2 said} {Q2 it was}.",
            [["the port's harbour master, Odile Calder", "Calder"]],
        ),
        (
            "{S1 An official} {C1 said} {Q1 the dam was safe}. {S2 An official} {C2 said} {Q2 it was not}.",
            [["An official"], ["An official"]],
        ),
    ],
)
def test_mentions_join_into_entities(marked: str, expected: list[list[str]]) -> None:
    assert entities(marked) == expected


@pytest.mark.parametrize(
    ("mention", "kind", "named", "ident"),
    [
        ("Defence Minister Ali Kemal", "named_person", True, 4),
        ("the Red Crescent Society", "named_organisation", True, 3),
        ("sources", "anonymous_vague", False, 1),
        ("officials", "anonymous_vague", False, 1),
        ("a diplomat briefed on the talks", "anonymous_specific", False, 2),
        ("Reuters", "news_outlet", True, 3),
        ("state television", "state_media", True, 3),
        ("a statement from the company", "official_statement", True, 3),
        ("a poll by Gallup", "poll_or_data", True, 3),
        ("a court filing", "court_or_record", True, 3),
        ("a post on Telegram", "social_media", False, 2),
        ("the port's harbour master, Odile Calder", "named_person", True, 4),
        ("the ship's owner, Kestrel Bulk Shipping", "named_organisation", True, 3),
    ],
)
def test_source_types(mention: str, kind: str, named: bool, ident: int) -> None:
    assert classify(mention, Rubric.default()) == (kind, named, ident)
    assert kind in SOURCE_TYPES


def test_hedge_is_an_agentless_attribution_and_claims_get_types() -> None:
    doc = parse("The factory reportedly closed in June, workers fear. {S1 The firm} {C1 denied} {Q1 any layoffs}.")
    doc = add_claim_types(add_hedges(doc, Rubric.default()))
    hedge = next(a for a in doc.attributions if a.cues[0].of(doc.text) == "reportedly")
    assert hedge.sources == () and hedge.contents[0].of(doc.text) == "The factory reportedly closed in June"
    assert {a.cues[0].of(doc.text): a.claim_type for a in doc.attributions}["denied"] == "denial"


def test_unattributed_claims_are_listed_apart_from_background() -> None:
    doc = find_unattributed(
        parse(
            "The city lies on a wide river. Militants shelled the market on Sunday, killing 14 people. {S1 Police} {C1 said} {Q1 the road is shut}."
        )
    )
    assert [(u.span.of(doc.text), u.claim_type) for u in doc.unattributed] == [
        ("Militants shelled the market on Sunday, killing 14 people.", "casualty_figure")
    ]


def test_user_rubric_overrides_and_rejects_unknown_keys(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.json"
    path.write_text('{"state_media": ["channel nine"]}', encoding="utf-8")
    assert classify("Channel Nine", Rubric.load(path))[0] == "state_media"
    path.write_text('{"weights_typo": 1}', encoding="utf-8")
    with pytest.raises(RubricError, match="unknown rubric keys weights_typo"):
        Rubric.load(path)


def test_user_rubric_replacing_a_sources_lexicon_changes_types_and_relays(tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc = parse("{S1 An official} {C1 told} Bellwether {Q1 the dam was safe}.")
    default = resolve_sources(doc, Rubric.default())
    assert classify("Bellwether", Rubric.default())[0] != "news_outlet"
    assert default.sources[0].relayed_by == ()
    path = tmp_path / "outlets.json"
    outlets = [*Rubric.default().entries("news_outlets"), "bellwether"]
    path.write_text(json.dumps({"news_outlets": outlets}), encoding="utf-8")
    rubric = Rubric.load(path)
    assert classify("Bellwether", rubric) == ("news_outlet", True, 3)
    [official] = resolve_sources(doc, rubric).sources
    assert [r.of(doc.text) for r in official.relayed_by] == ["Bellwether"] and official.second_hand


def test_no_sources_no_entities() -> None:
    assert resolve_sources(Analysis("Nothing here.")).sources == ()
