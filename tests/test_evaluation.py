import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seqeval.metrics import classification_report

from claims.cli import main
from claims.evaluation.metrics import attribution_prf, span_prf
from claims.evaluation.render import to_html, to_markdown
from claims.evaluation.report import evaluate, plots
from claims.evaluation.slices import slice_report, source_type_accuracy, token_confusion, token_labels
from claims.formats.jsonl import write_jsonl
from claims.labels import LABELS, tags_to_spans
from claims.types import Analysis, Attribution, Role, SourceEntity, Span

from .markup import parse

GOLD = parse("{S1 Maria Lopez} {C1 said} {Q1 the bridge is safe}. {S2 The union} {C2 denied} {Q2 it}.")
PRED = parse("{S1 Maria Lopez} {C1 said} {Q1 the bridge is safe.} The union {C2 denied} {Q2 it}.")


def f1(prf: object) -> tuple[float, float, float]:
    return (round(prf.precision, 2), round(prf.recall, 2), round(prf.f1, 2))  # type: ignore[attr-defined]


def test_hand_computed_span_scores() -> None:
    assert GOLD.text == PRED.text
    assert f1(span_prf(PRED, GOLD, Role.SOURCE, "exact")) == (100.0, 50.0, 66.67)
    assert f1(span_prf(PRED, GOLD, Role.CUE, "exact")) == (100.0, 100.0, 100.0)
    assert f1(span_prf(PRED, GOLD, Role.CONTENT, "exact")) == (50.0, 50.0, 50.0)  # the full stop
    assert f1(span_prf(PRED, GOLD, Role.CONTENT, "overlap")) == (100.0, 100.0, 100.0)
    assert f1(span_prf(PRED, GOLD, Role.CONTENT, "begin")) == (100.0, 100.0, 100.0)
    # Jaccard: (18/19 + 1) / 2 matched spans
    assert f1(span_prf(PRED, GOLD, Role.CONTENT, "jaccard")) == (97.37, 97.37, 97.37)


def test_hand_computed_attribution_scores() -> None:
    # Lopez matches (content Jaccard 18/19); the union's denial lost its source, so it does not
    assert f1(attribution_prf(PRED, GOLD, "overlap")) == (50.0, 50.0, 50.0)
    assert f1(attribution_prf(PRED, GOLD, "exact")) == (0.0, 0.0, 0.0)


def test_matching_is_one_to_one() -> None:
    gold = parse("{S1 Ann} {C1 said} {Q1 alpha} and {S2 Bo} {C2 said} {Q2 beta}.")
    pred = parse("{S1 Ann} {C1 said} {Q1 alpha and Bo said beta}.")
    assert f1(span_prf(pred, gold, Role.CONTENT, "overlap")) == (100.0, 50.0, 66.67)  # one prediction, one match


def test_whitespace_is_trimmed_before_exact_match() -> None:
    gold = parse("{S1 Ann} {C1 said} {Q1 it was late}.")
    pred = parse("{S1 Ann }{C1 said} {Q1 it was late}.")
    assert f1(span_prf(pred, gold, Role.SOURCE, "exact")) == (100.0, 100.0, 100.0)


ROLES = [r.value for r in Role]
tag_lists = st.lists(st.sampled_from(LABELS), min_size=1, max_size=30)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(tag_lists, st.randoms()), min_size=1, max_size=4))
def test_exact_span_scores_agree_with_seqeval(docs: list[tuple[list[str], object]]) -> None:
    """On BIO sequences our exact-match P/R/F1 equals seqeval's (default, conlleval-style) chunking."""
    gold_docs: list[Analysis] = []
    pred_docs: list[Analysis] = []
    gold_seqs: list[list[str]] = []
    pred_seqs: list[list[str]] = []
    for gold_tags, rnd in docs:
        pred_tags = [t if rnd.random() < 0.6 else rnd.choice(LABELS) for t in gold_tags]  # type: ignore[attr-defined]
        text = " ".join(f"w{i}" for i in range(len(gold_tags)))
        offsets, pos = [], 0
        for word in text.split(" "):
            offsets.append((pos, pos + len(word)))
            pos += len(word) + 1
        for tags, out, seqs in ((gold_tags, gold_docs, gold_seqs), (pred_tags, pred_docs, pred_seqs)):
            spans = tags_to_spans(offsets, tags)
            attrs = [
                Attribution(
                    id=f"a{i}",
                    cues=(s,) if r is Role.CUE else (),
                    contents=(s,) if r is Role.CONTENT else (),
                    sources=(s,) if r is Role.SOURCE else (),
                )
                for i, (r, s) in enumerate(spans)
            ]
            out.append(Analysis(text=text, attributions=tuple(attrs)))
            seqs.append(tags)
    ours = {r: [0.0, 0, 0] for r in Role}
    for p, g in zip(pred_docs, gold_docs, strict=True):
        for r in Role:
            prf = span_prf(p, g, r, "exact")
            ours[r] = [ours[r][0] + prf.tp, ours[r][1] + prf.n_pred, ours[r][2] + prf.n_gold]
    theirs = classification_report(gold_seqs, pred_seqs, output_dict=True, zero_division=0)
    for r in Role:
        tp, n_pred, n_gold = ours[r]
        row = theirs.get(r.value)
        if row is None:  # seqeval lists a type only when gold or prediction has it
            assert n_gold == n_pred == 0
            continue
        assert row["support"] == n_gold
        assert row["recall"] == pytest.approx(tp / n_gold if n_gold else 0.0)
        assert row["precision"] == pytest.approx(tp / n_pred if n_pred else 0.0)


