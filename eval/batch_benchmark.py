"""Throughput of ``claims batch``: local, Ray with 1 and 2 workers, and the bare forward pass.

Usage: python eval/batch_benchmark.py [--model models/claims-minilm] [--articles 200]
The input is PolNeAR dev articles repeated to the wanted count (text stays in a temporary
folder; only numbers are written). The ceiling is the one ``eval/benchmark.py`` uses: the base
encoder's forward over the same tokens in plain 254-token pieces (no window overlap, no
decoding, linking, parsing or sources), at the precision ``auto`` picks. Writes eval/batch_benchmark.json
and eval/batch_benchmark.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from benchmark import bare_encoder_seconds, machine  # noqa: E402

DEV = HERE.parent.parent / "shared" / "data" / "polnear" / "dev"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="models/claims-minilm")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--skip-ray", action="store_true")
    args = parser.parse_args()

    from claims.batch.local import run_local
    from claims.batch.scorer import ScorerOptions
    from claims.formats import load_corpus
    from claims.tagger.encode import encode
    from claims.tagger.predict import Tagger

    docs = load_corpus(DEV)
    texts = [docs[i % len(docs)].text for i in range(args.articles)]
    words = sum(len(t.split()) for t in texts)
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text(
            "".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8"
        )

        tagger = Tagger.from_pretrained(args.model)
        encoded = [encode(tagger.tokenizer, t) for t in texts]
        bare_encoder_seconds(tagger, encoded[:2])  # warm-up
        ceiling = bare_encoder_seconds(tagger, encoded)
        results["bare encoder forward (ceiling)"] = {"seconds": round(ceiling, 2)}

        t0 = time.perf_counter()
        run_local(str(src), Path(tmp) / "local.parquet", options=ScorerOptions(args.model))
        results["claims batch, local"] = {"seconds": round(time.perf_counter() - t0, 2)}

        if not args.skip_ray:
            from claims.batch.ray_engine import run_ray

            for workers in (1, 2):
                t0 = time.perf_counter()
                run_ray(str(src), Path(tmp) / f"ray{workers}", options=ScorerOptions(args.model), workers=workers)
                results[f"claims batch, Ray, {workers} worker(s)"] = {"seconds": round(time.perf_counter() - t0, 2)}
    for r in results.values():
        r["articles_per_s"] = round(args.articles / r["seconds"], 2)
        r["words_per_s"] = round(words / r["seconds"], 1)
        r["share_of_ceiling"] = round(ceiling / r["seconds"], 3)
    cpu = machine()
    report = {"model": args.model, "machine": cpu, "articles": args.articles, "words": words, "results": results}
    (HERE / "batch_benchmark.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    lines = [
        "# claims batch throughput",
        "",
        f"{args.articles} PolNeAR dev articles ({words} words), {cpu['cores']} cores of {cpu['cpu']} "
        f"(flags: {', '.join(cpu['flags']) or 'none of note'}), model `{args.model}`.",  # type: ignore[arg-type]
        "Times include model loading (and, for Ray, starting the local cluster).",
        "Reproduce: `python eval/batch_benchmark.py`.",
        "",
        "| run | seconds | articles/s | words/s | share of the bare-encoder ceiling |",
        "|---|---|---|---|---|",
    ]
    for name, r in results.items():
        lines.append(
            f"| {name} | {r['seconds']} | {r['articles_per_s']} | {r['words_per_s']} | {r['share_of_ceiling']} |"
        )
    one, two = (results.get(f"claims batch, Ray, {w} worker(s)") for w in (1, 2))
    if one and two:
        lines += [
            "",
            f"Ray with 2 workers runs {one['seconds'] / two['seconds']:.2f}x as fast as with 1. A Ray worker runs "
            "torch on one thread (`RayScorer`), so one worker uses one core where the local engine uses both; "
            f"with {cpu['cores']} cores, 2 workers also share them with Ray's driver, its read and write tasks and "
            "spaCy, and each loads its own models. Batches are 8 rows (`run_ray(batch_size=)`), so that every "
            "worker gets work: with 64, 100 rows came as two uneven batches and 2 workers were no faster than 1.",
        ]
    (HERE / "batch_benchmark.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
