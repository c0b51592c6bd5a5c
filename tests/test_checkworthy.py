"""The check-worthiness classifier: training on a tiny set, the file form, the stage, reports, scoring."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from claims.checkworthy.data import read_examples
from claims.checkworthy.model import CheckworthyModel
from claims.cli import main
from claims.errors import DataError, ModelError, PipelineError, SchemaError
from claims.evaluation.metrics import unattributed_prf
from claims.pipeline.registry import make
from claims.schema import from_dict, to_dict
from claims.types import Analysis, Span, Unattributed
from claims.unattributed import find_unattributed

from .conftest import SEED_GOLD, build_tiny_base

CLAIMS = [
    "Troops shelled the village of Arden on Tuesday, killing 14 people.",
    "The company paid 3 million dollars in bribes to two port officials.",
    "Unemployment rose to 7.2 percent in March, the highest in nine years.",
    "Floods destroyed 400 homes in the northern province last week.",
    "The ministry halted payments to 12 contractors in January.",
    "Police arrested 35 protesters outside the parliament on Sunday.",
    "The fire at the depot burned for 19 hours and injured 8 workers.",
    "Prices of bread doubled in 2023 after the mill closed.",
]
OTHERS = [
    "What comes next for the town?",
    "Rain fell softly on the square.",
    "It is a gamble for everyone involved.",
    "Copyright reserved, all rights.",
    "Read more about this story here.",
    "The hearing resumes later.",
    "Is this the end of an era?",
    "Many people love the old market.",
]


def _rows(path: Path) -> Path:
    rows = [{"text": t, "label": 1, "group": f"g{i % 4}"} for i, t in enumerate(CLAIMS)]
    rows += [{"text": t, "label": 0, "group": f"g{i % 4}"} for i, t in enumerate(OTHERS)]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def tiny_classifier(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A classifier trained by the command on 16 sentences over a tiny encoder built here."""
    tmp = tmp_path_factory.mktemp("cw")
    base = build_tiny_base(tmp / "base", CLAIMS + OTHERS)
    out = tmp / "model"
    code = main(["train-checkworthy", "--data", str(_rows(tmp / "s.jsonl")), "--output", str(out),
                 "--encoder", str(base), "--folds", "4", "--c", "1.0", "-q"])  # fmt: skip
    assert code == 0
    return out


def test_training_writes_a_loadable_classifier_that_learns_its_data(tiny_classifier: Path) -> None:
    assert (tiny_classifier / "checkworthy" / "README.md").read_text().startswith("# Check-worthiness classifier")
    model = CheckworthyModel.from_dir(tiny_classifier)
    assert 0.0 < model.threshold < 1.0
    assert model.card["data"]["news"] == {"sentences": 16, "positives": 8}
    p = model.probabilities(CLAIMS + OTHERS)
    assert all(0.0 <= v <= 1.0 for v in p)
    assert np.mean(p[:8]) > np.mean(p[8:]) + 0.2  # the training sentences are separated


def test_a_stage_lists_only_statements_at_or_above_the_threshold() -> None:
    text = "The army shelled Arden on Tuesday and killed 14 people. Rain fell on the square all day long."

    def scorer(article: str, spans: Sequence[Span]) -> list[float]:
        return [0.9 if "killed" in s.of(article) else 0.2 for s in spans]

    found = find_unattributed(Analysis(text=text), scorer=scorer, threshold=0.5).unattributed
    assert [(u.span.of(text), u.checkworthiness) for u in found] == [(text.split(". ")[0] + ".", 0.9)]
    assert find_unattributed(Analysis(text=text), scorer=scorer, threshold=0.1).unattributed[1].checkworthiness == 0.2


