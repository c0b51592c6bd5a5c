"""Learned transition scores in the BIO decoder (#20): do they help exact boundaries on dev?

Usage: python eval/transitions.py [--model models/claims-minilm] [--weights 0 0.25 0.5 1]
Counts tag bigrams on PolNeAR train (the tagger's own tokens), adds ``weight * log P(tag | previous tag)``
to the Viterbi scores (the BIO constraints stay hard), and runs the whole default pipeline on
PolNeAR dev for each weight. The weight is chosen on the first half of dev and reported on the
second half too. Writes eval/transitions.json and eval/transitions.md (numbers only).
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "polnear"


def bigram_logprobs(model: str) -> np.ndarray:
    """``log P(cur | prev)`` over LABELS from PolNeAR train, add-one smoothed."""
    from claims.formats import load_corpus
    from claims.labels import LABEL2ID, LABELS, spans_to_tags
    from claims.tagger.encode import encode
    from claims.tagger.predict import Tagger

    tok = Tagger.from_pretrained(model).tokenizer
    counts = np.ones((len(LABELS), len(LABELS)))
    for doc in load_corpus(DATA / "train"):
        enc = encode(tok, doc.text)
        tags = [LABEL2ID[t] for t in spans_to_tags(enc.offsets, [rs for a in doc.attributions for rs in a.spans()])]
        for a, b in itertools.pairwise(tags):
            counts[a, b] += 1
    return np.asarray(np.log(counts / counts.sum(axis=1, keepdims=True)), dtype=np.float32)


def run(model: str, weights: list[float]) -> dict[str, Any]:
    import claims.tagger.decode as decode
    from claims.evaluation.metrics import corpus_attribution_prf, corpus_span_prf
    from claims.formats import load_corpus
    from claims.pipeline import load
    from claims.tagger.predict import Tagger

    learned = bigram_logprobs(model)
    gold = load_corpus(DATA / "dev")
    cache: dict[tuple[int, ...], np.ndarray] = {}
    real_logprobs = Tagger.logprobs

    def cached(self: Tagger, encoded: Any, *args: Any, **kwargs: Any) -> list[np.ndarray]:
        missing = [e for e in encoded if tuple(e.ids) not in cache]
        for e, lp in zip(missing, real_logprobs(self, missing, *args, **kwargs), strict=True):
            cache[tuple(e.ids)] = lp
        return [cache[tuple(e.ids)] for e in encoded]

    Tagger.logprobs = cached  # type: ignore[method-assign]
    analyzer = load(model)
    base = np.where(decode._ALLOWED, np.float32(0), np.float32(-1e9))
    real_viterbi = decode.viterbi
    rows = []
    half = len(gold) // 2
    for w in weights:

        def viterbi(lp: np.ndarray, w: float = w) -> list[int]:
            return _viterbi(lp, base + np.float32(w) * learned)

        decode.viterbi = viterbi  # type: ignore[assignment]
        preds = list(analyzer.analyze_many([d.text for d in gold]))
        row: dict[str, Any] = {"weight": w}
        for part, sl in (("first half", slice(0, half)), ("second half", slice(half, None)), ("all", slice(None))):
            pairs = list(zip(preds[sl], gold[sl], strict=True))
            spans = corpus_span_prf(pairs, "exact")
            row[part] = {
                **{f"{r.value.lower()}_exact": round(v.f1, 2) for r, v in spans.items()},
                "attribution_overlap": round(corpus_attribution_prf(pairs, "overlap").f1, 2),
                "attribution_exact": round(corpus_attribution_prf(pairs, "exact").f1, 2),
            }
        rows.append(row)
        print(json.dumps(row), flush=True)
    decode.viterbi = real_viterbi
    return {"model": model, "articles": len(gold), "first_half": half, "results": rows}


def _viterbi(logprobs: np.ndarray, trans: np.ndarray) -> list[int]:
    from claims.tagger.decode import _START_OK

    n = logprobs.shape[0]
    if n == 0:
        return []
    score = np.where(_START_OK, logprobs[0], np.float32(-1e9))
    back = np.zeros((n, trans.shape[0]), dtype=np.int64)
    for t in range(1, n):
        cand = score[:, None] + trans
        back[t] = cand.argmax(axis=0)
        score = cand.max(axis=0) + logprobs[t]
    path = [int(score.argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="models/claims-minilm")
    parser.add_argument("--weights", nargs="+", type=float, default=[0.0, 0.25, 0.5, 1.0])
    parser.add_argument("--rewrite", action="store_true", help="rewrite transitions.md from transitions.json")
    args = parser.parse_args()
    if args.rewrite:
        report = json.loads((HERE / "transitions.json").read_text(encoding="utf-8"))
    else:
        report = run(args.model, args.weights)
        (HERE / "transitions.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    cols = ["source_exact", "cue_exact", "content_exact", "attribution_overlap", "attribution_exact"]
    lines = [
        "# Learned transitions in the BIO decoder",
        "",
        f"Model `{args.model}`, whole default pipeline on PolNeAR dev ({report['articles']} articles; the first "
        f"{report['first_half']} choose the weight, the rest check it). Viterbi adds `weight * log P(tag | previous "
        "tag)` (tag bigrams of PolNeAR train, add-one smoothed) to the tagger's log-probabilities; weight 0 is "
        "the shipped decoder (hard BIO constraints only). Reproduce: `python eval/transitions.py`.",
        "",
        "| weight | part | " + " | ".join(cols) + " |",
        "|---|---|" + "---|" * len(cols),
    ]
    for r in report["results"]:
        for part in ("first half", "second half"):
            lines.append(f"| {r['weight']} | {part} | " + " | ".join(str(r[part][c]) for c in cols) + " |")

    def first_half(r: dict[str, Any]) -> float:
        return float(r["first half"]["attribution_overlap"] + r["first half"]["attribution_exact"]) / 2

    best = max(report["results"], key=first_half)
    base = next((r for r in report["results"] if r["weight"] == 0), None)
    lines += ["", f"Chosen on the first half (mean of attribution overlap and exact F1): weight {best['weight']}."]
    if base is not None:
        gains = [
            f"{part} {best[part]['attribution_overlap'] - base[part]['attribution_overlap']:+.1f} / "
            f"{best[part]['attribution_exact'] - base[part]['attribution_exact']:+.1f}"
            for part in ("first half", "second half", "all")
        ]
        lines.append("Against weight 0, attribution F1 overlap / exact: " + ", ".join(gains) + ".")
    (HERE / "transitions.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
