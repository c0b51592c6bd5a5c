"""The score moves only the intended way (articles we wrote), and the seed article's verdict."""

import pytest

from claims.claimtypes import add_claim_types
from claims.io import read_article
from claims.pipeline import default_model_path, load
from claims.rubric import Rubric
from claims.scoring.article import score_article
from claims.scoring.claim import score_claims
from claims.scoring.facts import article_facts
from claims.scoring.reasons import as_reason
from claims.scoring.weights import weights_of
from claims.sources.entities import resolve_sources
from claims.types import Analysis
from claims.unattributed import find_unattributed

from .conftest import SEED_TXT
from .markup import parse

TEMPLATES = [
    "{S1 SOURCE} {C1 said} {Q1 the factory had dumped 40 tonnes of waste into the river}. The river runs through the town.",
    "The vote was held on Sunday. {S1 SOURCE} {C1 said} {Q1 that 12 ballot boxes had gone missing in the north}.",
    "{S1 SOURCE} {C1 said} {Q1 that three hospitals had closed their emergency wards}.\nThe region has two million people.",
]
NAMED = "Health Minister Ana Ruiz"
INTERESTED = "Opposition leader Ana Ruiz"  # a party to the story: "claimed" is fair framing


def scored(marked: str, rubric: Rubric | None = None) -> Analysis:
    rubric = rubric or Rubric.default()
    doc = resolve_sources(add_claim_types(parse(marked), rubric), rubric)
    return score_article(score_claims(find_unattributed(doc, rubric), rubric), rubric)


def first(doc: Analysis):  # type: ignore[no-untyped-def]
    a = doc.attributions[0].assessment
    assert a is not None
    return a


@pytest.mark.parametrize("template", TEMPLATES)
def test_anonymising_the_source_lowers_identifiability_and_score(template: str) -> None:
    named, anon = scored(template.replace("SOURCE", NAMED)), scored(template.replace("SOURCE", "A source"))
    assert first(anon).features["F2_identifiability"] < first(named).features["F2_identifiability"]
    assert first(anon).score < first(named).score
    assert anon.score.value < named.score.value  # type: ignore[union-attr]


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("source", [NAMED, INTERESTED])
def test_said_to_claimed_changes_only_writer_commitment(template: str, source: str) -> None:
    """Only F7 changes; the score moves only when the D1 consistency rule fires (no stake, undisputed)."""
    said = scored(template.replace("SOURCE", source))
    claimed = scored(template.replace("SOURCE", source).replace("{C1 said}", "{C1 claimed}"))
    a, b = dict(first(said).features), dict(first(claimed).features)
    assert a.pop("F7_commitment") == "neutral" and b.pop("F7_commitment") == "distancing"
    assert a == b
    no_stake = a["F4_independence"] >= 2
    assert no_stake == (source == NAMED)
    penalty = weights_of(Rubric.default()).caps.D1_unwarranted_doubt_penalty if no_stake else 0
    assert first(said).score - first(claimed).score == pytest.approx(penalty)
    assert any(as_reason(r).rule == "D1" for r in first(claimed).reasons) == no_stake


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize(
    "addition",
    [" The figures could not be independently verified.", " The count was based on records seen by this newspaper."],
)
def test_disclosure_or_method_raises_support(template: str, addition: str) -> None:
    base = template.replace("SOURCE", "The mayor's office")
    plain, disclosed = scored(base), scored(base.replace("}.", "}." + addition, 1))
    assert first(disclosed).features["F6_transparency"] > first(plain).features["F6_transparency"]
    assert first(disclosed).score > first(plain).score


@pytest.mark.parametrize("template", TEMPLATES)
def test_independent_corroboration_raises_corroboration_and_article_score(template: str) -> None:
    base = template.replace("SOURCE", "The mayor's office")
    content = base[base.index("{Q1 ") + 4 : base.index("}", base.index("{Q1 "))]
    extra = f"\n{{S2 Inspectors from the United Nations}} {{C2 said}} {{Q2 {content}}}."
    alone, backed = scored(base), scored(base + extra)
    assert first(backed).features["F5_corroboration"] > first(alone).features["F5_corroboration"]
    assert backed.score.value > alone.score.value  # type: ignore[union-attr]