def test_the_stage_reads_its_classifier_and_threshold(tiny_classifier: Path) -> None:
    stage = make("unattributed", {"classifier": str(tiny_classifier), "threshold": 0.0})
    assert stage.name == "unattributed"
    with pytest.raises(PipelineError, match="threshold"):
        make("unattributed", {"classifier": str(tiny_classifier), "threshold": 1.5})
    with pytest.raises(ModelError, match="no check-worthiness classifier"):
        make("unattributed", {"classifier": str(tiny_classifier / "nothing")})
    with pytest.raises(PipelineError, match="precision must be auto, fp32, bf16 or int8, not 'fp8'"):
        make("unattributed", {"classifier": str(tiny_classifier), "precision": "fp8"})


def test_the_encoders_precision_is_a_choice_of_the_run_not_of_the_file(tiny_classifier: Path) -> None:
    from dataclasses import replace

    model = CheckworthyModel.from_dir(tiny_classifier)
    assert model.precision == "fp32" and "precision" not in model.to_json()
    texts = ["Shelling killed 40 people in the town on Sunday.", "Rain fell on the square."]
    fp32, bf16 = model.probabilities(texts), replace(model, precision="bf16").probabilities(texts)
    assert bf16 == pytest.approx(fp32, abs=0.05)  # bf16 moves the vector a little, never the meaning


def test_a_malformed_classifier_file_is_a_model_error(tmp_path: Path, tiny_classifier: Path) -> None:
    obj = json.loads((tiny_classifier / "checkworthy" / "classifier.json").read_text())
    (tmp_path / "classifier.json").write_text(json.dumps({**obj, "scale": [0.0] * len(obj["scale"])}))
    with pytest.raises(ModelError, match="zero scale"):
        CheckworthyModel.from_dir(tmp_path)
    (tmp_path / "classifier.json").write_text(json.dumps({k: v for k, v in obj.items() if k != "coef"}))
    with pytest.raises(ModelError, match="malformed"):
        CheckworthyModel.from_dir(tmp_path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.json", '[{"text": "x", "label": 2}]', "label must be 0 or 1"),
        ("a.csv", "text,label\nx,1\n", "lacks the column"),
        ("a.txt", "x", "unknown format"),
        ("a.jsonl", '{"text": "", "label": 1}', "non-empty string"),
        ("a.jsonl", '{"id": "x", "paragraphs": [[{"text": "A b.", "label": ["claim"]}]]}', "a label claim"),
        ("a.jsonl", '{"id": "x", "paragraphs": [[{"text": "A b.", "label": "not", "part": "A"}]]}', "attributed"),
    ],
)
def test_bad_training_data_is_one_line_and_exit_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str, message: str
) -> None:
    (tmp_path / name).write_text(content)
    assert main(["train-checkworthy", "--data", str(tmp_path / name), "--output", str(tmp_path / "m"), "-q"]) == 3
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "m").exists()


def test_news_articles_give_sentences_and_unattributed_parts(tmp_path: Path) -> None:
    row = {"id": "n1", "style": "wire", "paragraphs": [
        [{"text": "Who pays?", "label": "not", "kind": "question"}],
        [{"text": "Shelling killed 12 people, the army said.", "label": "attributed", "kind": "quote",
          "part": "Shelling killed 12 people"},
         {"text": "The army said it fired first.", "label": "attributed", "kind": "quote"}]]}  # fmt: skip
    (tmp_path / "n.jsonl").write_text(json.dumps(row) + "\n")
    got = [(e.text, e.label, e.group) for e in read_examples(tmp_path / "n.jsonl")]
    assert got == [
        ("Who pays?", 0, "n1"),
        ("Shelling killed 12 people", 1, "n1"),
        ("The army said it fired first.", 0, "n1"),
    ]


def test_checkworthiness_round_trips_and_is_checked() -> None:
    text = "Troops shelled the village on Tuesday."
    a = Analysis(text=text, unattributed=(Unattributed(Span(0, len(text)), "event", checkworthiness=0.83),))
    d = to_dict(a)
    assert d["unattributed"][0]["checkworthiness"] == 0.83
    assert from_dict(d) == a
    d["unattributed"][0]["checkworthiness"] = 1.2
    with pytest.raises(SchemaError, match=r"unattributed\[0\].*probability"):
        from_dict(d)


