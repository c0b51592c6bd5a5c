"""What the source layer costs: per-stage time of the shipped pipeline on our written articles.

Runs the default model on eval/sources/dev.jsonl and eval/sources/blind/part_a.jsonl, times
every stage, and times spaCy's parse and its entity recogniser on the sentences the `sources`
stage asks for (a fresh parse per article, so the parse cost is not shared with `nested` and
`relations` as it is in the pipeline). Usage: python eval/sources/cost.py (writes cost.json, cost.md).
"""

from __future__ import annotations

import json
import platform
import time
from collections import defaultdict
from pathlib import Path

import torch

from claims.nlp import ArticleParse
from claims.pipeline import load
from claims.pipeline.stage import Context
from claims.types import Analysis

HERE = Path(__file__).resolve().parent
DATA = [HERE / "dev.jsonl", HERE / "blind" / "part_a.jsonl"]


def main() -> int:
    texts = [
        json.loads(line)["text"] for path in DATA for line in path.read_text(encoding="utf-8").splitlines() if line
    ]
    analyzer = load()
    stages: dict[str, float] = defaultdict(float)
    parse_s = ner_s = 0.0
    for text in texts:
        analysis, ctx = Analysis(text=text), Context(text, analyzer.rubric)
        for stage in analyzer.pipeline.stages:
            t0 = time.perf_counter()
            analysis = stage.run_batch([analysis], [ctx], None)[0] if stage.batched else stage.run(analysis, ctx)  # type: ignore[misc]
            stages[stage.name] += time.perf_counter() - t0
        spans = sorted({s for a in analysis.attributions for s in a.sources})
        fresh = ArticleParse(text)
        t0 = time.perf_counter()
        fresh.doc(spans)
        t1 = time.perf_counter()
        fresh.entities(spans)
        parse_s, ner_s = parse_s + t1 - t0, ner_s + time.perf_counter() - t1
    words = sum(len(t.split()) for t in texts)
    total = sum(stages.values())
    report = {"articles": len(texts), "words": words, "seconds": {k: round(v, 3) for k, v in stages.items()},
              "total_s": round(total, 2), "words_per_s": round(words / total), "parse_near_sources_s": round(parse_s, 2),
              "entities_on_source_sentences_s": round(ner_s, 2), "machine": platform.processor() or platform.machine(),
              "threads": torch.get_num_threads()}  # fmt: skip
    (HERE / "cost.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    lines = ["# What the source layer costs", "",
             f"{len(texts)} articles we wrote ({words:,} words: `dev.jsonl` and `blind/part_a.jsonl`), the shipped model, "
             f"{report['threads']} threads. Reproduce: `python eval/sources/cost.py`.", "",
             f"- whole pipeline: {total:.1f} s, {report['words_per_s']:,} words/s",
             f"- `sources` stage: {stages['sources']:.2f} s ({100 * stages['sources'] / total:.1f}% of the total), "
             "with the parse it shares with `nested` and `relations` already made",
             f"- spaCy's parse near the source mentions, alone: {parse_s:.2f} s; its entity recogniser on the "
             f"sentences holding them: {ner_s:.2f} s ({words / ner_s:,.0f} words/s of article)", "",
             "| stage | seconds | share |", "|---|---|---|"]  # fmt: skip
    lines += [f"| `{k}` | {v:.3f} | {100 * v / total:.1f}% |" for k, v in stages.items()]
    (HERE / "cost.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
