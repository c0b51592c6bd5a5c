"""How much window overlap the tagger needs: dev F1 and time at several overlaps (#19).

Usage: python eval/overlap.py [--model models/claims-minilm] [--strides 64 48 32 16 0] [--limit N]
Runs the whole default pipeline on PolNeAR dev with the tagger's ``stride`` setting (the
overlap of consecutive 254-token windows) replaced, and writes eval/overlap.json and
eval/overlap.md: exact span F1 per role, attribution F1 (overlap / exact), the tokens the
tagger reads per text token and the tagger's seconds. Only numbers are written, never text.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "data" / "polnear" / "dev"


def run(model: str, stride: int, limit: int | None) -> dict[str, object]:
    from claims.evaluation.metrics import corpus_attribution_prf, corpus_span_prf
    from claims.formats import load_corpus
    from claims.pipeline import load
    from claims.pipeline.config import default_spec
    from claims.tagger.encode import encode, windows
    from claims.tagger.predict import Tagger

    docs = load_corpus(DEV)[:limit]
    spec = default_spec()
    data = {
        "version": 1,
        "stages": list(spec.stages),
        "settings": {**spec.settings, "tagger": {**spec.settings.get("tagger", {}), "stride": stride}},
    }
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pipeline.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        analyzer = load(model, pipeline=path)
    tagger = Tagger.from_pretrained(model)
    tokens = read = 0
    for d in docs:
        n = len(encode(tagger.tokenizer, d.text).ids)
        tokens += n
        read += sum(w.end - w.start for w in windows(n, tagger.window, stride))
    analyzer.analyze(docs[0].text)  # warm-up
    stages: dict[str, float] = {}

    def timer(name: str, seconds: float) -> None:
        stages[name] = stages.get(name, 0.0) + seconds

    began = time.perf_counter()
    out = list(analyzer.analyze_many([d.text for d in docs], timer=timer))
    whole = time.perf_counter() - began
    pairs = list(zip(out, docs, strict=True))
    spans = corpus_span_prf(pairs, "exact")
    return {
        "stride": stride,
        "articles": len(docs),
        "tokens_read_per_token": round(read / tokens, 3),
        "tagger_s": round(stages.get("tagger", 0.0), 2),
        "whole_s": round(whole, 2),
        "span_exact_f1": {k.value if hasattr(k, "value") else str(k): round(v.f1, 2) for k, v in spans.items()},
        "attribution_overlap_f1": round(corpus_attribution_prf(pairs, "overlap").f1, 2),
        "attribution_exact_f1": round(corpus_attribution_prf(pairs, "exact").f1, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="models/claims-minilm")
    parser.add_argument("--strides", nargs="+", type=int, default=[64, 48, 32, 16, 0])
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    rows = [run(args.model, s, args.limit) for s in args.strides]
    (HERE / "overlap.json").write_text(json.dumps({"model": args.model, "results": rows}, indent=1) + "\n")
    roles = list(rows[0]["span_exact_f1"])  # type: ignore[call-overload]
    lines = [
        "# Window overlap",
        "",
        f"Model `{args.model}`, whole default pipeline on PolNeAR dev ({rows[0]['articles']} articles); "
        "254-token windows, consecutive ones overlapping by *stride* tokens, each token's label taken from "
        "its most central window. Reproduce: `python eval/overlap.py`.",
        "",
        "| stride | tokens read per token | tagger s | whole s | "
        + " | ".join(f"{r} exact F1" for r in roles)
        + " | attribution F1 overlap / exact |",
        "|---|---|---|---|" + "---|" * len(roles) + "---|",
    ]
    for r in rows:
        f1 = r["span_exact_f1"]
        lines.append(
            f"| {r['stride']} | {r['tokens_read_per_token']} | {r['tagger_s']} | {r['whole_s']} | "
            + " | ".join(str(f1[k]) for k in roles)  # type: ignore[index]
            + f" | {r['attribution_overlap_f1']} / {r['attribution_exact_f1']} |"
        )
    (HERE / "overlap.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