def test_unattributed_prf_matches_one_to_one_by_overlap() -> None:
    text = "A b c. D e f. G h i."
    gold = Analysis(text=text, unattributed=(Unattributed(Span(0, 6)), Unattributed(Span(7, 13))))
    pred = Analysis(
        text=text, unattributed=(Unattributed(Span(0, 3)), Unattributed(Span(2, 6)), Unattributed(Span(14, 20)))
    )
    res = unattributed_prf([(pred, gold)])
    assert res is not None and (res.tp, res.n_pred, res.n_gold) == (1, 3, 2)
    assert unattributed_prf([(pred, replace(gold, unattributed=()))]) is None


def test_the_seed_lists_its_claims_and_leaves_out_question_and_copyright() -> None:
    from claims.formats.jsonl import read_jsonl

    from .golden_path import gold_span_analyzer

    doc = read_jsonl(SEED_GOLD)[0]
    text = doc.text
    listed = [u.span.of(text) for u in gold_span_analyzer()(doc).unattributed]
    assert any("Pentagon" in u and "halted assistance" in u for u in listed)
    assert any("hundreds of thousands" in u for u in listed)
    assert not any("Who Is Winning" in u or "Copyright" in u for u in listed)


@pytest.mark.xfail(
    strict=True,
    reason="the classifier on the tagger's encoder gives the seed's 2011 background sentence 0.49, over its "
    "threshold of 0.41 (our guidelines: settled background is not check-worthy); the previous classifier gave it "
    "0.245 but was worse on the held-out news as a whole (eval/checkworthy/report.md)",
)
def test_the_seed_leaves_out_its_plain_background() -> None:
    from claims.formats.jsonl import read_jsonl

    from .golden_path import gold_span_analyzer

    doc = read_jsonl(SEED_GOLD)[0]
    listed = [u.span.of(doc.text) for u in gold_span_analyzer()(doc).unattributed]
    assert not any(u.startswith("Various insurgent groups") for u in listed)


def test_reports_rank_unattributed_claims_by_checkworthiness() -> None:
    from claims.evaluation.render import to_markdown
    from claims.evaluation.report import evaluate
    from claims.report.html import render_html
    from claims.report.text import render_text

    text = "Rain fell on the square all day. Troops shelled the village and killed 14 people."
    low, high = (
        Unattributed(Span(0, 32), "event", checkworthiness=0.41),
        Unattributed(Span(33, len(text)), "casualty_figure", checkworthiness=0.93),
    )
    a = Analysis(text=text, id="t", unattributed=(low, high))
    report = render_text(a, width=200)
    assert report.index("U2. Troops") < report.index("U1. Rain")
    assert "(check-worthiness 0.93, casualty figure)" in report
    page = render_html(a)
    listed = page.split('class="un-list"', 1)[1]
    assert listed.index("0.93</span> Troops") < listed.index("0.41</span> Rain") and "check-worthiness 0.93" in page
    md = to_markdown(evaluate([a], [replace(a, unattributed=(high,))]))
    assert "| 1 | 2 | 50.0 | 100.0 | **66.7** |" in md


def test_a1_coverage_weighs_an_unattributed_claim_by_its_checkworthiness() -> None:
    from claims.rubric import Rubric
    from claims.scoring.article import score_article
    from claims.scoring.claim import score_claims
    from claims.scoring.facts import article_facts

    from .golden_path import gold_span_analyzer
    from .markup import parse

    doc = parse("{S1 Maria Lopez} {C1 said} {Q1 the bridge would reopen in May}. Troops shelled the village at dawn.")
    base = gold_span_analyzer()(doc)
    rubric, end = Rubric.default(), len(doc.text)
    coverage = []
    for p in (0.9, 0.4):
        a = replace(base, unattributed=(Unattributed(Span(end - 33, end), "event", checkworthiness=p),))
        a = score_claims(a, rubric, article_facts(a, rubric))
        a = score_article(a, rubric, article_facts(a, rubric))
        assert a.score is not None
        coverage.append(a.score.profile["A1_coverage"])
    assert coverage[1] > coverage[0]


