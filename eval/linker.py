"""The learned linker against the rule linker on PolNeAR dev, with gold spans and end to end.

Usage: python eval/linker.py [--write] [--model models/claims-minilm]
Fits the pair model on PolNeAR train (`claims.linking.fit.fit_link_model`, seed 13); `--write`
saves it as the shipped `claims/data/linker.json`. Each linker is scored on its own (link only)
and followed by every later stage (the pipeline less the stages that do not touch attributions),
on the gold spans (the linking ceiling) and on the tagger's spans (fp32), on all of dev and on
each half (`eval/halves.py`: nothing was tuned on either; the threshold is the model's 0.5).
Writes eval/linker.json and eval/linker.md; only numbers are written.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
POLNEAR = HERE.parent.parent / "shared" / "data" / "polnear"
NOT_ATTRIBUTIONS = ["relations", "calibrate", "claim_types", "sources", "unattributed", "claim_scores", "article_score"]


def tagged_exactly(gold: Sequence[Any], spans: Sequence[Sequence[Any]]) -> float:
    """Share of gold attributions whose every span the tagger found exactly: what any linker can reach."""
    ok = total = 0
    for doc, tagged in zip(gold, spans, strict=True):
        have = {(t.role, t.span.strip(doc.text)) for t in tagged}
        for a in doc.attributions:
            total += 1
            ok += {(r, s.strip(doc.text)) for r, s in a.spans() if len(s.strip(doc.text))} <= have
    return round(100.0 * ok / max(total, 1), 2)


def main() -> None:
    from halves import by_half

    from claims.formats import load_corpus
    from claims.linking import LinkModel, learned_link, link
    from claims.linking.fit import fit_link_model
    from claims.pipeline import Analyzer, build, default_spec
    from claims.pipeline.registry import learned_link_stage, make
    from claims.tagger.predict import Tagger
    from claims.tagger.stage import fixed_spans_stage, gold_spans

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="models/claims-minilm")
    ap.add_argument("--write", action="store_true", help="save the fitted linker as claims/data/linker.json")
    args = ap.parse_args()
    train, dev = load_corpus(POLNEAR / "train"), load_corpus(POLNEAR / "dev")
    began = time.perf_counter()
    model = fit_link_model(train)
    fit_s = time.perf_counter() - began
    if args.write:
        from claims.io import atomic_write

        shipped = HERE.parent / "claims" / "data" / "linker.json"
        atomic_write(shipped, json.dumps(model.to_json(), separators=(",", ":")) + "\n")
    model = LinkModel.from_json(model.to_json())  # score what the file holds (rounded weights)
    texts = [d.text for d in dev]
    tagger = Tagger.from_pretrained(args.model, precision="fp32")
    spans = {"gold spans": [list(gold_spans(d)) for d in dev], "tagged spans": tagger.predict(texts)}
    results: dict[str, Any] = {
        "fit_s": round(fit_s, 1),
        "card": model.card,
        "tagged_exactly_pct": tagged_exactly(dev, spans["tagged spans"]),
    }
    linkers = {"rules": make("link", {}), "learned": learned_link_stage(model)}
    for which, found in spans.items():
        by_text = dict(zip(texts, found, strict=True))
        for name, stage in linkers.items():
            t0 = time.perf_counter()
            alone = [
                link(t, s) if name == "rules" else learned_link(t, s, model) for t, s in zip(texts, found, strict=True)
            ]
            link_s = time.perf_counter() - t0
            spans_stage = fixed_spans_stage(by_text, "tagger", "spans tagged beforehand")
            pipe = build(default_spec(), NOT_ATTRIBUTIONS, replace={"tagger": spans_stage, "link": stage})
            after = list(Analyzer(pipe).analyze_many(texts))
            results[f"{which}, {name}"] = {
                "link_s": round(link_s, 2),
                "link only": by_half(alone, dev),
                "with the rules": by_half(after, dev),
            }
            print(which, name, results[f"{which}, {name}"]["with the rules"]["all"], flush=True)
    (HERE / "linker.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    write_markdown(results, args.model)


def write_markdown(results: Mapping[str, Any], model: str) -> None:
    """eval/linker.md from the measurements."""
    card = results["card"]
    lines = [
        "# The learned linker against the rules, PolNeAR dev",
        "",
        f"Pair model fitted on PolNeAR train ({card['articles']} articles, {card['pairs']} candidate pairs of the "
        f"annotated spans, {card['linked']} linked; one ReLU layer of {card['hidden']}, seed {card['seed']}, "
        f"{card['epochs']} epochs, {results['fit_s']} s). Threshold 0.5, not tuned. Tagged spans: `{model}` in fp32. "
        "*Link only* scores the linker's attributions; *with the rules* runs every later stage that touches "
        "attributions. Attribution F1 overlap / exact, first annotator; the halves are those of `eval/halves.md`. "
        "Reproduce: `python eval/linker.py`.",
        "",
        "| spans | linker | part | link only | with the rules | link s (84 articles) |",
        "|---|---|---|---|---|---|",
    ]
    for key, r in results.items():
        if not isinstance(r, dict) or "link only" not in r:
            continue
        which, _, name = key.partition(", ")
        for part in ("all", "first half", "second half"):
            a, b = r["link only"][part], r["with the rules"][part]
            lines.append(
                f"| {which} | {name} | {part} | {a['attribution_overlap']} / {a['attribution_exact']} "
                f"| {b['attribution_overlap']} / {b['attribution_exact']} | {r['link_s']} |"
            )
    lines += [
        "",
        f"Of the gold attributions of dev, {results['tagged_exactly_pct']}% have every span (cue, sources, "
        "content fragments) among the tagger's spans exactly: no linker can get more than that share exactly "
        "right from these spans before the rules mend some of them.",
    ]
    (HERE / "linker.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
