"""The syntax heads (claims.syntax) against spaCy: fit them, and measure how often they agree.

    python eval/syntax.py --fit 420     # fit on the first 420 PolNeAR train articles, write models/claims-minilm/syntax
    python eval/syntax.py               # agreement with spaCy on PolNeAR dev -> eval/syntax.json

Agreement is with spaCy's own output (the teacher), not with gold syntax: PolNeAR has none.
Tags, arcs (UAS: head; LAS: head and label) and entities are compared token by token over
non-whitespace tokens, sentences and entities as spans (F1).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
POLNEAR = HERE.parent.parent / "shared" / "data" / "polnear"
MODEL = HERE.parent / "models" / "claims-minilm"


def f1(gold: set[Any], found: set[Any]) -> float:
    tp = len(gold & found)
    return round(200 * tp / max(1, len(gold) + len(found)), 2)


def agreement(teacher: list[Any], student: list[Any]) -> dict[str, float]:
    from claims.lemmas import lemma as lemma_of

    n = tag = pos = lemma = uas = las = ent = 0
    sg: set[Any] = set()
    ss: set[Any] = set()
    eg: set[Any] = set()
    es: set[Any] = set()
    for k, (t, s) in enumerate(zip(teacher, student, strict=True)):
        for a, b in zip(t, s, strict=True):
            if a.is_space:
                continue
            n += 1
            tag += a.tag_ == b.tag_
            pos += a.pos_ == b.pos_
            lemma += lemma_of(a) == lemma_of(b)
            uas += a.head.i == b.head.i
            las += a.head.i == b.head.i and a.dep_ == b.dep_
            ent += (a.ent_iob_, a.ent_type_) == (b.ent_iob_, b.ent_type_)
        sg |= {(k, x.start_char, x.end_char) for x in t.sents}
        ss |= {(k, x.start_char, x.end_char) for x in s.sents}
        eg |= {(k, e.start_char, e.end_char, e.label_) for e in t.ents}
        es |= {(k, e.start_char, e.end_char, e.label_) for e in s.ents}
    return {
        "tokens": n,
        "tag_accuracy": round(100 * tag / n, 2),
        "pos_accuracy": round(100 * pos / n, 2),
        "lemma_accuracy": round(100 * lemma / n, 2),
        "uas": round(100 * uas / n, 2),
        "las": round(100 * las / n, 2),
        "entity_token_accuracy": round(100 * ent / n, 2),
        "sentence_f1": f1(sg, ss),
        "entity_f1": f1(eg, es),
    }


def analyzer(model: str, syntax: bool, precision: str) -> Any:
    """The default pipeline, its tagger parsing with the syntax heads or leaving the parse to spaCy."""
    from claims.pipeline import Analyzer, build
    from claims.pipeline.config import spec_for

    settings = {
        "tagger": {"model": model, "precision": precision, "syntax": syntax},
        "calibrate": {"model": model},
        "unattributed": {"model": model, "precision": precision},
    }
    return Analyzer(build(spec_for(Path(model), None), (), settings))


def outputs_agree(a: Any, b: Any) -> dict[str, float]:
    """How much of two runs' output is the same, in percent of the articles or of the union of items."""

    def share(x: set[Any], y: set[Any]) -> float:
        return round(100 * len(x & y) / max(1, len(x | y)), 2)

    rows = list(zip(a, b, strict=True))

    def field(get: Any) -> float:
        """Agreement on one property of the attributions with the same spans in both runs."""
        x = {(i, t.cues, t.sources, t.contents): get(t) for i, (r, _) in enumerate(rows) for t in r.attributions}
        y = {(i, t.cues, t.sources, t.contents): get(t) for i, (_, r) in enumerate(rows) for t in r.attributions}
        both = x.keys() & y.keys()
        return round(100 * sum(x[k] == y[k] for k in both) / max(1, len(both)), 2)

    return {
        "attribution_spans": share(
            {(i, t.cues, t.sources, t.contents) for i, (x, _) in enumerate(rows) for t in x.attributions},
            {(i, t.cues, t.sources, t.contents) for i, (_, y) in enumerate(rows) for t in y.attributions},
        ),
        "relation": field(lambda t: t.relation),
        "is_claim": field(lambda t: t.is_claim),
        "source_entity_named": field(lambda t: t.source_entity is not None),
        "kind": field(lambda t: t.kind),
        "sources": share({(i, s.name, s.type, s.mentions) for i, (x, _) in enumerate(rows) for s in x.sources},
                         {(i, s.name, s.type, s.mentions) for i, (_, y) in enumerate(rows) for s in y.sources}),
        "unattributed": share({(i, u.span) for i, (x, _) in enumerate(rows) for u in x.unattributed},
                              {(i, u.span) for i, (_, y) in enumerate(rows) for u in y.unattributed}),
        "same_score_articles": round(100 * sum(x.score.value == y.score.value for x, y in rows) / len(rows), 2),
        "mean_abs_score_difference": round(sum(abs(x.score.value - y.score.value) for x, y in rows) / len(rows), 3),
    }


