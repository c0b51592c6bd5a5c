"""The numbers of the score: read from weights.json into typed Weights, checked, overridable by a rubric file."""

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from claims.rubric import Rubric, RubricError
from claims.scoring.weights import Weights, soft_cap, weights_of

from .test_scoring import first, scored

VAGUE = "{S1 A source} {C1 said} {Q1 that 12 ballot boxes had gone missing in the north}."


def _with(key: str, value: Any) -> Rubric:
    return Rubric({**Rubric.default().data, key: value})


def _caps(**changes: float) -> dict[str, Any]:
    caps = {k: v for k, v in Rubric.default().mapping("caps").items() if not k.startswith("_")}
    return {**caps, **changes}


def test_default_weights_are_typed_and_read_once() -> None:
    w = weights_of(Rubric.default())
    assert isinstance(w, Weights) and weights_of(Rubric.default()) is w
    assert w.caps.G3_vague_anonymous == 45 and w.soft_caps.knee == 0.75
    assert w.bands[0] == (80, "well sourced") and w.bands[-1][0] == 0
    assert (w.corroboration.max_peers, w.article_rules.max_reasons, w.article_rules.weakest_link_claims) == (200, 12, 3)
    # defined for the rules and sources, read from here
    assert w.rule_confidence.hedges == 0.5 and w.rule_confidence.documents == 0.6
    assert (w.extraction.min_statement_words, w.extraction.antecedent_window_chars) == (5, 400)


def test_a_missing_weight_is_an_error_naming_it() -> None:
    caps = _caps()
    del caps["G3_vague_anonymous"]
    with pytest.raises(RubricError, match=r"^rubric: caps: missing 'G3_vague_anonymous'$"):
        weights_of(_with("caps", caps))
    data = dict(Rubric.default().data)
    del data["diversity"]
    with pytest.raises(RubricError, match="missing weight group 'diversity'"):
        weights_of(Rubric(data))


def test_an_unknown_weight_is_an_error_naming_it() -> None:
    with pytest.raises(RubricError, match=r"^rubric: caps: unknown keys G9_made_up \(expected one of G1_"):
        weights_of(_with("caps", _caps(G9_made_up=10)))


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        (
            "corroboration",
            {"min_jaccard": 0.25, "min_shared_words": 2, "min_word_chars": 4, "max_peers": 1.5},
            "corroboration.max_peers: expected an integer, got 1.5",
        ),
        (
            "caps",
            _caps(G1_unattributed_or_agentless=True),
            "caps.G1_unattributed_or_agentless: expected a number, got True",
        ),
        ("bands", [[80, "well sourced"], [0]], "bands[1]: expected a [floor, name] pair, got [0]"),
    ],
)
def test_a_weight_of_the_wrong_kind_is_an_error(key: str, value: Any, message: str) -> None:
    with pytest.raises(RubricError) as error:
        weights_of(_with(key, value))
    assert str(error.value) == f"rubric: {message}"


def test_every_weight_is_documented() -> None:
    raw = json.loads((resources.files("claims") / "data" / "weights.json").read_text(encoding="utf-8"))
    for group, body in raw.items():
        if isinstance(body, dict):
            keys = {k for k in body if not k.startswith("_")}
            assert set(body["_doc"]) == keys, group


def test_overriding_a_cap_in_a_rubric_file_moves_the_score(tmp_path: Path) -> None:
    """G3 caps a vague anonymous source: a lower cap in the user's rubric lowers the claim's score."""
    base = first(scored(VAGUE))
    assert any("G3" in str(r) for r in base.reasons)
    path = tmp_path / "rubric.json"
    path.write_text(json.dumps({"caps": _caps(G3_vague_anonymous=20)}), encoding="utf-8")
    stricter = first(scored(VAGUE, Rubric.load(path)))
    assert stricter.score < base.score
    assert stricter.score <= 20
    assert any(r.rule == "G3" and r.value == 20 for r in stricter.reasons)
    assert "Capped at 20: vague anonymous source" in stricter.summary


def test_soft_cap_knee_comes_from_the_weights() -> None:
    knee = weights_of(Rubric.default()).soft_caps.knee
    assert soft_cap(100, 40) == pytest.approx(40)
    assert soft_cap(knee * 40, 40) == knee * 40
    assert soft_cap(100, 40, knee=0.5) == pytest.approx(40)
    assert soft_cap(30, 40, knee=0.5) < soft_cap(30, 40)
