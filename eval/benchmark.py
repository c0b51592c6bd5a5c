"""Speed and memory benchmark of a tagger on PolNeAR dev articles.

Usage: python eval/benchmark.py [--model models/claims-minilm] [--precisions fp32 bf16 int8]
(default: fp32, bf16 where the CPU has it, int8).
Writes eval/benchmark.json and eval/benchmark.md, one report per machine (CPU name and flags): a
run replaces only its own machine's report, so the figures of other CPUs stay beside it. Each
precision runs in its own process so that peak RSS is its own. Only numbers are written, never
article text.
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
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "data" / "polnear" / "dev"


def bare_encoder_seconds(tagger: object, encoded: Sequence[object], chunk: int = 254, batch_size: int = 16) -> float:
    """The base encoder's forward over the articles' tokens in plain ``chunk``-token pieces: the ceiling."""
    import torch

    from claims.tagger.predict import autocast

    t = tagger  # a claims Tagger: its model's base encoder, tokenizer, precision and device
    cls, sep = t.tokenizer.cls_token_id, t.tokenizer.sep_token_id  # type: ignore[attr-defined]
    pieces = [
        [cls, *e.ids[i : i + chunk], sep]  # type: ignore[attr-defined]
        for e in encoded
        for i in range(0, len(e.ids), chunk)  # type: ignore[attr-defined]
    ]
    pieces.sort(key=len)
    base = t.model.base_model  # type: ignore[attr-defined]
    began = time.perf_counter()
    with torch.inference_mode(), autocast(t.precision, t.device):  # type: ignore[attr-defined]
        for b in range(0, len(pieces), batch_size):
            rows = pieces[b : b + batch_size]
            width = max(map(len, rows))
            ids = torch.tensor([r + [0] * (width - len(r)) for r in rows], device=t.device)  # type: ignore[attr-defined]
            mask = torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r in rows], device=t.device)  # type: ignore[attr-defined]
            base(input_ids=ids, attention_mask=mask)
    return time.perf_counter() - began


def measure(model: str, precision: str, limit: int | None) -> dict[str, object]:
    import torch

    from claims.evaluation.metrics import corpus_attribution_prf, corpus_span_prf
    from claims.formats import load_corpus
    from claims.memory import keep_freed_memory
    from claims.pipeline import load
    from claims.tagger.encode import encode
    from claims.tagger.predict import Tagger

    docs = load_corpus(DEV)[:limit]
    texts = [d.text for d in docs]
    t0 = time.perf_counter()
    keep_freed_memory()  # as `claims` does at start (claims.memory)
    analyzer = load(model, precision=precision)  # what `claims score` loads: tagger, parser, classifier
    load_s = time.perf_counter() - t0
    tagger = Tagger.from_pretrained(model, precision=precision)
    encoded = [encode(tagger.tokenizer, t) for t in texts]
    n_tokens = sum(len(e.ids) for e in encoded)
    analyzer.analyze(texts[0])  # warm-up
    bare_encoder_seconds(tagger, encoded[:2])
    encoder_s = bare_encoder_seconds(tagger, encoded)
    t0 = time.perf_counter()
    tagger.logprobs(encoded)
    model_s = time.perf_counter() - t0
    stages: dict[str, float] = {}

    def timer(name: str, seconds: float) -> None:
        stages[name] = stages.get(name, 0.0) + seconds

    t0 = time.perf_counter()
    batch = list(analyzer.analyze_many(texts, timer=timer))
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
    exact = corpus_span_prf(zip(batch, docs, strict=True), "exact")
    return {
        "precision": precision,
        "articles": len(texts),
        "tokens": n_tokens,
        "load_s": round(load_s, 3),
        "batch_tokens_per_s": round(n_tokens / batch_s, 1),
        "bare_encoder_s": round(encoder_s, 2),
        "bare_encoder_tokens_per_s": round(n_tokens / encoder_s, 1),
        "full_s": round(batch_s, 2),
        "ratio": round(encoder_s / batch_s, 3),
        "ratio_with_load": round(encoder_s / (batch_s + load_s), 3),
        "stages_s": {k: round(v, 3) for k, v in sorted(stages.items(), key=lambda kv: -kv[1])},
        "model_only_tokens_per_s": round(n_tokens / model_s, 1),
        "latency_median_s": round(statistics.median(latencies), 4),
        "latency_p95_s": round(sorted(latencies)[int(0.95 * (len(latencies) - 1))], 4),
        "latency_1000_words_s": round(statistics.median(one_k), 4),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "threads": torch.get_num_threads(),
        "attributions": sum(len(a.attributions) for a in batch),
        "mean_exact_span_f1": round(sum(p.f1 for p in exact.values()) / len(exact), 2),
        "attribution_overlap_f1": round(corpus_attribution_prf(zip(batch, docs, strict=True), "overlap").f1, 2),
        "attribution_exact_f1": round(corpus_attribution_prf(zip(batch, docs, strict=True), "exact").f1, 2),
        "spans": labels,
        "unattributed": [[[u.span.start, u.span.end] for u in a.unattributed] for a in batch],
    }


def agreement(ref: list[list[list[object]]], other: list[list[list[object]]]) -> float:
    """Share of reference spans predicted identically."""
    same = total = 0
    for a, b in zip(ref, other, strict=True):
        sb = {tuple(x) for x in b}
        same += sum(tuple(x) in sb for x in a)
        total += len(a)
    return round(100.0 * same / total, 2) if total else 100.0


def machine() -> dict[str, object]:
    """The CPU the numbers were taken on, and whether it multiplies in bf16."""
    from claims.tagger.predict import bf16_supported

    cpu = platform.processor()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        names = [ln.split(":", 1)[1].strip() for ln in cpuinfo.read_text().splitlines() if ln.startswith("model name")]
        cpu = names[0] if names else cpu
    import os

    wanted = ("avx2", "avx512f", "avx512_vnni", "avx512_bf16", "amx_tile", "amx_bf16", "amx_int8")
    flags: set[str] = set()
    if cpuinfo.is_file():
        for ln in cpuinfo.read_text().splitlines():
            if ln.startswith("flags"):
                flags = set(ln.split(":", 1)[1].split())
                break
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "bf16": bf16_supported(),
        "arch": platform.machine(),
        "flags": [f for f in wanted if f in flags],
    }


def auto_precision() -> str:
    """The precision ``--precision auto`` picks on this machine's CPU."""
    from claims.tagger.predict import resolve_precision

    return resolve_precision("auto", "cpu")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="models/claims-minilm")
    parser.add_argument("--precisions", nargs="+", default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--rewrite", action="store_true", help="rewrite benchmark.md from benchmark.json")
    args = parser.parse_args()
    if args.rewrite:
        write_markdown(stored())
        return
    if args.one:
        print(json.dumps(measure(args.model, args.one, args.limit)))
        return
    results = []
    for p in args.precisions or ["fp32", *(["bf16"] if auto_precision() == "bf16" else []), "int8"]:
        cmd = [sys.executable, __file__, "--model", args.model, "--one", p]
        if args.limit:
            cmd += ["--limit", str(args.limit)]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
    ref = results[0]["spans"]
    for r in results:
        r["span_agreement_with_fp32_pct"] = agreement(ref, r.pop("spans"))  # type: ignore[arg-type]
    listed = results[0]["unattributed"]
    for r in results:
        r["unattributed_agreement_with_fp32_pct"] = agreement(listed, r.pop("unattributed"))  # type: ignore[arg-type]
    here = machine()
    reports = stored()
    reports[machine_key(here)] = {
        "model": args.model, "machine": here, "auto": auto_precision(), "measured": date.today().isoformat(),
        "checkworthy_features": checkworthy_features(), "results": results,
    }  # fmt: skip
    (HERE / "benchmark.json").write_text(json.dumps({"machines": reports}, indent=1) + "\n", encoding="utf-8")
    write_markdown(reports)


def checkworthy_features() -> str:
    """Where the check-worthiness stage of the code measured reads its tags and entities."""
    from claims.checkworthy import features

    return "article parse" if hasattr(features, "span_features") else "each statement alone"


def machine_key(cpu: dict[str, Any]) -> str:
    """One report per CPU model and flag set."""
    return f"{cpu['cpu']} ({', '.join(cpu['flags'])})"


def stored() -> dict[str, dict[str, Any]]:
    """The reports already in eval/benchmark.json by machine (a single-machine file is read as one)."""
    path = HERE / "benchmark.json"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if "results" in data:  # the layout before reports were kept per machine
        data.setdefault("auto", "bf16" if data["machine"]["bf16"] else "fp32")
        return {machine_key(data["machine"]): data}
    return dict(data["machines"])


def write_markdown(reports: dict[str, dict[str, Any]]) -> None:
    """eval/benchmark.md from the measurements of every machine (``--rewrite`` redoes it from eval/benchmark.json)."""
    lines = [
        "# Benchmark",
        "",
        "One section per machine the benchmark ran on (the newest first). Reproduce: `python eval/benchmark.py`",
        "(it replaces the section of the machine it runs on).",
    ]
    for report in reversed(list(reports.values())):
        lines += machine_section(report)
    (HERE / "benchmark.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def machine_section(report: dict[str, Any]) -> list[str]:
    """The tables of one machine's run."""
    results: list[dict[str, Any]] = report["results"]
    cpu = report["machine"]
    model = report["model"]
    lines = [
        "",
        f"## {cpu['cores']} cores of {cpu['cpu']} ({cpu['flags'][-1] if cpu['flags'] else 'no vector flags of note'})",
        "",
        f"Model `{model}` on PolNeAR dev ({results[0]['articles']} articles, {results[0]['tokens']} tokens), "
        f"{cpu['cores']} cores of {cpu['cpu']} (flags: {', '.join(cpu['flags']) or 'none of note'}; "  # type: ignore[arg-type]
        f"bf16 matrix units: {'yes' if cpu['bf16'] else 'no'}; `auto` precision here: {report['auto']}; "
        f"measured {report.get('measured', 'on a date not recorded')}).",
        "",
        "End to end (tokens/s, latencies) includes tokenising, the windows, decoding, linking, source "
        "resolution and scoring; *model only* is the forward pass over the same windows. F1 is on the "
        "full pipeline output against PolNeAR dev gold (mean of the three exact span F1; attribution overlap / exact).",
        "",
        "| precision | load s | tokens/s end to end | tokens/s model only | median s/article | p95 s/article "
        "| 1,000 words s | peak RSS MB | span agreement with fp32 % | unattributed agreement with fp32 % "
        "| mean exact span F1 | attribution F1 |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['precision']} | {r['load_s']} | {r['batch_tokens_per_s']:.0f} | {r['model_only_tokens_per_s']:.0f} "
            f"| {r['latency_median_s']} | {r['latency_p95_s']} | {r['latency_1000_words_s']} | {r['peak_rss_mb']} | "
            f"{r['span_agreement_with_fp32_pct']} | {r.get('unattributed_agreement_with_fp32_pct', '-')} "
            f"| {r['mean_exact_span_f1']} | "
            f"{r['attribution_overlap_f1']} / {r['attribution_exact_f1']} |"
        )
    lines += [
        "",
        "### The ceiling and the stages",
        "",
        "*Ratio* is the bare encoder's forward over the same tokens in plain 254-token pieces (no window "
        "overlap, no decoding) divided by the whole analysis (`load(model)` then `analyze_many`, every stage); "
        "the issue's target is 0.8 or more. Stage times are summed over the run (`Analyzer.analyze_many(timer=...)`).",
        "",
        "| precision | bare encoder s (tokens/s) | whole analysis s | ratio | ratio with load | stages (s, slowest first) |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        stages = ", ".join(f"{k} {v}" for k, v in r["stages_s"].items())  # type: ignore[attr-defined]
        lines.append(
            f"| {r['precision']} | {r['bare_encoder_s']} ({r['bare_encoder_tokens_per_s']:.0f}) | {r['full_s']} "
            f"| {r['ratio']} | {r['ratio_with_load']} "
            f"| {stages} |"
        )
    lines += [
        "",
        "After the tagger (every stage but `tagger`; the issue's target is about 10% of the tagger's time). "
        "A stage's time includes the shared work it is first to ask for: `nested` holds spaCy's parse of "
        "each article, `sources` its entity recogniser on the sentences that hold sources, `unattributed` "
        + (
            "the second MiniLM pass over the candidate statements and the recogniser on their sentences not read yet:"
            if report.get("checkworthy_features", "each statement alone") == "article parse"
            else "the second MiniLM pass and a spaCy tag and entity pass over the candidate statements:"
        ),
        "",
    ]
    for r in results:
        st: dict[str, float] = r["stages_s"]  # type: ignore[assignment]
        tagger_s = st.get("tagger", 0.0)
        rest = sum(v for k, v in st.items() if k != "tagger")
        top = sorted(((v, k) for k, v in st.items() if k != "tagger"), reverse=True)[:3]
        lines.append(
            f"- {r['precision']}: {rest:.1f} s, {100 * rest / max(tagger_s, 1e-9):.0f}% of the tagger's {tagger_s:.1f} s "
            f"({', '.join(f'{k} {v:.1f} s' for v, k in top)}); the tagger alone is "
            f"{tagger_s / max(float(r['bare_encoder_s']), 1e-9):.2f}x the bare encoder."  # type: ignore[arg-type]
        )
    return lines


if __name__ == "__main__":
    main()
