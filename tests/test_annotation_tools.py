"""Label Studio and doccano: round trips, hand-made exports in each tool's documented shape, strict errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claims.cli import main
from claims.formats import detect_format, load_corpus
from claims.formats.doccano import read_doccano, write_doccano
from claims.formats.labelstudio import read_labelstudio, task, write_labelstudio
from claims.formats.spans import LabelMap
from claims.types import Analysis

from .markup import parse

ARTICLE = (
    "{S1 Mayor Ada Quinn} {C1 said} {Q1 the bridge would reopen in May}. "
    '{Q2 "We checked every bolt,"} {C2 said} {S2 the engineer}, {Q2 "twice."} '
    "The bridge {C3 reportedly} {Q3 cost $4 million}. "
    "{S4 The union} {C4 denied} {Q4 that its members slowed the work}."
)


def spans(docs: list[Analysis]) -> list[list[tuple[Any, ...]]]:
    return [sorted((a.sources, a.cues, a.contents) for a in d.attributions) for d in docs]


def corrected(tasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What Label Studio exports once an annotator accepts the predictions: they become the annotation."""
    return [{**t, "id": i + 1, "annotations": [{"id": 10 + i, "result": t["predictions"][0]["result"]}]}
            for i, t in enumerate(tasks)]  # fmt: skip


def test_label_studio_round_trips_predictions_into_annotations(tmp_path: Path) -> None:
    doc = parse(ARTICLE, "story-1")
    out = tmp_path / "predictions.json"
    write_labelstudio(out, [doc])
    tasks = json.loads(out.read_text(encoding="utf-8"))
    first = tasks[0]
    assert first["data"] == {"text": doc.text, "id": "story-1"} and "annotations" not in first
    regions = [r for r in first["predictions"][0]["result"] if r["type"] == "labels"]
    assert {r["value"]["labels"][0] for r in regions} == {"SOURCE", "CUE", "CONTENT"}
    assert all(doc.text[r["value"]["start"] : r["value"]["end"]] == r["value"]["text"] for r in regions)
    assert all({"from_name", "to_name", "id"} <= set(r) for r in regions)
    back = tmp_path / "export.json"
    back.write_text(json.dumps(corrected(tasks)), encoding="utf-8")
    assert detect_format(back) == "labelstudio"
    again = load_corpus(back)
    assert spans(again) == spans([doc]) and again[0].id == "story-1"


def test_doccano_round_trips_with_relations(tmp_path: Path) -> None:
    doc = parse(ARTICLE, "story-1")
    out = tmp_path / "doccano.jsonl"
    write_doccano(out, [doc])
    assert detect_format(out) == "doccano"
    assert spans(read_doccano(out)) == spans([doc])


# A Label Studio export as the tool writes it (docs: "Label Studio JSON format of annotated tasks")
TEXT = "Ana Lima said the dam is safe. Critics disagree."
LS_EXPORT = [
    {
        "id": 7, "data": {"text": TEXT}, "project": 3,
        "annotations": [
            {"id": 1, "was_cancelled": True, "result": []},
            {
                "id": 2, "ground_truth": False, "lead_time": 12.5, "completed_by": 1,
                "result": [
                    {"id": "r1", "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual",
                     "value": {"start": 0, "end": 8, "text": "Ana Lima", "labels": ["Source"]}},
                    {"id": "r2", "from_name": "label", "to_name": "text", "type": "labels",
                     "value": {"start": 9, "end": 13, "text": "said", "labels": ["Cue"]}},
                    {"id": "r3", "from_name": "label", "to_name": "text", "type": "labels",
                     "value": {"start": 14, "end": 29, "text": "the dam is safe", "labels": ["Content"]}},
                    {"from_id": "r1", "to_id": "r2", "type": "relation", "direction": "right", "labels": []},
                    {"from_id": "r3", "to_id": "r2", "type": "relation", "direction": "right", "labels": []},
                    {"id": "c", "from_name": "quality", "to_name": "text", "type": "choices",
                     "value": {"choices": ["ok"]}},
                ],
            },
        ],
        "predictions": [],
    },
    {"id": 8, "data": {"text": "Not labelled yet."}, "annotations": [], "predictions": []},
]  # fmt: skip

