"""How each stage's time grows with article length: the search for superlinear stages.

Builds articles of 1, 2, 4 and 8 x ``--base`` characters from paragraphs we write (quotes,
split quotes, trailing and nested attributions, hedges, narrative), gives the pipeline the
articles' own role spans in place of the tagger (the tagger's windows are linear by
construction, measured in eval/benchmark.md), and times every stage. A stage whose time
grows by more than about 2.4x when the text doubles is superlinear.

Usage: python eval/scaling.py [--base 50000]      (writes eval/scaling.json and eval/scaling.md)
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import time
from pathlib import Path

from claims.pipeline import Analyzer, build, default_spec
from claims.pipeline.stage import Context
from claims.tagger.stage import gold_spans_stage
from claims.types import Analysis, Attribution, Span

HERE = Path(__file__).resolve().parent

# (text, [(source, cue, content), ...]) in the order the phrases first occur in the paragraph
PARAGRAPHS = [
    ("Officials said the bridge would reopen in May.", [("Officials", "said", "the bridge would reopen in May")]),
    ('"We are not done yet," the mayor said. "The pier comes next."', [("the mayor", "said", '"We are not done yet,"')]),
    ("The ferry was reportedly delayed by the storm.", [(None, "reportedly", "The ferry was reportedly delayed by the storm")]),
    ("A guard told police that the manager had said the safe was empty.", [("A guard", "told", "the manager had said the safe was empty")]),
    ("The council approved a new budget on Tuesday.", [("The council", "approved", "a new budget")]),
    ("Prices rose by four percent last year, according to the statistics office.", [("the statistics office", "according to", "Prices rose by four percent last year")]),
    ("The storm closed two schools and a market.", []),
]


def _at(text: str, offset: int, phrase: str) -> Span:
    i = text.index(phrase)
    return Span(offset + i, offset + i + len(phrase))


def article(chars: int) -> Analysis:
    parts: list[str] = []
    attributions: list[Attribution] = []
    pos = 0
    while pos < chars:
        for text, marks in PARAGRAPHS:
            for source, cue, content in marks:
                at = [_at(text, pos, p) for p in (cue, content, source) if p]
                attributions.append(Attribution(f"a{len(attributions) + 1}", cues=(at[0],), contents=(at[1],), sources=tuple(at[2:])))
            parts.append(text + "\n")
            pos += len(text) + 1
    return Analysis("".join(parts), tuple(attributions))


def time_stages(doc: Analysis) -> dict[str, float]:
    analyzer = Analyzer(build(default_spec(), replace={"tagger": gold_spans_stage([doc])}))
    analysis = Analysis(text=doc.text)
    ctx = Context(doc.text, analyzer.rubric)
    out: dict[str, float] = {}
    for stage in analyzer.pipeline.stages:
        t0 = time.perf_counter()
        analysis = stage.run_batch([analysis], [ctx], None)[0] if stage.batched else stage.run(analysis, ctx)  # type: ignore[misc]
        out[stage.name] = time.perf_counter() - t0
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=int, default=50_000)
    args = ap.parse_args()
    sizes = [args.base * k for k in (1, 2, 4, 8)]
    runs = {n: time_stages(article(n)) for n in sizes}
    stages = list(runs[sizes[0]])
    growth = {s: (runs[sizes[-1]][s] / runs[sizes[-2]][s]) if runs[sizes[-2]][s] > 1e-3 else None for s in stages}
    report = {"sizes": sizes, "seconds": {str(n): {s: round(t, 3) for s, t in r.items()} for n, r in runs.items()},
              "last_doubling": {s: round(g, 2) if g else None for s, g in growth.items()}, "machine": platform.processor() or platform.machine()}  # fmt: skip
    (HERE / "scaling.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    lines = ["# Stage time against article length", "", f"Articles of {', '.join(f'{n:,}' for n in sizes)} characters (paragraphs we write, dense with attributions), the articles' own spans in place of the tagger. Reproduce: `python eval/scaling.py --base {args.base}`.", "",
             "| stage | " + " | ".join(f"{n:,} ch (s)" for n in sizes) + " | x on the last doubling |", "|---|" + "---|" * (len(sizes) + 1)]  # fmt: skip
    for s in stages:
        g = growth[s]
        flag = "" if g is None else f"{g:.2f}" + (" **superlinear**" if g > 2.4 else "")
        lines.append(f"| `{s}` | " + " | ".join(f"{runs[n][s]:.3f}" for n in sizes) + f" | {flag or '-'} |")
    total = [sum(runs[n].values()) for n in sizes]
    lines.append("| total | " + " | ".join(f"{t:.2f}" for t in total) + f" | {total[-1] / total[-2]:.2f} |")
    exponent = math.log(total[-1] / total[0]) / math.log(sizes[-1] / sizes[0])
    lines += ["", f"Total time grows as length^{exponent:.2f} over this range (1.00 is linear)."]
    (HERE / "scaling.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
