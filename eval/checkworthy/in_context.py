"""Check-worthiness vectors pooled from the tagger's own forward pass, against each statement read alone.

    python eval/checkworthy/in_context.py [--parts abcdghi] [--cache /tmp/cw-cache]

The shipped classifier reads each candidate statement alone through the tagger's encoder: a
second encoder pass after the tagger's. Its states are already there, read in context. This
measures what reusing them costs: each statement's vector is the mean of the tagger's
last-layer states over its tokens (the article read as the tagger reads it, word shapes
included; a debate sentence is its own article). The classifier is refitted on those vectors
with the same data, settings and folds, and scored as `tune.py` scores: out of fold, on the
tuned parts only, by sentence and end to end. Results go to in_context.json and in_context.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from evaluate import NEWS, gold_articles  # noqa: E402
from tune import DEBATES, threshold_curve  # noqa: E402

from claims.checkworthy.data import labelled_spans, read_examples  # noqa: E402
from claims.checkworthy.features import (  # noqa: E402
    CHEAP,
    cheap_features,
    context_features,
    parse_sentences,
    with_context,
)
from claims.checkworthy.train import CheckworthyConfig, fit_arrays, model_of  # noqa: E402
from claims.cli.train_checkworthy import cached_features  # noqa: E402
from claims.pipeline import default_model_path, load  # noqa: E402
from claims.tagger.encode import encode  # noqa: E402
from claims.tagger.model import tagger_fingerprint  # noqa: E402
from claims.tagger.predict import Tagger  # noqa: E402
from claims.types import Analysis, Span  # noqa: E402
from claims.unattributed import candidates, statement_type  # noqa: E402

HERE = Path(__file__).parent
CHUNK = 512  # texts per tagger call


def pooled(tagger: Tagger, texts: Sequence[str], spans: Sequence[Sequence[Span]]) -> np.ndarray:
    """One unit vector per span: the mean of the tagger's last-layer states over the span's tokens."""
    rows: list[np.ndarray] = []
    for b in range(0, len(texts), CHUNK):
        encoded = [encode(tagger.tokenizer, t) for t in texts[b : b + CHUNK]]
        _, states = tagger.forward(encoded, 16, None, (-1,))
        for enc, st, sps in zip(encoded, states, spans[b : b + CHUNK], strict=True):
            starts = np.array([s for s, _ in enc.offsets])
            ends = np.array([e for _, e in enc.offsets])
            for sp in sps:
                inside = (starts < sp.end) & (ends > sp.start)
                v = st[inside].mean(0) if inside.any() else np.zeros(st.shape[1], dtype=np.float32)
                rows.append(v / max(float(np.linalg.norm(v)), 1e-12))
    return np.vstack(rows).astype(np.float32)


def file_vectors(tagger: Tagger, path: Path, cache: Path) -> np.ndarray:
    """The in-context vectors of one data file's examples, in their order (cached)."""
    if path.suffix == ".jsonl":
        arts = [labelled_spans(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line]
        texts, spans = [t for t, _ in arts], [[s for s, _ in lab] for _, lab in arts]
    else:
        texts = [e.text for e in read_examples(path)]
        spans = [[Span(0, len(t))] for t in texts]
    stamp = tagger_fingerprint(tagger.model)  # a retrained tagger: new vectors
    key = hashlib.sha256(json.dumps([stamp, texts, [[(s.start, s.end) for s in x] for x in spans]]).encode()).hexdigest()
    stored = cache / f"{path.stem}-incontext-{tagger.precision}-{key[:16]}.npy"
    if stored.is_file():
        return np.asarray(np.load(stored))
    print(f"in-context vectors of {path.name}", file=sys.stderr, flush=True)
    x = pooled(tagger, texts, spans)
    np.save(stored, x)
    return x


def end_to_end(
    x: np.ndarray, examples: list, xc: np.ndarray, flat: list, docs: list[Analysis], always: np.ndarray
) -> dict[str, float]:
    """tune.py's measure: five folds by article, the list's F1 at its best threshold."""
    config = CheckworthyConfig()
    ids = np.array([str(d.id) for d in docs])
    owner = np.array([i for i, _ in flat])
    prob = np.zeros(len(flat))
    for _, test in GroupKFold(n_splits=5).split(ids, groups=ids):
        held = set(ids[test].tolist())
        keep = np.array([not (e.corpus == "news" and e.group in held) for e in examples])
        model = model_of(fit_arrays(x[keep], [e for e, k in zip(examples, keep, strict=True) if k], config), examples, config)
        rows = np.isin(owner, test)
        prob[rows] = model.calibrated(model.decision(xc[rows]))
    return max(threshold_curve(docs, flat, prob, always), key=lambda r: r["f1"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parts", default="abcdghi")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/cw-cache"))
    ap.add_argument("--precision", default="fp32")
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    say = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    home = default_model_path()
    tagger = Tagger.from_pretrained(home, precision=args.precision)
    files = [*DEBATES, *(NEWS / f"part_{p}.jsonl" for p in args.parts)]
    rows = [read_examples(f) for f in files]
    examples = [e for r in rows for e in r]
    contexts = [e.context for e in examples]
    alone_cfg = CheckworthyConfig(encoder="tagger")
    alone = np.vstack([cached_features(f, r, alone_cfg, args.cache, say, home) for f, r in zip(files, rows, strict=True)])
    dim = alone.shape[1] - len(CHEAP)
    inside = np.vstack([file_vectors(tagger, f, args.cache) for f in files])
    variants = {"alone": alone, "in_context": np.hstack([inside, alone[:, dim:]])}
    docs = gold_articles(args.parts)
    analysed = load(exclude=["unattributed", "claim_scores", "article_score"]).analyze_many([d.text for d in docs])
    cands = [candidates(a) for a in analysed]
    flat = [(i, c) for i, cs in enumerate(cands) for c in cs]
    cand_texts = [c.of(docs[i].text) for i, c in flat]
    cheap = cheap_features(parse_sentences(cand_texts, alone_cfg.parser), alone_cfg.words)
    ctx = [row for i, cs in enumerate(cands) for row in context_features(docs[i].text, cs)]
    always = np.array([statement_type(t) == "casualty_figure" for t in cand_texts], dtype=bool)
    from claims.checkworthy.features import sentence_vectors

    cand_vectors = {
        "alone": sentence_vectors(cand_texts, str(home)),
        "in_context": pooled(tagger, [d.text for d in docs], cands),
    }
    out: dict[str, object] = {"parts": args.parts, "precision": args.precision, "candidates": len(flat)}
    for name, feats in variants.items():
        x = with_context(feats, contexts)
        sentence = fit_arrays(x, examples, CheckworthyConfig()).metrics
        xc = with_context(np.hstack([cand_vectors[name], cheap]), ctx)
        out[name] = {"sentence_out_of_fold": sentence, "end_to_end": end_to_end(x, examples, xc, flat, docs, always)}
        say(f"{name}: {out[name]}")
    (HERE / "in_context.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    lines = [
        "# Check-worthiness vectors: each statement alone, or pooled from the tagger's pass",
        "",
        f"Tuned news parts `{args.parts}`, {len(flat)} candidates; pooled vectors in {args.precision}, the alone ones in",
        "fp32 (as the classifier is trained); out of fold by article.",
        "",
        "| vectors | sentence AP | sentence F1 | end-to-end threshold | P | R | F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in variants:
        r = out[name]
        assert isinstance(r, dict)
        s, e = r["sentence_out_of_fold"], r["end_to_end"]
        lines.append(
            f"| {name} | {s['average_precision']} | {s['f1']} | {e['threshold']} | {e['precision']} | {e['recall']} | {e['f1']} |"
        )
    (HERE / "in_context.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