DOCCANO = [
    {"id": 3, "text": TEXT, "Comments": [],
     "entities": [{"id": 11, "label": "SOURCE", "start_offset": 0, "end_offset": 8},
                  {"id": 12, "label": "CUE", "start_offset": 9, "end_offset": 13},
                  {"id": 13, "label": "CONTENT", "start_offset": 14, "end_offset": 29}],
     "relations": [{"id": 1, "from_id": 11, "to_id": 12, "type": "says"},
                   {"id": 2, "from_id": 13, "to_id": 12, "type": "says"}]},
]  # fmt: skip


def test_a_hand_made_label_studio_export_reads_the_live_annotation(tmp_path: Path) -> None:
    path = tmp_path / "project-3-at-2026.json"
    path.write_text(json.dumps(LS_EXPORT, indent=2), encoding="utf-8")
    docs = read_labelstudio(path)
    assert len(docs) == 1  # the task nobody annotated is left out; the cancelled annotation is skipped
    (a,) = docs[0].attributions
    assert [s.of(TEXT) for s in a.sources] == ["Ana Lima"] and [c.of(TEXT) for c in a.contents] == ["the dam is safe"]


def test_a_hand_made_doccano_export_and_a_plain_one_read_alike(tmp_path: Path) -> None:
    path = tmp_path / "all.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in DOCCANO), encoding="utf-8")
    plain = tmp_path / "plain.jsonl"
    plain.write_text(
        json.dumps({"text": TEXT, "label": [[0, 8, "SOURCE"], [9, 13, "CUE"], [14, 29, "CONTENT"]]}) + "\n"
    )
    assert spans(read_doccano(path)) == spans(read_doccano(plain))  # no relations: joined by the linker
    assert [c.of(TEXT) for c in read_doccano(path)[0].attributions[0].contents] == ["the dam is safe"]


def test_labels_map_to_roles_and_can_be_overridden(tmp_path: Path) -> None:
    export = json.loads(json.dumps(LS_EXPORT))
    for r in export[0]["annotations"][1]["result"]:
        if r["type"] == "labels" and r["value"]["labels"] == ["Source"]:
            r["value"]["labels"] = ["Speaker-Name"]
    path = tmp_path / "ls.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    assert main(["convert", str(path), str(tmp_path / "out.jsonl")]) == 3
    labels = LabelMap.parse("SOURCE=speaker-name")
    assert read_labelstudio(path, labels)[0].attributions[0].sources
    with pytest.raises(ValueError, match="ROLE=LABEL"):
        LabelMap.parse("WHO=x")


def _ls_with(tmp_path: Path, change: Any) -> Path:
    export = json.loads(json.dumps(LS_EXPORT))
    change(export[0]["annotations"][1]["result"])
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    return path


def _label(result: list[dict[str, Any]], label: str) -> dict[str, Any]:
    return next(r for r in result if r["type"] == "labels" and r["value"]["labels"] == [label])