@pytest.mark.parametrize("template", TEMPLATES)
def test_removing_the_attribution_triggers_the_cap(template: str) -> None:
    sourced = scored(template.replace("SOURCE", NAMED))
    bare = scored(
        template.replace("{S1 SOURCE} {C1 said} {Q1 that ", "")
        .replace("{S1 SOURCE} {C1 said} {Q1 ", "")
        .replace("}", "", 1)
    )
    caps = [
        r
        for u in bare.unattributed
        for r in (u.assessment.reasons if u.assessment else ())
        if as_reason(r).rule == "G1"
    ]
    assert caps and bare.score.value < sourced.score.value  # type: ignore[union-attr]


@pytest.mark.skipif(not (default_model_path() / "config.json").is_file(), reason="no default model")
def test_seed_article_is_thinly_or_poorly_sourced_for_the_right_reasons() -> None:
    analysis = load().analyze(read_article(SEED_TXT))
    assert analysis.score is not None and analysis.score.band in {"thinly sourced", "poorly sourced"}
    reasons = " ".join(map(str, analysis.score.reasons + analysis.score.warnings))
    assert "G4" in reasons and "interested party" in reasons  # casualty figure, no method or corroboration
    assert "F2 2: anonymous but specifically described" in reasons and "relayed through another outlet" in reasons
    assert "state media of a party" in reasons
    assert "agentless hedge" in reasons
    assert "no independent source" in reasons


def test_every_validation_pair_is_ordered() -> None:
    """eval/scoring/pairs.jsonl: the better-sourced version of each story scores higher."""
    import json

    from .conftest import ROOT

    pairs = [json.loads(line) for line in (ROOT / "eval" / "scoring" / "pairs.jsonl").read_text().splitlines() if line]
    scored_pairs = list(load(default_model_path()).analyze_many([t for p in pairs for t in (p["better"], p["worse"])]))
    wrong = [
        p["id"]
        for i, p in enumerate(pairs)
        if scored_pairs[2 * i].score.value <= scored_pairs[2 * i + 1].score.value  # type: ignore[union-attr]
    ]
    assert len(pairs) >= 25 and wrong == sorted(KNOWN_MISORDERED)


# Pairs the shipped pipeline gets wrong, with why; one that comes right must leave this list.
KNOWN_MISORDERED: dict[str, str] = {}  # none since the classifier reads the tagger's encoder (pair-14 came right)


def test_reasons_are_typed_and_round_trip_through_json() -> None:
    """Assessments carry Reason values (rule, value, reference); the JSON holds their texts and reads them back."""
    from claims.schema import from_dict, to_dict
    from claims.types import Reason

    typed = scored(TEMPLATES[1].replace("SOURCE", "A source"))
    assert typed.score is not None
    reasons = first(typed).reasons
    assert all(isinstance(r, Reason) for r in (*reasons, *typed.score.reasons, *typed.score.warnings))
    assert any((r.rule == "G3" and r.value == 25) or r.rule == "G3" for r in reasons)
    back = from_dict(to_dict(typed))
    again = back.attributions[0].assessment
    assert again is not None and [str(r) for r in again.reasons] == [str(r) for r in reasons]
    assert [r.rule for r in again.reasons] == [r.rule for r in reasons]


def test_facts_given_or_computed_give_the_same_scores() -> None:
    doc = resolve_sources(add_claim_types(parse(TEMPLATES[0].replace("SOURCE", NAMED))))
    rubric = Rubric.default()
    doc = find_unattributed(doc, rubric)
    facts = article_facts(doc, rubric)
    once = score_article(score_claims(doc, rubric, facts), rubric, facts)
    assert once == score_article(score_claims(doc, rubric), rubric)
