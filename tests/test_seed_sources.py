"""Issue 'who said it' on the seed article, end to end with the shipped default model."""

import pytest

from claims.io import read_article
from claims.pipeline import default_model_path, load
from claims.types import Analysis, Attribution

from .conftest import SEED_TXT

pytestmark = pytest.mark.skipif(not (default_model_path() / "config.json").is_file(), reason="no default model")


@pytest.fixture(scope="module")
def seed() -> Analysis:
    return load().analyze(read_article(SEED_TXT))


def by_cue(doc: Analysis, cue: str) -> Attribution:
    return next(a for a in doc.attributions if any(c.of(doc.text) == cue for c in a.cues))


def test_the_military_official_is_one_anonymous_entity_relayed_by_reuters(seed: Analysis) -> None:
    ent = next(e for e in seed.sources if e.name == "an unnamed Syrian military official")
    assert {m.of(seed.text) for m in ent.mentions} >= {
        "an unnamed Syrian military official",
        "The Syrian military source",
    }
    assert ent.type == "anonymous_specific" and not ent.named and ent.second_hand
    assert [r.of(seed.text) for r in ent.relayed_by] == ["Reuters"]


def test_opposition_statement_state_media_denial_and_hedge(seed: Analysis) -> None:
    entities = {e.id: e for e in seed.sources}
    claimed = by_cue(seed, "claimed")
    assert entities[claimed.source_entity or ""].type == "official_statement"
    assert entities[claimed.source_entity or ""].side == "opposition" and claimed.claim_type == "casualty_figure"
    reported = by_cue(seed, "reported")
    assert entities[reported.source_entity or ""].type == "state_media"
    denied = by_cue(seed, "has denied")
    assert denied.claim_type == "denial" and entities[denied.source_entity or ""].type == "named_organisation"
    hedge = by_cue(seed, "reportedly")
    assert hedge.sources == () and hedge.source_entity is None


def test_pentagon_and_death_toll_sentences_are_unattributed(seed: Analysis) -> None:
    flagged = [u.span.of(seed.text) for u in seed.unattributed]
    assert any("recently halted assistance to rebels" in f for f in flagged)
    assert any("killed hundreds of thousands" in f for f in flagged)