BAD = {
    "unknown label": (lambda r: _label(r, "Source")["value"].update(labels=["Who"]), "unknown label 'Who'"),
    "missing region": (lambda r: r.append({"from_id": "r9", "to_id": "r2", "type": "relation"}), "'r9', which does not exist"),
    "out of range": (lambda r: _label(r, "Content")["value"].update(end=999), "outside the text"),
    "text mismatch": (lambda r: _label(r, "Content")["value"].update(text="the dam is unsafe"), "does not match"),
    "overlap": (lambda r: r.append({"id": "r4", "type": "labels", "value": {"start": 22, "end": 29, "text": "is safe", "labels": ["Content"]}}), "overlap"),
    "no cue": (lambda r: r.append({"id": "r5", "type": "labels", "value": {"start": 31, "end": 38, "text": "Critics", "labels": ["Source"]}}), "links to no cue"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(BAD))
def test_each_bad_label_studio_file_is_one_clear_line(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    change, message = BAD[case]
    path = _ls_with(tmp_path, change)
    assert main(["convert", str(path), str(tmp_path / "out.jsonl")]) == 3
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and message in err and str(path) in err and "task 7" in err
    assert not (tmp_path / "out.jsonl").exists()


def test_data_without_gold_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], tiny_model: Path) -> None:
    unlabelled = tmp_path / "texts.jsonl"
    unlabelled.write_text(json.dumps({"id": "x", "text": "The mayor said the bridge is safe."}) + "\n")
    nothing = tmp_path / "none.json"
    nothing.write_text(json.dumps([LS_EXPORT[1]]), encoding="utf-8")
    empty_doccano = tmp_path / "d.jsonl"
    empty_doccano.write_text(json.dumps({"text": "No labels here.", "meta": {}}) + "\n")
    for path, message in (
        (unlabelled, "no 'attributions'"),
        (nothing, "none of its 1 tasks has an annotation"),
        (empty_doccano, "no 'attributions'"),
    ):
        code = main(["eval", "--model", str(tiny_model), "--data", str(path), "--out", str(tmp_path / "r")])
        assert code == 3 and message in capsys.readouterr().err, path
    doccano = tmp_path / "doccano.jsonl"
    doccano.write_text(json.dumps(DOCCANO[0]) + "\n")
    assert main(["convert", str(doccano), str(tmp_path / "o.jsonl"), "--input-format", "jsonl"]) == 3
    assert "looks like a doccano export" in capsys.readouterr().err


def test_label_studio_and_doccano_exports_evaluate(tiny_model: Path, tmp_path: Path) -> None:
    ls = tmp_path / "ls.json"
    ls.write_text(json.dumps(LS_EXPORT), encoding="utf-8")
    dc = tmp_path / "dc.jsonl"
    dc.write_text(json.dumps(DOCCANO[0]) + "\n")
    for data in (ls, dc):
        out = tmp_path / data.stem
        assert main(["eval", "--model", str(tiny_model), "--data", str(data), "--out", str(out)]) == 0
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        assert report["documents"] == 1
        assert report["attributions"]["overlap"]["n_gold"] == 1  # the gold attribution was read


def test_predictions_convert_to_label_studio_tasks(tmp_path: Path) -> None:
    doc = parse(ARTICLE, "story-1")
    source = tmp_path / "ours.jsonl"
    source.write_text(json.dumps({"schema_version": "1.5", "id": "story-1", "text": doc.text,
                                  "attributions": []}) + "\n")  # fmt: skip
    assert main(["convert", str(source), str(tmp_path / "tasks.json"), "--to", "labelstudio"]) == 0
    tasks = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))
    assert tasks[0]["predictions"][0]["result"] == [] and tasks[0]["data"]["text"] == doc.text
    assert task(doc)["predictions"][0]["score"] == 1.0


def test_a_region_linked_to_two_cues_is_in_both_attributions() -> None:
    from claims.formats.spans import Region, attributions
    from claims.types import Role, Span

    text = "Ann said the dam is safe and warned the river is high."
    regions = [
        Region("s", Role.SOURCE, Span(0, 3)),
        Region("c1", Role.CUE, Span(4, 8)),
        Region("q1", Role.CONTENT, Span(9, 24)),
        Region("c2", Role.CUE, Span(29, 35)),
        Region("q2", Role.CONTENT, Span(36, 53)),
    ]
    links = [("s", "c1"), ("q1", "s"), ("s", "c2"), ("q2", "c2")]
    got = attributions(text, regions, links, "doc", "x")
    assert [(a.sources, a.cues, a.contents) for a in got] == [
        ((Span(0, 3),), (Span(4, 8),), (Span(9, 24),)),  # q1 reaches both cues through the shared source
        ((Span(0, 3),), (Span(29, 35),), (Span(9, 24), Span(36, 53))),  # q2 is linked to c2 alone
    ]
    direct = attributions(text, regions, [("s", "c1"), ("q1", "c1"), ("s", "c2"), ("q2", "c2")], "doc", "x")
    assert [[c.of(text) for c in a.contents] for a in direct] == [["the dam is safe"], ["the river is high"]]


