"""Choose the classifier's settings and threshold on the tuned news parts, end to end and out of fold.

    python eval/checkworthy/tune.py [--parts abcdghi] [--cache /tmp/cw-cache]

The whole pipeline (tagger, rules) runs once on each tuned article and gives its candidate
statements; the classifier is fitted five times, each time without one fifth of the articles
(debate sentences always in), and scores the candidates of the articles it did not see. The
unattributed-claim list is then compared with the gold (sentences labelled `claim`, and the
`part`s of attributed ones) at every threshold. Writes tuning[-clauses][-always][-ENCODER].json and .md
beside this file.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from evaluate import DATA, NEWS, gold_articles  # noqa: E402

from claims.checkworthy.data import read_examples  # noqa: E402
from claims.checkworthy.features import context_features, sentence_features, with_context  # noqa: E402
from claims.checkworthy.model import encoder_location  # noqa: E402
from claims.checkworthy.train import CheckworthyConfig, fit_arrays, model_of  # noqa: E402
from claims.cli.train_checkworthy import cached_features  # noqa: E402
from claims.evaluation.metrics import unattributed_prf  # noqa: E402
from claims.pipeline import default_model_path, load  # noqa: E402
from claims.types import Analysis, Span, Unattributed  # noqa: E402
from claims.unattributed import candidates, statement_type  # noqa: E402

DEBATES = [DATA / "claimbuster-train.json", DATA / "CT19-T1-Training.csv"]
GRID = [
    {"debate_weight": 0.1, "c": 0.1},
    {"debate_weight": 0.03, "c": 0.1},
    {"debate_weight": 0.3, "c": 0.1},
    {"debate_weight": 0.1, "c": 0.5},
]


CLAUSE_HEADS = frozenset({"conj", "relcl", "advcl", "ccomp"})  # a verb heading one of these heads a clause
MIN_CLAUSE_WORDS = 4


def clauses(text: str, parser_name: str) -> list[str]:
    """The clauses of a statement other than itself: the subtree of each verb that heads a conjunct,
    relative, adverbial or complement clause, when at least :data:`MIN_CLAUSE_WORDS` words long."""
    from claims.nlp import parser, run_pipe

    doc = next(run_pipe(parser(parser_name), [text], ("ner",)))
    out = []
    for tok in doc:
        if tok.dep_ in CLAUSE_HEADS and tok.pos_ in ("VERB", "AUX"):
            sub = list(tok.subtree)
            piece = doc[sub[0].i : sub[-1].i + 1].text
            if len(piece.split()) >= MIN_CLAUSE_WORDS and piece != text:
                out.append(piece)
    return out


def threshold_curve(
    docs: list[Analysis], flat: list[tuple[int, Span]], prob: np.ndarray, always: np.ndarray
) -> list[dict[str, float]]:
    """The unattributed-claim list against the gold at each threshold from 0.10 to 0.70 (``always``: listed anyway)."""
    curve = []
    for t in np.arange(0.10, 0.71, 0.01):
        preds = [
            Analysis(text=d.text, unattributed=tuple(Unattributed(c) for (i, c), p, al in zip(flat, prob, always, strict=True) if i == k and (p >= t or al)))
            for k, d in enumerate(docs)
        ]  # fmt: skip
        res = unattributed_prf(zip(preds, docs, strict=True))
        assert res is not None
        curve.append({"threshold": round(float(t), 2), **res.as_dict()})
    return curve


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parts", default="abcd")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/cw/cache"))
    ap.add_argument(
        "--clauses", action="store_true", help="a statement is as check-worthy as its most check-worthy clause"
    )
    ap.add_argument("--always", nargs="*", default=[], help="claim types listed whatever their check-worthiness")
    ap.add_argument("--grid", type=int, default=len(GRID), help="try only the first N settings")
    ap.add_argument("--encoder", default=CheckworthyConfig.encoder, help="sentence encoder ('tagger': the shipped tagger's)")
    args = ap.parse_args()
    base = CheckworthyConfig(encoder=args.encoder)
    home = default_model_path()
    encoder = encoder_location(base.encoder, home)
    say = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    files = [*DEBATES, *(NEWS / f"part_{p}.jsonl" for p in args.parts)]
    rows = [read_examples(f) for f in files]
    x = np.vstack([cached_features(f, r, base, args.cache, say, home) for f, r in zip(files, rows, strict=True)])
    examples = [e for r in rows for e in r]
    x = with_context(x, [e.context for e in examples])
    docs = gold_articles(args.parts)
    analyzer = load(exclude=["unattributed", "claim_scores", "article_score"])
    say(f"pipeline on {len(docs)} articles")
    analysed = analyzer.analyze_many([d.text for d in docs], [str(d.id) for d in docs])
    cands = [candidates(a) for a in analysed]
    flat = [(i, c) for i, cs in enumerate(cands) for c in cs]
    xc = sentence_features([c.of(docs[i].text) for i, c in flat], encoder, base.parser, base.words)
    cand_context = [row for i, cs in enumerate(cands) for row in context_features(docs[i].text, cs)]
    xc = with_context(xc, cand_context)
    ids = np.array([str(d.id) for d in docs])
    always = np.array([statement_type(c.of(docs[i].text)) in set(args.always) for i, c in flat], dtype=bool)
    say(f"{int(always.sum())} candidates always listed")
    clause_of: list[int] = []  # the candidate each clause belongs to
    clause_texts: list[str] = []
    if args.clauses:
        for k, (i, c) in enumerate(flat):
            for t in clauses(c.of(docs[i].text), base.parser):
                clause_of.append(k)
                clause_texts.append(t)
        say(f"{len(clause_texts)} clauses")
    xcl = None
    if clause_texts:
        xcl = sentence_features(clause_texts, encoder, base.parser, base.words)
        xcl = with_context(xcl, [cand_context[k] for k in clause_of])
    results = []
    for setting in GRID[: args.grid]:
        config = replace(base, **setting)
        prob = np.zeros(len(flat))
        owner = np.array([i for i, _ in flat])
        for _, test in GroupKFold(n_splits=5).split(ids, groups=ids):
            held = set(ids[test].tolist())
            keep = np.array([not (e.corpus == "news" and e.group in held) for e in examples])
            fitted = fit_arrays(x[keep], [e for e, k in zip(examples, keep, strict=True) if k], config)
            model = model_of(fitted, examples, config)
            rows_c = np.isin(owner, test)
            prob[rows_c] = model.calibrated(model.decision(xc[rows_c]))
            if xcl is not None:
                pc = model.calibrated(model.decision(xcl))
                for j, k in enumerate(clause_of):
                    if rows_c[k]:
                        prob[k] = max(prob[k], pc[j])
        curve = threshold_curve(docs, flat, prob, always)
        best = max(curve, key=lambda r: r["f1"])
        ok = [r for r in curve if r["precision"] >= 60 and r["recall"] >= 70]
        results.append({**setting, "best": best, "meets_p60_r70": bool(ok), "curve": curve})
        say(f"{setting}: best {best}")
    out = {
        "parts": args.parts,
        "encoder": args.encoder,
        "clauses": args.clauses,
        "articles": len(docs),
        "candidates": len(flat),
        "grid": results,
    }
    here = Path(__file__).parent
    name = "tuning" + ("-clauses" if args.clauses else "") + ("-always" if args.always else "")
    name += "" if args.encoder == CheckworthyConfig.encoder else f"-{Path(args.encoder).name}"
    (here / f"{name}.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    lines = [
        "# Check-worthiness: settings and threshold, out of fold, end to end",
        "",
        f"Tuned news parts `{args.parts}`, encoder `{args.encoder}`: {len(docs)} articles, {len(flat)} candidate statements from the whole",
        "pipeline. Five folds by article; each fold's classifier never saw the articles it scores.",
        "",
        "| debate weight | C | best threshold | P | R | F1 | P >= 60 at R >= 70 somewhere |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        b = r["best"]
        lines.append(
            f"| {r['debate_weight']} | {r['c']} | {b['threshold']} | {b['precision']} | {b['recall']} | {b['f1']} | {r['meets_p60_r70']} |"
        )
    (here / f"{name}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