def test_context_marks_the_headline_the_lede_and_the_place_in_the_article() -> None:
    from claims.checkworthy.features import context_features
    from claims.text import headline

    text = "Floods hit the north\nRivers burst their banks on Monday. Roads closed.\nThe rain stopped."
    spans = [Span(0, 20), Span(21, 56), Span(57, 70), Span(71, len(text))]
    assert headline(text) == spans[0]
    rows = context_features(text, spans).tolist()
    assert [r[:3] for r in rows] == [[1, 1, 0], [1, 0, 1], [1, 0, 0], [1, 0, 0]]
    assert rows[0][3] == 0 and rows[-1][3] == 1
    assert headline("One paragraph only.") is None
    assert headline("A first line that ends in a full stop.\nBody.") is None


def test_a_bad_checkworthy_threshold_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", "--checkworthy-threshold", "1.5", str(SEED_GOLD)]) == 64
    err = capsys.readouterr().err
    assert "--checkworthy-threshold takes a number from 0 to 1" in err and err.count("\n") == 1


def test_the_feature_cache_is_reused_and_gives_the_same_classifier(tmp_path: Path) -> None:
    base = build_tiny_base(tmp_path / "base", CLAIMS + OTHERS)
    data = _rows(tmp_path / "s.jsonl")
    args = ["train-checkworthy", "--data", str(data), "--encoder", str(base), "--folds", "4", "-q"]
    assert main([*args, "--output", str(tmp_path / "m1"), "--cache", str(tmp_path / "cache")]) == 0
    assert sorted(p.name.split("-")[1] for p in (tmp_path / "cache").iterdir()) == ["cheap", "vectors"]
    assert main([*args, "--output", str(tmp_path / "m2"), "--cache", str(tmp_path / "cache")]) == 0
    one, two = (json.loads((tmp_path / m / "checkworthy" / "classifier.json").read_text()) for m in ("m1", "m2"))
    assert one["coef"] == two["coef"] and one["threshold"] == two["threshold"]


def test_checkthat_rows_keep_quoted_line_breaks_and_name_their_line(tmp_path: Path) -> None:
    path = tmp_path / "ct.csv"
    path.write_text('line_number,speaker,text,label,file_name\n1,A,"two\nlines",1,d1\n2,B,one,x,d1\n')
    with pytest.raises(DataError, match=r"ct.csv:4: label"):
        read_examples(path)
    path.write_text('line_number,speaker,text,label,file_name\n1,A,"two\nlines",1,d1\n')
    assert read_examples(path)[0].text == "two\nlines"


def test_casualty_figures_are_listed_by_default_whatever_the_pipeline_file(tiny_classifier: Path) -> None:
    from claims.pipeline.stage import Context
    from claims.rubric import Rubric

    text = "Shelling killed 40 people in the town on Sunday. Rain fell on the square for most of the day."
    stage = make("unattributed", {"classifier": str(tiny_classifier), "threshold": 1.0})
    assert stage.run_batch is not None
    (listed,) = stage.run_batch([Analysis(text=text)], [Context(text, Rubric.default())], None)
    assert [u.claim_type for u in listed.unattributed] == ["casualty_figure"]
    stage = make("unattributed", {"classifier": str(tiny_classifier), "threshold": 1.0, "always_list": []})
    assert stage.run_batch is not None
    assert stage.run_batch([Analysis(text=text)], [Context(text, Rubric.default())], None)[0].unattributed == ()