PRODIGY = {
    "text": TEXT, "_input_hash": 1, "_task_hash": 2, "answer": "accept", "meta": {"id": "p1"},
    "tokens": [], "_view_id": "relations",
    "spans": [{"start": 0, "end": 8, "label": "SOURCE", "token_start": 0, "token_end": 1},
              {"start": 9, "end": 13, "label": "CUE", "token_start": 2, "token_end": 2},
              {"start": 14, "end": 29, "label": "CONTENT", "token_start": 3, "token_end": 6}],
    "relations": [
        {"head": 0, "child": 2, "label": "SAYS", "head_span": {"start": 0, "end": 8, "label": "SOURCE"},
         "child_span": {"start": 9, "end": 13, "label": "CUE"}},
        {"head": 6, "child": 2, "label": "SAYS", "head_span": {"start": 14, "end": 29, "label": "CONTENT"},
         "child_span": {"start": 9, "end": 13, "label": "CUE"}},
    ],
}  # fmt: skip


def test_prodigy_accepted_examples_and_citron_documents_read(tmp_path: Path) -> None:
    prodigy = tmp_path / "db-out.jsonl"
    rejected = {**PRODIGY, "answer": "reject"}
    prodigy.write_text(json.dumps(PRODIGY) + "\n" + json.dumps(rejected) + "\n", encoding="utf-8")
    assert detect_format(prodigy) == "prodigy"
    docs = load_corpus(prodigy)
    assert len(docs) == 1 and docs[0].id == "p1" and spans(docs) == spans(read_doccano_like())
    doc = parse(ARTICLE, "story-1")
    folder = tmp_path / "citron"
    assert main(["convert", str(tmp_path / "ours.jsonl"), str(folder), "--to", "citron"]) != 0  # no such file
    ours = tmp_path / "ours.jsonl"
    from claims.formats.jsonl import write_jsonl

    write_jsonl(ours, [doc])
    assert main(["convert", str(ours), str(folder), "--to", "citron"]) == 0
    assert detect_format(folder) == "citron"
    assert spans(load_corpus(folder)) == spans([doc])


def read_doccano_like() -> list[Analysis]:
    return [parse("{S1 Ana Lima} {C1 said} {Q1 the dam is safe}. Critics disagree.")]