def test_slices_pick_the_right_attributions() -> None:
    gold = parse(
        '{S1 Ann} {C1 said}: "{Q1 We will win}." {S2 He} {C2 added} {Q2 that the vote}, {C2 he said}, {Q2 was fair}. '
        "{Q3 Prices will rise}, {C3 reportedly}."
    )
    pred = parse(
        '{S1 Ann} {C1 said}: "{Q1 We will win}." He {C2 added} {Q2 that the vote}, he said, was fair. '
        "Prices will rise, reportedly."
    )
    report = slice_report([pred], [gold])
    assert report["quoted content"]["gold"] == 0  # the quotation marks sit outside the content here
    assert report["pronoun source"]["gold"] == 1 and report["pronoun source"]["predicted"] == 0
    assert report["discontinuous content"]["gold"] == 1
    assert report["no source"]["gold"] == 1 and report["no source"]["attribution_overlap"]["recall"] == 0.0
    assert report["unquoted content"]["attribution_overlap"]["tp"] == 1  # Ann's claim is found


def test_token_confusion_by_hand() -> None:
    gold = parse("{S1 Ann} {C1 said} {Q1 rain fell}.")
    pred = parse("{Q1 Ann said rain} fell.")
    assert token_labels(gold) == ["SOURCE", "CUE", "CONTENT", "CONTENT", "O"]
    matrix = token_confusion([pred], [gold])  # rows gold O, SOURCE, CUE, CONTENT
    assert matrix == [[1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 1], [1, 0, 0, 1]]


def test_source_type_accuracy_only_where_gold_has_types() -> None:
    assert source_type_accuracy([PRED], [GOLD]) is None
    typed = replace(
        GOLD,
        attributions=tuple(replace(a, source_entity=f"s{i}") for i, a in enumerate(GOLD.attributions, 1)),
        sources=(
            SourceEntity("s1", "Maria Lopez", type="named_person"),
            SourceEntity("s2", "The union", type="named_organisation"),
        ),
    )
    pred = replace(
        PRED,
        attributions=(replace(PRED.attributions[0], source_entity="p1"), *PRED.attributions[1:]),
        sources=(SourceEntity("p1", "Maria Lopez", type="named_organisation"),),
    )
    result = source_type_accuracy([pred], [typed])  # the union's attribution is not found, so not counted
    assert result == {
        "accuracy": 0.0, "named_accuracy": 100.0, "relay_accuracy": 100.0, "n": 1,
        "confusion": {"named_person": {"named_organisation": 1}},
    }  # fmt: skip
    relayed = replace(
        typed, sources=(replace(typed.sources[0], relayed_by=(Span(0, 5),), named=False), typed.sources[1])
    )
    result = source_type_accuracy([pred], [relayed])
    assert result is not None and (result["named_accuracy"], result["relay_accuracy"]) == (0.0, 0.0)


def test_report_renders_as_markdown_html_and_plots() -> None:
    report = evaluate([PRED], [GOLD], model="m1", data="hand")
    report["compared_with"] = evaluate([GOLD], [GOLD], model="m2", data="hand")
    md = to_markdown(report, ["roles.png"])
    assert "| exact | source | 100.0 | 50.0 | **66.7** | 100.0 | -33.3 |" in md
    assert "![Span F1 by role and match](roles.png)" in md
    images = plots(report)
    assert set(images) == {"roles.png", "slices.png", "confusion.png", "confusion-compared.png"}
    assert all(png.startswith(b"\x89PNG") for png in images.values())
    page = to_html({**report, "model": "<script>alert(1)</script>"}, images)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert page.count("data:image/png;base64,") == 4


def test_claims_eval_writes_every_report_and_compares(
    tiny_model: Path, articles: list[Analysis], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "gold.jsonl"
    write_jsonl(data, articles)
    out = tmp_path / "report"
    assert main(["eval", "-q", "--model", str(tiny_model), "--data", str(data), "--out", str(out)]) == 0
    names = {p.name for p in out.iterdir()}
    assert {"report.json", "report.md", "report.html", "roles.png", "slices.png", "confusion.png"} <= names
    first = json.loads((out / "report.json").read_text())
    assert first["documents"] == len(articles) and "pronoun source" in first["slices"]
    again = tmp_path / "again"
    assert (
        main(
            ["eval", "-q", "--model", str(tiny_model), "--data", str(data), "--out", str(again), "--compare", str(out)]
        )
        == 0
    )
    both = json.loads((again / "report.json").read_text())
    assert both["compared_with"]["spans"] == first["spans"]  # same model, read back from the first report
    assert "+0.0" in (again / "report.md").read_text()
    capsys.readouterr()
    assert (
        main(["eval", "-q", "--model", str(tiny_model), "--data", str(tmp_path / "none.jsonl"), "--out", str(again)])
        == 2
    )
    assert "no such file" in capsys.readouterr().err
    assert json.loads((again / "report.json").read_text()) == both  # the earlier report is intact
