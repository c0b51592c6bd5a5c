"""The model card (README.md) written into every trained model directory."""

from __future__ import annotations

import json
import platform
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from claims.io import atomic_write

POLNEAR_CITATION = (
    "Edward Newell, Drew Margolin, Derek Ruths. An attribution relations corpus for political news. "
    "LREC 2018 (PolNeAR v1.0.0)."
)


def _versions() -> dict[str, str]:
    import tokenizers
    import torch
    import transformers

    from claims import __version__

    return {
        "claims": __version__,
        "python": platform.python_version(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "tokenizers": tokenizers.__version__,
    }


def write_model_card(
    out: Path,
    config: Mapping[str, Any],
    data_hash: str,
    n_train: int,
    dev_metrics: Mapping[str, float],
    history: Sequence[Mapping[str, Any]],
) -> None:
    """Write README.md with data, data hash, dev metrics, settings and versions."""
    citation = config.get("data_citation")
    if citation is None and any("polnear" in str(p).lower() for p in config.get("train_data", [])):
        citation = POLNEAR_CITATION
    rows = "\n".join(f"| {k} | {v} |" for k, v in dev_metrics.items())
    card = f"""---
library_name: claims
tags: [token-classification, attribution, quotation-extraction]
---
# claims tagger

Marks SOURCE, CUE and CONTENT spans of attributions in news text (BIO tags over
{config.get("base_model")}). Load it with `claims score --model DIR` or
`claims.load("DIR")`.{_lineage(config)}

## Training data
- files: {", ".join(map(str, config.get("train_data", []))) or "(in memory)"}
- articles: {n_train}
- sha256 of texts and spans: `{data_hash}`
- data citation: {citation or "none given"}

## Dev metrics (exact and overlap span F1, whitespace trimmed)
| metric | value |
|---|---|
{rows}

## Training settings
```json
{json.dumps(dict(config), indent=1)}
```

## History
```json
{json.dumps(list(history), indent=1)}
```

## Versions
```json
{json.dumps(_versions(), indent=1)}
```

## Limits
Trained on US political news; expect lower accuracy on other genres. Extracted attributions
should be checked by a person before publication.
"""
    atomic_write(out / "README.md", card)


def _lineage(config: Mapping[str, Any]) -> str:
    """Where the weights came from besides the base encoder: a model trained on, a teacher."""
    out = ""
    if config.get("init_model"):
        out += f" Training went on from `{config['init_model']}`."
    if config.get("teacher"):
        out += (
            f" Distilled from the teacher `{config['teacher']}` (weight {config.get('distil_weight')},"
            f" temperature {config.get('distil_temperature')})."
        )
    return out