def pipeline_report(model: str, precision: str) -> dict[str, Any]:
    """The default pipeline on dev with spaCy's parse and with the heads' parse: F1 by half, agreement, stage times."""
    from halves import by_half

    from claims.formats import load_corpus

    gold = load_corpus(POLNEAR / "dev")
    texts = [d.text for d in gold]
    out: dict[str, Any] = {}
    runs = {}
    for name, flag in (("spacy", False), ("heads", True)):
        stages: dict[str, float] = {}

        def timer(stage: str, seconds: float, into: dict[str, float] = stages) -> None:
            into[stage] = into.get(stage, 0.0) + seconds

        an = analyzer(model, flag, precision)
        began = time.perf_counter()
        runs[name] = list(an.analyze_many(texts, timer=timer))
        out[name] = {"seconds": round(time.perf_counter() - began, 2), **by_half(runs[name], gold),
                     "stages_s": {k: round(v, 2) for k, v in sorted(stages.items(), key=lambda kv: -kv[1])[:6]}}
    out["agreement"] = outputs_agree(runs["spacy"], runs["heads"])
    return out


def main() -> None:
    """Fit (``--fit``) and measure; ``--rewrite`` only rewrites ``syntax.md`` from ``syntax.json``."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--fit", type=int, default=0, help="fit on this many train articles first")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--model", default=str(MODEL))
    ap.add_argument("--pipeline", action="store_true", help="also the whole pipeline, spaCy's parse against the heads'")
    ap.add_argument("--precision", default="auto")
    ap.add_argument("--rewrite", action="store_true", help="rewrite syntax.md from syntax.json")
    args = ap.parse_args()
    if args.rewrite:
        from claims.io import atomic_write

        atomic_write(HERE / "syntax.md", markdown(json.loads((HERE / "syntax.json").read_text()), args.model))
        return

    from claims.formats import load_corpus
    from claims.nlp import parser
    from claims.syntax.fit import POS, article_features, fit_heads, label_sets
    from claims.syntax.heads import SyntaxConfig, save_heads
    from claims.syntax.parse import SyntaxParser
    from claims.tagger.encode import encode
    from claims.tagger.model import tagger_fingerprint
    from claims.tagger.predict import Tagger

    tagger = Tagger.from_pretrained(args.model, precision="fp32")
    nlp = parser()
    report: dict[str, Any] = {}
    if args.fit:
        texts = [d.text for d in load_corpus(POLNEAR / "train")[: args.fit]]
        tags, deps, ents = label_sets(nlp)
        config = SyntaxConfig(tags=tags, deps=deps, ents=ents, pos=POS, tagger=tagger_fingerprint(tagger.model))
        started = time.perf_counter()
        data = article_features(tagger, nlp, texts, config)
        print(f"features of {len(texts)} articles: {time.perf_counter() - started:.0f} s", flush=True)
        started = time.perf_counter()
        heads = fit_heads(config, data, epochs=args.epochs, log=lambda m: print(m, flush=True))
        fit_s = round(time.perf_counter() - started)
        card = {"teacher": config.parser, "articles": len(texts), "tokens": sum(len(f.tokens) for f, _ in data),
                "epochs": args.epochs, "fit_s": fit_s, "data": "PolNeAR train (the first articles)"}
        save_heads(heads, args.model, card)
        del data
    syntax = SyntaxParser.from_model_dir(args.model)
    assert syntax is not None, "no syntax heads: fit them first (--fit N)"
    dev = [d.text for d in load_corpus(POLNEAR / "dev")]
    teacher = list(nlp.pipe(dev))
    started = time.perf_counter()
    encoded = [encode(tagger.tokenizer, t) for t in dev]
    _, states = tagger.forward(encoded, 16, layers=syntax.layers)
    forward_s = time.perf_counter() - started
    started = time.perf_counter()
    student = syntax.parse_many([syntax.features(t, e.offsets, s) for t, e, s in zip(dev, encoded, states, strict=True)])
    heads_s = time.perf_counter() - started
    report = {"dev": agreement(teacher, student), "heads_s": round(heads_s, 2), "forward_s": round(forward_s, 2)}
    if args.pipeline:
        report["pipeline"] = pipeline_report(args.model, args.precision)
    print(json.dumps(report, indent=1))
    from claims.io import atomic_write

    atomic_write(HERE / "syntax.json", json.dumps(report, indent=1) + "\n")
    atomic_write(HERE / "syntax.md", markdown(report, args.model))


def markdown(report: dict[str, Any], model: str) -> str:
    """The report as the tables of ``eval/syntax.md``."""
    d = report["dev"]
    lines = [
        "# Syntax heads against spaCy",
        "",
        f"Heads over the tagger's states (`claims.syntax`, model `{Path(model).name}`) against the spaCy pipeline",
        "they were distilled from, on PolNeAR dev (84 articles; agreement with spaCy, not gold syntax).",
        "Reproduce: `python eval/syntax.py --fit 420 --pipeline` (fit on the first 420 train articles, then measure).",
        "",
        "| tokens | tags % | parts of speech % | lemmas % | UAS % | LAS % | entity tokens % | sentence F1 "
        "| entity F1 | heads s | forward s |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        f"| {d['tokens']} | {d['tag_accuracy']} | {d.get('pos_accuracy', '')} | {d.get('lemma_accuracy', '')} | {d['uas']} | {d['las']} | {d['entity_token_accuracy']} "
        f"| {d['sentence_f1']} | {d['entity_f1']} | {report['heads_s']} | {report['forward_s']} |",
    ]
    pipe = report.get("pipeline")
    if pipe:
        lines += [
            "",
            "The default pipeline reading spaCy's parse, then the heads' (tagger setting `syntax`), fp32 here:",
            "",
            "| parse | part | source | cue | content | attribution overlap | attribution exact | seconds | slowest stages (s) |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for name in ("spacy", "heads"):
            r = pipe[name]
            slow = ", ".join(f"{k} {v}" for k, v in list(r["stages_s"].items())[:4])
            for part in ("all", "first half", "second half"):
                x = r[part]
                lines.append(
                    f"| {name} | {part} | {x['source_exact']} | {x['cue_exact']} | {x['content_exact']} "
                    f"| {x['attribution_overlap']} | {x['attribution_exact']} "
                    f"| {r['seconds'] if part == 'all' else ''} | {slow if part == 'all' else ''} |"
                )
        a = pipe["agreement"]
        lines += [
            "",
            f"Same output with either parse: {a['attribution_spans']}% of attributions (their spans); of those "
            f"in both, {a['relation']}% keep their relation, {a['is_claim']}% their claim status, "
            f"{a['source_entity_named']}% whether they have a source entity, {a['kind']}% their kind; "
            f"{a['sources']}% of sources (name, type, mentions), {a['unattributed']}% of unattributed "
            f"statements; {a['same_score_articles']}% of articles keep their score (mean difference "
            f"{a['mean_abs_score_difference']} points).",
        ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