def test_the_label_studio_loop_of_the_readme(
    tiny_model: Path, articles: list[Analysis], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """score -> correct in Label Studio -> train --init -> eval --compare, the commands the README gives."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for a in articles:
        (folder / f"{a.id}.txt").write_text(a.text, encoding="utf-8")
    tasks = tmp_path / "tasks.json"
    assert (
        main(["score", "-q", "--model", str(tiny_model), "--format", "labelstudio", str(folder), "-o", str(tasks)]) == 0
    )
    imported = json.loads(tasks.read_text(encoding="utf-8"))
    assert len(imported) == len(articles) and all(t["predictions"] for t in imported)
    # the annotators' work in Label Studio: the gold spans of each article replace the model's
    gold = {a.text: a for a in articles}
    export = tmp_path / "export.json"
    export.write_text(json.dumps([
        {"id": i, "data": t["data"], "annotations": [{"id": i, "result": task(gold[t["data"]["text"]])["predictions"][0]["result"]}]}
        for i, t in enumerate(imported)
    ]), encoding="utf-8")  # fmt: skip
    ours = tmp_path / "ours"
    train = ["train", "--init", str(tiny_model), "--train", str(export), "--dev", str(export), "-o", str(ours),
             "--epochs", "1", "--lr", "3e-5", "--window", "16", "--stride", "4", "--batch-size", "8", "--quiet"]  # fmt: skip
    assert main(train) == 0, capsys.readouterr().err
    report = tmp_path / "report"
    evaluate = ["eval", "--model", str(ours), "--data", str(export), "--compare", str(tiny_model), "--out", str(report)]
    assert main([*evaluate, "--quiet"]) == 0
    body = json.loads((report / "report.json").read_text(encoding="utf-8"))
    assert body["documents"] == len(articles) and "compared_with" in body


def test_eval_refuses_gold_with_no_attribution_and_takes_labels(
    tiny_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text(json.dumps({"id": "x", "text": "Rain fell.", "attributions": []}) + "\n")
    assert main(["eval", "--model", str(tiny_model), "--data", str(empty), "--out", str(tmp_path / "r")]) == 2
    assert "nothing to measure" in capsys.readouterr().err
    export = json.loads(json.dumps(LS_EXPORT))
    for r in export[0]["annotations"][1]["result"]:
        if r["type"] == "labels":
            r["value"]["labels"] = [{"Source": "Who", "Cue": "Verb", "Content": "What"}[r["value"]["labels"][0]]]
    path = tmp_path / "renamed.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    out = tmp_path / "r2"
    args = ["eval", "--model", str(tiny_model), "--data", str(path), "--out", str(out)]
    assert main(args) == 3 and "unknown label 'Who'" in capsys.readouterr().err
    assert main([*args, "--labels", "SOURCE=who;CUE=verb;CONTENT=what"]) == 0
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["attributions"]["overlap"]["n_gold"] == 1


# a WebAnno TSV 3.3 export as INCEpTION writes it (the user guide's layout): roles on a custom span layer,
# links on a relation layer based on it; "Lima" holds a stacked second annotation of another layer
WEBANNO = """#FORMAT=WebAnno TSV 3.3
#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|value
#T_SP=webanno.custom.Attribution|role
#T_RL=webanno.custom.AttributionLink|label|BT_webanno.custom.Attribution


#Text=Ana Lima said the dam is safe.
1-1\t0-3\tAna\tPER[1]\tSource[2]\t_\t_
1-2\t4-8\tLima\tPER[1]\tSource[2]\t_\t_
1-3\t9-13\tsaid\t_\tCue\tsays\t1-1[2_0]
1-4\t14-17\tthe\t_\tContent[3]\tsays\t1-3[0_3]
1-5\t18-21\tdam\t_\tContent[3]\t_\t_
1-6\t22-24\tis\t_\tContent[3]\t_\t_
1-7\t25-29\tsafe\t_\tContent[3]\t_\t_
1-8\t29-30\t.\t_\t_\t_\t_

#Text=Critics 😊 disagree.
2-1\t31-38\tCritics\t_\t_\t_\t_
2-2\t39-41\t😊\t_\t_\t_\t_
2-3\t42-50\tdisagree\t_\t_\t_\t_
2-4\t50-51\t.\t_\t_\t_\t_
"""


def test_a_webanno_tsv_export_reads_and_ours_round_trips(tmp_path: Path) -> None:
    from claims.formats.webanno import read_webanno, write_webanno

    path = tmp_path / "doc.tsv"
    path.write_text(WEBANNO, encoding="utf-8")
    (doc,) = read_webanno(path)
    assert doc.text == "Ana Lima said the dam is safe. Critics 😊 disagree."  # UTF-16 offsets made characters
    assert spans([doc]) == spans(read_doccano_like())  # one attribution: Ana Lima said the dam is safe
    ours = parse(ARTICLE + " A fan 😊 {C5 said} {Q5 it works}.", "story")
    folder = tmp_path / "tsv"
    write_webanno(folder, [ours])
    (back,) = read_webanno(folder / "story.tsv")
    assert spans([back]) == spans([ours])
    assert detect_format(path) == "webanno" and detect_format(folder) == "webanno"
    assert spans(load_corpus(folder)) == spans([ours])
