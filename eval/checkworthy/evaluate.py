"""Measure the shipped check-worthiness classifier: debate benchmarks, news sentences, unattributed claims end to end.

    python eval/checkworthy/evaluate.py                 # tuned news parts (a-d, g-i) only
    python eval/checkworthy/evaluate.py --held-out      # adds the held-out parts e, f, j (read once, at the end)

Writes report.json and report.md beside this file. Benchmarks: ClaimBuster two-class test (F1
of the check-worthy class), CLEF 2019 CheckThat! task 1 test (mean over debates of the average
precision, the task's official measure). News: our labelled sentences (in-sample for parts a-d and g-i,
which the classifier was trained on: their out-of-fold figures are in the model card), and the
unattributed-claim list of the whole pipeline (tagger, rules, classifier) against the
sentences labelled `claim` and the `part`s of attributed ones, before (word rules) and after.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import average_precision_score, precision_recall_fscore_support

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from claims.checkworthy.data import labelled_spans, read_examples  # noqa: E402
from claims.checkworthy.model import CheckworthyModel  # noqa: E402
from claims.evaluation.metrics import unattributed_prf  # noqa: E402
from claims.pipeline import Analyzer, build, default_model_path, spec_for  # noqa: E402
from claims.types import Analysis, Unattributed  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "checkworthy"
NEWS = Path(__file__).parent / "news"
TUNED, HELD_OUT = "abcdghi", "efj"


def prf(y: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    p, r, f, _ = precision_recall_fscore_support(y, pred, average="binary", zero_division=0)
    return {"precision": round(100 * p, 1), "recall": round(100 * r, 1), "f1": round(100 * f, 1)}


def benchmarks(model: CheckworthyModel) -> dict[str, object]:
    out: dict[str, object] = {}
    cb = read_examples(DATA / "claimbuster-test.json")
    y = np.array([e.label for e in cb])
    prob = model.calibrated(model.decision(model.features([e.text for e in cb])))
    best = max((prf(y, prob >= t)["f1"], float(t)) for t in np.unique(prob))
    out["claimbuster_test"] = {
        "sentences": len(y), "at_threshold": prf(y, prob >= model.threshold),
        "accuracy_at_threshold": round(100 * float(((prob >= model.threshold) == y).mean()), 1),
        "best_f1": best[0], "best_f1_threshold": round(best[1], 3),
        "average_precision": round(100 * average_precision_score(y, prob), 1),
    }  # fmt: skip
    ct = read_examples(DATA / "CT19-T1-Test.csv")
    y = np.array([e.label for e in ct])
    groups = np.array([e.group for e in ct])
    score = model.decision(model.features([e.text for e in ct]))
    aps = {
        g: average_precision_score(y[groups == g], score[groups == g])
        for g in sorted(set(groups))
        if y[groups == g].any()
    }
    out["checkthat2019_test"] = {"sentences": len(y), "debates": len(aps), "map": round(float(np.mean(list(aps.values()))), 4),
                                 "ap_per_debate": {g: round(float(v), 4) for g, v in aps.items()}}  # fmt: skip
    return out


def news_sentences(model: CheckworthyModel, parts: str) -> dict[str, object]:
    ex = [e for p in parts for e in read_examples(NEWS / f"part_{p}.jsonl")]
    y = np.array([e.label for e in ex])
    contexts = np.array([e.context for e in ex], dtype=np.float32)
    prob = model.calibrated(model.decision(model.features([e.text for e in ex], contexts)))
    return {"sentences": len(y), "positives": int(y.sum()), "average_precision": round(100 * average_precision_score(y, prob), 1),
            **prf(y, prob >= model.threshold)}  # fmt: skip


def gold_articles(parts: str) -> list[Analysis]:
    docs = []
    for p in parts:
        for line in (NEWS / f"part_{p}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text, labelled = labelled_spans(row)
            gold = [Unattributed(span) for span, y in labelled if y == 1]
            docs.append(Analysis(text=text, id=row["id"], unattributed=tuple(gold)))
    return docs


def analyzer(unattributed: dict[str, object]) -> Analyzer:
    path = default_model_path()
    settings = {
        "tagger": {"model": str(path)},
        "calibrate": {"model": str(path)},
        "unattributed": {"model": str(path), **unattributed},
    }
    return Analyzer(build(spec_for(path, None), settings=settings))


def end_to_end(docs: list[Analysis], runs: dict[str, Analyzer]) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, a in runs.items():
        list(a.analyze_many([d.text for d in docs[:2]], ["warm-up", "warm-up"]))  # models loaded before timing
        t0 = time.perf_counter()
        preds = list(a.analyze_many([d.text for d in docs], [str(d.id) for d in docs]))
        seconds = time.perf_counter() - t0
        res = unattributed_prf(zip(preds, docs, strict=True))
        out[name] = {**(res.as_dict() if res else {}), "ms_per_article": round(1000 * seconds / len(docs))}
    return out


def seed(a: Analyzer) -> list[dict[str, object]]:
    text = (ROOT / "seeds" / "000_79295539233b46d9.txt").read_text(encoding="utf-8")
    result = a.analyze(text, "seed")
    return [{"text": u.span.of(text), "checkworthiness": u.checkworthiness} for u in result.unattributed]


PUBLISHED = (
    "Published reference points: CheckThat! 2019 task 1, best primary run MAP 0.1660 (Copenhagen; 0.250 on "
    "speeches, 0.054 on debates; Atanasova et al. 2019, the task overview); a BERT-base fine-tuned on ClaimBuster "
    "reports 82% accuracy (the Nithiwat/bert-base_claimbuster model card; its test split is not stated). On claim "
    "detection in news (NewsClaims), ClaimBuster reaches P 13.0 / R 86.5 / F1 22.6 and human annotators "
    "52.7 / 70.0 / 60.1."
)


def markdown(r: dict) -> str:  # type: ignore[type-arg]
    cb, ct = r["claimbuster_test"], r["checkthat2019_test"]
    t = cb["at_threshold"]
    lines = [
        "# Check-worthiness classifier: measured",
        "",
        f"Shipped classifier `models/claims-minilm/checkworthy/` (threshold {r['threshold']}). "
        "Reproduce: `python eval/checkworthy/evaluate.py --held-out`.",
        "",
        "## Debate benchmarks (test splits, never trained on)",
        "",
        "| set | measure | ours |",
        "|---|---|---|",
        f"| ClaimBuster two-class test ({cb['sentences']} sentences, balanced) | F1 of the check-worthy class at our threshold (P / R) | {t['f1']} ({t['precision']} / {t['recall']}) |",
        f"| | best F1 over thresholds (at {cb['best_f1_threshold']}) | {cb['best_f1']} |",
        f"| | accuracy at our threshold | {cb['accuracy_at_threshold']} |",
        f"| | average precision | {cb['average_precision']} |",
        f"| CheckThat! 2019 task 1 test ({ct['sentences']} sentences, {ct['debates']} debates and speeches) | MAP (mean over debates of the average precision) | {ct['map']} |",
        "",
        PUBLISHED,
        "",
        "Our threshold is tuned for news (calibrated on news sentences, where a third are check-worthy);",
        "debate transcripts are another register, and the classifier weighs debate sentences at a tenth.",
        "",
        "## News sentences (ours)",
        "",
        "Out of fold (the model card: folds by article on the tuned parts, each fold's model never saw the article): "
        + ", ".join(f"{k} {v}" for k, v in (r.get("out_of_fold") or {}).items()) + ".",
        "",
        "| part | sentences | check-worthy | AP | P | R | F1 |",
        "|---|---|---|---|---|---|---|",
    ]  # fmt: skip
    for name, v in r["news_sentences"].items():
        note = " (in sample: trained on)" if name.startswith("tuned") else ""
        lines.append(
            f"| {name}{note} | {v['sentences']} | {v['positives']} | {v['average_precision']} | {v['precision']} | {v['recall']} | {v['f1']} |"
        )
    lines += [
        "",
        "## Unattributed claims, end to end",
        "",
        "The whole pipeline (tagger, rules, classifier) on each article; a listed statement is right when",
        "it overlaps a gold unattributed claim (one to one). Gold: the sentences labelled `claim` and the",
        "unattributed `part`s of attributed sentences.",
        "",
        "| part | method | gold | listed | P | R | F1 | ms per article (whole pipeline) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, runs in r["unattributed_end_to_end"].items():
        for method, v in runs.items():
            cells = [name, method, v["n_gold"], v["n_pred"], v["precision"], v["recall"], v["f1"], v["ms_per_article"]]
            lines.append("| " + " | ".join(map(str, cells)) + " |")
    lines += ["", "## The seed article", "", "Listed, most check-worthy first:", ""]
    for u in sorted(r["seed"], key=lambda u: -u["checkworthiness"]):
        lines.append(f"- {u['checkworthiness']:.2f} {u['text']}")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--held-out", action="store_true", help="also measure the held-out news parts e, f, j")
    args = ap.parse_args()
    t0 = time.time()
    model = CheckworthyModel.from_dir(default_model_path())
    report: dict[str, object] = {"threshold": model.threshold, "out_of_fold": model.card.get("out_of_fold")}
    report.update(benchmarks(model))
    groups = {"tuned (a-d, g-i)": TUNED, **({"held out (e, f, j)": HELD_OUT} if args.held_out else {})}
    report["news_sentences"] = {name: news_sentences(model, parts) for name, parts in groups.items()}
    after = analyzer({})
    runs = {"word rules (before)": analyzer({"classifier": "rules"}), "classifier": after}
    report["unattributed_end_to_end"] = {name: end_to_end(gold_articles(parts), runs) for name, parts in groups.items()}
    report["seed"] = seed(after)
    report["seconds"] = round(time.time() - t0, 1)
    (Path(__file__).parent / "report.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    (Path(__file__).parent / "report.md").write_text(markdown(report), encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if k not in ("checkthat2019_test",)}, indent=1))


if __name__ == "__main__":
    main()
