"""Speed and memory benchmark of a tagger on PolNeAR dev articles.

Usage: python eval/benchmark.py [--model models/claims-minilm] [--precisions fp32 int8]
Writes eval/benchmark.json and eval/benchmark.md. Each precision runs in its own process
so that peak RSS is its own. Only numbers are written, never article text.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "data" / "polnear" / "dev"


def measure(model: str, precision: str, limit: int | None) -> dict[str, object]:
    import torch

    from claims.formats import load_corpus
    from claims.pipeline import Analyzer
    from claims.tagger.encode import encode
    from claims.tagger.predict import Tagger

    docs = load_corpus(DEV)[:limit]
    texts = [d.text for d in docs]
    t0 = time.perf_counter()
    tagger = Tagger.from_pretrained(model, precision=precision)
    load_s = time.perf_counter() - t0
    analyzer = Analyzer(tagger)
    n_tokens = sum(len(encode(tagger.tokenizer, t).ids) for t in texts)
    analyzer.analyze(texts[0])  # warm-up
    t0 = time.perf_counter()
    batch = list(analyzer.analyze_many(texts, batch_size=16))
    batch_s = time.perf_counter() - t0
    latencies = []
    for t in texts:
        t0 = time.perf_counter()
        analyzer.analyze(t)
        latencies.append(time.perf_counter() - t0)
    words = " ".join(texts).split()
    thousand = " ".join(words[:1000])
    one_k = []
    for _ in range(5):
        t0 = time.perf_counter()
        analyzer.analyze(thousand)
        one_k.append(time.perf_counter() - t0)
    labels = [[(s.role.value, s.span.start, s.span.end) for s in spans] for spans in tagger.predict(texts)]
    return {
        "precision": precision,
        "articles": len(texts),
        "tokens": n_tokens,
        "load_s": round(load_s, 3),
        "batch_tokens_per_s": round(n_tokens / batch_s, 1),
        "latency_median_s": round(statistics.median(latencies), 4),
        "latency_p95_s": round(sorted(latencies)[int(0.95 * (len(latencies) - 1))], 4),
        "latency_1000_words_s": round(statistics.median(one_k), 4),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "threads": torch.get_num_threads(),
        "attributions": sum(len(a.attributions) for a in batch),
        "spans": labels,
    }


def agreement(ref: list[list[list[object]]], other: list[list[list[object]]]) -> float:
    """Share of reference spans predicted identically."""
    same = total = 0
    for a, b in zip(ref, other, strict=True):
        sb = {tuple(x) for x in b}
        same += sum(tuple(x) in sb for x in a)
        total += len(a)
    return round(100.0 * same / total, 2) if total else 100.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="models/claims-minilm")
    parser.add_argument("--precisions", nargs="+", default=["fp32", "int8"])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.model, args.one, args.limit)))
        return
    results = []
    for p in args.precisions:
        cmd = [sys.executable, __file__, "--model", args.model, "--one", p]
        if args.limit:
            cmd += ["--limit", str(args.limit)]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
    ref = results[0]["spans"]
    for r in results:
        r["span_agreement_with_fp32_pct"] = agreement(ref, r.pop("spans"))  # type: ignore[arg-type]
    report = {"model": args.model, "machine": f"{platform.machine()} {platform.processor()}", "results": results}
    (HERE / "benchmark.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    lines = [
        "# Benchmark",
        "",
        f"Model `{args.model}` on PolNeAR dev ({results[0]['articles']} articles, {results[0]['tokens']} tokens), "
        f"2 cores. Reproduce: `python eval/benchmark.py`.",
        "",
        "| precision | load s | tokens/s (batch) | median s/article | p95 s/article | 1,000 words s "
        "| peak RSS MB | span agreement with fp32 % |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['precision']} | {r['load_s']} | {r['batch_tokens_per_s']:.0f} | {r['latency_median_s']} | "
            f"{r['latency_p95_s']} | {r['latency_1000_words_s']} | {r['peak_rss_mb']} | "
            f"{r['span_agreement_with_fp32_pct']} |"
        )
    (HERE / "benchmark.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
