"""Fit and measure the calibration of attribution confidence on PolNeAR dev.

Usage: python eval/calibration/fit.py [--model models/claims-minilm] [--data ../shared/data/polnear/dev]

Runs the model's pipeline without the ``calibrate`` stage on the dev articles, labels every
predicted attribution right when the one-to-one overlap matching of the attribution scores
pairs it with a gold one (claims.evaluation.reliability.labelled), then

- measures honestly: 5-fold cross-fitting by article, for isotonic and Platt calibration (the
  one with the lower cross-fitted Brier score is shipped) (each article's confidences calibrated by
  maps fitted on the other folds): reliability tables, ECE and Brier score before and after;
- fits on all of dev and writes MODEL/calibration.json;
- writes eval/calibration/report.json, report.md and reliability.png (numbers only, never
  article text).

The model's predictions are cached in /tmp/claims-calibration (keyed by the model, the data
and the claims sources), so a rerun only refits.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev"
MODEL = ROOT / "models" / "claims-minilm"
CACHE = Path("/tmp/claims-calibration")
FOLDS = 5
SEED = 0
THRESHOLDS = (0.3, 0.5, 0.7, 0.9)

sys.path.insert(0, str(ROOT))

from claims.calibration import METHODS, Calibration, family, fit, write_calibration  # noqa: E402
from claims.evaluation.reliability import labelled, reliability  # noqa: E402
from claims.formats.brat import read_brat  # noqa: E402
from claims.schema import from_dict, to_dict  # noqa: E402
from claims.types import Analysis  # noqa: E402

Example = tuple[int, str | None, float, bool]  # article, origin, raw confidence, right


def _key(model: Path, data: Path) -> str:
    """A hash of what the predictions depend on: model files, data files, the analysis sources."""
    h = hashlib.sha256()
    files = [p for p in sorted(model.iterdir()) if p.name not in ("calibration.json", "README.md")]
    files += sorted(data.rglob("*"))
    for p in files:
        if p.is_file():
            st = p.stat()
            h.update(f"{p.relative_to(p.parents[1])}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    for p in sorted((ROOT / "claims").rglob("*")):
        unused = {"__pycache__", "cli", "evaluation", "report", "batch"} & set(p.parts) or p.name == "calibration.py"
        if p.suffix in (".py", ".json") and not unused:
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def predictions(model: Path, data: Path, gold: list[Analysis]) -> list[Analysis]:
    """The uncalibrated analyses of the gold articles, from the cache when nothing changed."""
    path = CACHE / f"{_key(model, data)}.json"
    if path.is_file():
        print(f"predictions from the cache {path}", file=sys.stderr)
        return [from_dict(d) for d in json.loads(path.read_text(encoding="utf-8"))]
    from claims.pipeline import load

    analyzer = load(model, exclude=["calibrate"])
    t0 = time.perf_counter()
    preds = list(analyzer.analyze_many([d.text for d in gold], [str(d.id) for d in gold]))
    print(f"analysed {len(gold)} articles in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps([to_dict(p) for p in preds]), encoding="utf-8")
    tmp.replace(path)
    return preds


def cross_fitted(examples: list[Example], articles: int, fitted_on: str, method: str) -> list[float]:
    """Each example's confidence calibrated by maps fitted on the other folds' articles."""
    order = list(range(articles))
    random.Random(SEED).shuffle(order)
    fold = {a: i % FOLDS for i, a in enumerate(order)}
    out = [0.0] * len(examples)
    for k in range(FOLDS):
        train = [(o, c, ok) for a, o, c, ok in examples if fold[a] != k]
        cal = fit(train, f"{fitted_on}, fold {k} held out", method=method)
        for i, (a, o, c, _) in enumerate(examples):
            if fold[a] == k:
                out[i] = cal.apply(o, c)
    return out


def by_family(examples: list[Example], after: list[float]) -> dict[str, dict[str, Any]]:
    """Per origin family: count, observed precision, mean raw and cross-fitted confidence."""
    rows: dict[str, list[tuple[float, float, bool]]] = {}
    for (_, o, c, ok), p in zip(examples, after, strict=True):
        rows.setdefault(family(o), []).append((c, p, ok))
    return {
        k: {
            "count": len(v),
            "precision": round(sum(ok for *_, ok in v) / len(v), 4),
            "mean_raw": round(sum(c for c, _, _ in v) / len(v), 4),
            "mean_calibrated": round(sum(p for _, p, _ in v) / len(v), 4),
        }
        for k, v in sorted(rows.items(), key=lambda kv: -len(kv[1]))
    }


def thresholds(examples: list[Example], after: list[float], n_gold: int) -> list[dict[str, Any]]:
    """What ``--min-confidence P`` keeps (cross-fitted confidences; labels from the full matching)."""
    out = []
    for t in (0.0, *THRESHOLDS):
        kept = [ok for (*_, ok), p in zip(examples, after, strict=True) if p >= t]
        tp = sum(kept)
        out.append({
            "min_confidence": t, "kept": len(kept),
            "precision": round(tp / len(kept), 4) if kept else 0.0, "recall": round(tp / n_gold, 4),
        })  # fmt: skip
    return out


def markdown(report: dict[str, Any], command: str) -> str:
    """The report as Markdown."""
    b, a = report["before"], report["after_cross_fitted"]
    lines = [
        "# Calibration of attribution confidence",
        "",
        f"Model `{report['model']}` on {report['data']}: {report['articles']} articles, "
        f"{report['attributions']} predicted attributions ({report['right']} right under the overlap match, "
        f"one to one), {report['gold']} gold. Honest numbers: {FOLDS}-fold cross-fitting by article.",
        "",
        "Cross-fitted Brier score by method: "
        + ", ".join(f"{m} {v:.4f}" for m, v in report["brier_cross_fitted_by_method"].items())
        + f"; shipped: **{report['method']}**.",
        "",
        "| | ECE | Brier | mean confidence | precision |",
        "|---|---|---|---|---|",
        f"| before (raw) | {b['ece']:.4f} | {b['brier']:.4f} | {b['mean_confidence']:.3f} | {b['precision']:.3f} |",
        f"| after (cross-fitted) | {a['ece']:.4f} | {a['brier']:.4f} | {a['mean_confidence']:.3f} "
        f"| {a['precision']:.3f} |",
        "",
        "## Reliability (10 bins: count, mean predicted, observed precision)",
        "",
        "| bin | before: n | mean | precision | after: n | mean | precision |",
        "|---|---|---|---|---|---|---|",
    ]
    for x, y in zip(b["bins"], a["bins"], strict=True):
        cells = [f"{x['low']:.1f}-{x['high']:.1f}"]
        for r in (x, y):
            cells += [
                str(r["count"]),
                *(f"{r[k]:.3f}" if r["count"] else "-" for k in ("mean_confidence", "precision")),
            ]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "## By origin family (cross-fitted)", "", "| family | n | precision | mean raw | mean calibrated |",
              "|---|---|---|---|---|"]  # fmt: skip
    for k, v in report["families"].items():
        lines.append(
            f"| {k} | {v['count']} | {v['precision']:.3f} | {v['mean_raw']:.3f} | {v['mean_calibrated']:.3f} |"
        )
    lines += ["", "## `claims score --min-confidence P` (cross-fitted confidences)", "",
              "| P | kept | precision | recall |", "|---|---|---|---|"]  # fmt: skip
    for t in report["thresholds"]:
        lines.append(f"| {t['min_confidence']:.1f} | {t['kept']} | {t['precision']:.3f} | {t['recall']:.3f} |")
    fitted = report["fitted"]
    own = ", ".join(f"{k} ({v['n']})" for k, v in fitted["families"].items()) or "none"
    lines += [
        "",
        "## The shipped calibration",
        "",
        f"Fitted on all of dev ({report['attributions']} attributions) and written to "
        f"`{report['calibration_file']}`: maps of their own for {own}; the global map "
        f"({fitted['default']['n']} examples) for every other origin.",
        "",
        "![reliability](reliability.png)",
        "",
        f"Reproduce: `{command}`",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--data", type=Path, default=DEV)
    parser.add_argument("--no-write", action="store_true", help="measure only; leave calibration.json alone")
    args = parser.parse_args(argv)
    from claims.evaluation.plots import reliability_diagram
    from claims.io import atomic_write
    from claims.modelcard import portable_path

    gold = read_brat(args.data)
    preds = predictions(args.model, args.data, gold)
    examples: list[Example] = [
        (i, a.origin, a.confidence, ok)
        for i, (p, g) in enumerate(zip(preds, gold, strict=True))
        for a, ok in labelled(p, g)
    ]
    n_gold = sum(len(g.attributions) for g in gold)
    fitted_on = f"PolNeAR dev ({len(gold)} articles, {len(examples)} attributions; overlap match)"
    raw = [c for _, _, c, _ in examples]
    right = [ok for *_, ok in examples]
    # both methods cross-fitted; the one with the lower cross-fitted Brier score is shipped
    tried = {m: cross_fitted(examples, len(gold), fitted_on, m) for m in METHODS}
    scores = {m: reliability(v, right)["brier"] for m, v in tried.items()}
    method = min(METHODS, key=lambda m: scores[m])
    after = tried[method]
    cal: Calibration = fit([(o, c, ok) for _, o, c, ok in examples], fitted_on, method=method)
    target = args.model / "calibration.json"
    if not args.no_write:
        write_calibration(args.model, cal)
    command = "python eval/calibration/fit.py" + ("" if args.model == MODEL else f" --model {args.model}")
    report = {
        "model": portable_path(str(args.model)),
        "data": "PolNeAR dev" if args.data == DEV else portable_path(str(args.data)),
        "articles": len(gold),
        "attributions": len(examples),
        "right": sum(right),
        "gold": n_gold,
        "folds": FOLDS,
        "seed": SEED,
        "match": "overlap, one to one",
        "method": method,
        "brier_cross_fitted_by_method": {m: round(v, 4) for m, v in scores.items()},
        "before": reliability(raw, right),
        "after_cross_fitted": reliability(after, right),
        "families": by_family(examples, after),
        "thresholds": thresholds(examples, after, n_gold),
        "fitted": cal.to_json(),
        "calibration_file": portable_path(str(target)),
        "command": command,
    }
    atomic_write(HERE / "report.json", json.dumps(report, indent=1) + "\n")
    atomic_write(HERE / "report.md", markdown(report, command))
    png = reliability_diagram(
        [("raw", report["before"]), (f"calibrated ({FOLDS}-fold cross-fitted)", report["after_cross_fitted"])],
        f"Attribution confidence on PolNeAR dev ({len(examples)} predicted)",
    )
    atomic_write(HERE / "reliability.png", png)
    b, a = report["before"], report["after_cross_fitted"]
    print(f"ECE {b['ece']:.4f} -> {a['ece']:.4f}, Brier {b['brier']:.4f} -> {a['brier']:.4f}, "
          f"{len(examples)} attributions, {len(gold)} articles")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
