"""Learned transition scores in the BIO decoder: counted, stored as data, read back, used."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from claims.errors import ModelError
from claims.labels import LABEL2ID, LABELS
from claims.tagger.decode import viterbi
from claims.tagger.predict import Tagger
from claims.tagger.transitions import FILE, Transitions, count, load_transitions, save_transitions
from claims.types import Analysis


def test_bigrams_are_counted_and_smoothed() -> None:
    t = count([["O", "B-CUE", "I-CUE", "O"], ["B-SOURCE", "I-SOURCE", "I-SOURCE", "O"]], "two articles")
    p = np.exp(t.log_probs)
    assert np.allclose(p.sum(axis=1), 1.0)
    assert p[LABEL2ID["B-CUE"], LABEL2ID["I-CUE"]] > p[LABEL2ID["B-CUE"], LABEL2ID["O"]]
    assert p[LABEL2ID["I-SOURCE"], LABEL2ID["I-SOURCE"]] == pytest.approx(2 / (len(LABELS) + 2))
    assert (p > 0).all()  # add-one: an unseen pair is unlikely, never impossible


def test_transitions_change_the_path_only_as_far_as_their_weight() -> None:
    lp = np.log(np.full((3, len(LABELS)), 1e-6, dtype=np.float32))
    lp[:, LABEL2ID["O"]] = np.log(0.5)
    lp[:, LABEL2ID["B-CUE"]] = np.log(0.45)  # alone, each token is slightly more O than a cue
    lp[1:, LABEL2ID["I-CUE"]] = np.log(0.45)
    assert viterbi(lp) == [LABEL2ID["O"]] * 3
    likes_cues = count([["B-CUE", "I-CUE", "I-CUE", "I-CUE", "I-CUE"]] * 50 + [["O", "B-CUE"]] * 50)
    assert viterbi(lp, likes_cues.with_weight(0.0).scores()) == [LABEL2ID["O"]] * 3
    path = viterbi(lp, likes_cues.with_weight(1.0).scores())
    assert [LABELS[i] for i in path][-2:] == ["B-CUE", "I-CUE"]  # the learned O -> B-CUE -> I-CUE wins


def test_the_file_round_trips_and_a_bad_one_is_a_model_error(tmp_path: Path) -> None:
    t = count([["O", "B-CUE", "I-CUE"]], "a test", weight=0.5)
    save_transitions(tmp_path, t)
    back = load_transitions(tmp_path)
    assert back is not None and back.weight == 0.5 and back.counted_on == "a test"
    assert np.allclose(back.log_probs, t.log_probs, atol=1e-5)
    assert load_transitions(tmp_path / "nowhere") is None
    obj = json.loads((tmp_path / FILE).read_text())
    for broken in ({**obj, "labels": obj["labels"][::-1]}, {**obj, "weight": "x"}, {**obj, "weight": -1},
                   {**obj, "log_probs": obj["log_probs"][:3]}, {**obj, "version": 9}, {"version": 1}):  # fmt: skip
        (tmp_path / FILE).write_text(json.dumps(broken))
        with pytest.raises(ModelError, match=FILE):
            load_transitions(tmp_path)
    (tmp_path / FILE).write_text("{not json")
    with pytest.raises(ModelError, match="cannot read"):
        load_transitions(tmp_path)


def test_training_writes_them_and_the_tagger_decodes_with_them(
    tmp_path: Path, tiny_model: Path, articles: list[Analysis]
) -> None:
    t = load_transitions(tiny_model)
    assert t is not None and t.counted_on.endswith("training articles")
    texts = [a.text for a in articles]
    tagger = Tagger.from_pretrained(tiny_model, precision="fp32")
    assert tagger.transitions is not None
    before = tagger.predict(texts)
    assert any(before)
    # transitions that make leaving O all but impossible silence the tagger after the first token
    stay = np.full((len(LABELS), len(LABELS)), -50.0, dtype=np.float32)
    stay[:, LABEL2ID["O"]] = 0.0
    tagger.transitions = Transitions(stay, weight=10.0)
    after = tagger.predict(texts)
    assert sum(map(len, after)) < sum(map(len, before))
    assert all(s.span.start == 0 for spans in after for s in spans)  # no transition leads into token 0
    tagger.save_pretrained(tmp_path / "copy")
    copy = Tagger.from_pretrained(tmp_path / "copy", precision="fp32")
    assert copy.transitions is not None and copy.transitions.weight == 10.0


def test_the_pipeline_setting_reweighs_them(tiny_model: Path) -> None:
    from claims.errors import PipelineError
    from claims.pipeline.registry import make

    for bad in (-1, "0.5", True, 1e9):
        with pytest.raises(PipelineError, match="transition_weight"):
            make("tagger", {"model": str(tiny_model), "transition_weight": bad})
    from claims.pipeline.stage import Context
    from claims.rubric import Rubric

    text = "Maria Lopez said the bridge would reopen in May. The union denied it."
    plain = Tagger.from_pretrained(tiny_model, precision="fp32")
    assert plain.transitions is not None
    outputs = []
    for weight in (0, 50):
        stage = make("tagger", {"model": str(tiny_model), "precision": "fp32", "transition_weight": weight})
        assert stage.run_batch is not None
        (got,) = stage.run_batch([Analysis(text=text)], [Context(text, Rubric.default())], None)
        plain.transitions = plain.transitions.with_weight(weight)
        assert list(got.spans) == plain.predict([text])[0]
        outputs.append(got.spans)
    assert outputs[0] != outputs[1]  # the weight reached the decoder