def test_the_stage_scores_many_articles_as_each_alone(tiny_classifier: Path) -> None:
    """Batched across articles, every candidate gets the probability it gets in its article alone."""
    from claims.pipeline.stage import Context
    from claims.rubric import Rubric

    texts = [
        "Shelling killed 40 people in the town on Sunday. Rain fell on the square for most of the day.",
        "Prices rose 12 percent last year, the fastest rise in a decade.",
        "Nothing here.",
        "The ministry spent $3 billion on roads. Officials said the money was well spent.",
    ]
    stage = make("unattributed", {"classifier": str(tiny_classifier), "threshold": 0.0, "precision": "fp32"})
    assert stage.run_batch is not None
    together = stage.run_batch([Analysis(text=t) for t in texts], [Context(t, Rubric.default()) for t in texts], None)
    for text, got in zip(texts, together, strict=True):
        (alone,) = stage.run_batch([Analysis(text=text)], [Context(text, Rubric.default())], None)
        assert [u.span for u in got.unattributed] == [u.span for u in alone.unattributed]
        for a, b in zip(got.unattributed, alone.unattributed, strict=True):
            assert a.checkworthiness == b.checkworthiness  # each vector is the same in any batch
    assert sum(len(a.unattributed) for a in together) >= 4


def test_the_taggers_encoder_travels_with_its_model_directory_and_a_retrained_tagger_is_refused(
    tmp_path: Path, tiny_model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    from safetensors.torch import load_file, save_file

    model_dir = tmp_path / "model"
    shutil.copytree(tiny_model, model_dir)
    data = _rows(tmp_path / "s.jsonl")
    args = ["train-checkworthy", "--data", str(data), "--encoder", "tagger", "--folds", "4", "--c", "1.0", "-q"]
    assert main([*args, "--output", str(model_dir)]) == 0
    obj = json.loads((model_dir / "checkworthy" / "classifier.json").read_text())
    assert obj["encoder"] == "tagger" and len(obj["tagger"]) == 16  # no path in the file: it moves with the folder
    assert f"tagger fingerprint `{obj['tagger']}`" in (model_dir / "checkworthy" / "README.md").read_text()
    moved = tmp_path / "moved"
    model_dir.rename(moved)
    model = CheckworthyModel.from_dir(moved)
    assert model.encoder_path == str(moved)
    p = model.probabilities(CLAIMS + OTHERS)
    assert np.mean(p[:8]) > np.mean(p[8:])
    weights = moved / "model.safetensors"
    state = load_file(str(weights))
    state["classifier.weight"] = state["classifier.weight"] + 0.5  # the tagger retrained
    save_file(state, str(weights), metadata={"format": "pt"})
    with pytest.raises(ModelError, match="another tagger's encoder"):
        CheckworthyModel.from_dir(moved)
    del obj["tagger"]
    with pytest.raises(ModelError, match="without the fingerprint"):
        CheckworthyModel.from_json(obj)
    capsys.readouterr()
    assert main([*args, "--output", str(tmp_path / "empty")]) != 0  # no tagger there to read
    err = capsys.readouterr().err
    assert "no tagger output layer" in err and err.count("\n") == 1


def test_an_act_the_article_reports_itself_leaves_its_sentence_a_whole_candidate() -> None:
    from claims.types import Attribution
    from claims.unattributed import candidates

    text = "The Pentagon, which has backed the rebels for years, halted all aid to them in March."
    source, cue, content = Span(0, 19), Span(20, 30), Span(31, 51)  # "The Pentagon, which", "has backed", ...
    for relation, whole in (("action", True), ("naming", True), ("assertion", False), ("belief", False)):
        attribution = Attribution(
            "a1", (cue,), (content,), (source,), relation=relation, is_claim=relation == "assertion"
        )
        found = [s.of(text) for s in candidates(Analysis(text=text, attributions=(attribution,)))]
        assert (found == [text]) is whole, (relation, found)
        assert whole or found == ["halted all aid to them in March."], (relation, found)


@pytest.mark.parametrize("precision", ["fp32", "bf16"])
def test_a_texts_vector_does_not_depend_on_its_batch(tmp_path: Path, precision: str) -> None:
    from claims.checkworthy.features import Encoder

    base = build_tiny_base(tmp_path / "base", CLAIMS + OTHERS)
    encoder = Encoder(str(base), precision)
    texts = [CLAIMS[0], OTHERS[1], " ".join(CLAIMS)]  # a short, a shorter and a long text: the widths differ
    alone = np.vstack([encoder.encode([t]) for t in texts])
    assert np.array_equal(encoder.encode(texts), alone)  # Ray and local batch articles differently
    assert np.array_equal(encoder.encode(texts[::-1])[::-1], alone)
    crowd = encoder.encode([*texts, *[CLAIMS[0]] * 40])  # more of one width than a batch holds
    assert np.array_equal(crowd[:3], alone) and all(np.array_equal(row, alone[0]) for row in crowd[3:])


def test_a_tagger_is_named_tagger_and_found_beside_the_classifier_however_it_is_stored(
    tmp_path: Path, tiny_model: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from safetensors.torch import load_file, save_file

    model_dir = tmp_path / "model"
    shutil.copytree(tiny_model, model_dir)
    data = _rows(tmp_path / "s.jsonl")
    args = ["train-checkworthy", "--data", str(data), "--folds", "4", "-q", "--output", str(model_dir)]
    assert main([*args, "--encoder", str(model_dir)]) != 0  # a path to a tagger keeps no fingerprint
    assert "is a claims tagger: name it 'tagger'" in capsys.readouterr().err
    assert main([*args, "--encoder", "tagger"]) == 0
    fingerprint = CheckworthyModel.from_dir(model_dir).tagger
    monkeypatch.chdir(model_dir / "checkworthy")  # the classifier's own folder, named as "."
    assert CheckworthyModel.from_dir(".").encoder_path == str(model_dir)
    state = load_file(str(model_dir / "model.safetensors"))  # the same weights in two shards, with their index
    names = sorted(state)
    halves = {"model-00001-of-00002.safetensors": names[::2], "model-00002-of-00002.safetensors": names[1::2]}
    for shard, keys in halves.items():
        save_file({k: state[k] for k in keys}, str(model_dir / shard), metadata={"format": "pt"})
    index = {"metadata": {}, "weight_map": {k: shard for shard, keys in halves.items() for k in keys}}
    (model_dir / "model.safetensors.index.json").write_text(json.dumps(index))
    (model_dir / "model.safetensors").unlink()
    assert CheckworthyModel.from_dir(model_dir).tagger == fingerprint
    (model_dir / index["weight_map"]["classifier.weight"]).unlink()  # the shard with the output layer is gone
    with pytest.raises(ModelError, match="there is none"):
        CheckworthyModel.from_dir(model_dir)


def test_a_statements_cheap_features_come_from_its_articles_parse_as_from_the_statement_alone() -> None:
    """Read from the article's parse, a statement has the features the classifier learned from sentences alone."""
    from claims.checkworthy.features import CHEAP, FeatureWords, cheap_features, parse_sentences, span_features
    from claims.nlp import DEFAULT_PARSER, ArticleParse, entities_many, parse_many

    text = (
        "Police in London arrested 35 protesters on Sunday.\n\n"
        "We will not stop, said Marie Dubois, who leads the union. "
        "Prices may rise again, the fastest rise in years."
    )
    we = text.index("We")
    spans = [Span(0, 50), Span(text.index("Prices"), len(text)), Span(we, we + len("We will not stop"))]
    words = FeatureWords(hedges=frozenset({"may"}), quantities=frozenset())
    article = ArticleParse(text, DEFAULT_PARSER)
    parse_many([(article, spans)])
    entities_many([(article, spans)])
    got = span_features(article, spans, words)
    alone = cheap_features(parse_sentences([s.of(text) for s in spans], DEFAULT_PARSER), words)
    assert got.tolist() == alone.tolist()
    row = dict(zip(CHEAP, got[1], strict=True))
    assert row["person"] == 0.0  # Marie Dubois is in the article, not in this statement
    assert (row["modal"], row["hedge"], row["superlative"]) == (1.0, 1.0, 1.0)
    first = dict(zip(CHEAP, got[0], strict=True))
    assert (first["number"], first["place"], first["date"], first["past"]) == (1.0, 1.0, 1.0, 1.0)
    clause = dict(zip(CHEAP, got[2], strict=True))  # a clause of a sentence that names Marie Dubois
    assert (clause["person"], clause["first_second_person"], clause["modal"]) == (0.0, 1.0, 1.0)
