"""The model card (README.md) written into every trained model directory."""

from __future__ import annotations

import json
import os
import platform
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from claims.io import atomic_write

POLNEAR_CITATION = (
    "Edward Newell, Drew Margolin, Derek Ruths. An attribution relations corpus for political news. "
    "LREC 2018 (PolNeAR v1.0.0)."
)


_USAGE = """## Use
```python
import claims
analyzer = claims.load("DIR")  # DIR: this model directory
print(analyzer.analyze(open("article.txt", encoding="utf-8").read()))
```
From the shell: `claims score --model DIR article.txt`.
"""

_PATH_KEYS = ("base_model", "init_model", "teacher")
_PATH_LIST_KEYS = ("train_data", "dev_data")


def portable_path(value: str) -> str:
    """A path fit to record in a shipped model; never absolute.

    Relative to the current directory when under it, else only its last two parts
    (``../shared/data/polnear/train`` -> ``polnear/train``). A bare name (a base encoder's
    package name) stays as it is.
    """
    path = Path(os.path.abspath(value))
    try:
        return path.relative_to(os.path.abspath(os.curdir)).as_posix()
    except ValueError:
        return "/".join(path.relative_to(path.anchor).parts[-2:]) or "."


def portable_config(config: Mapping[str, Any]) -> dict[str, Any]:
    """Training settings with every path portable (:func:`portable_path`) and the model directory as ``"."``."""
    out = dict(config)
    if "output_dir" in out:
        out["output_dir"] = "."
    for key in _PATH_KEYS:
        if out.get(key):
            out[key] = portable_path(str(out[key]))
    for key in _PATH_LIST_KEYS:
        if key in out:
            out[key] = [portable_path(str(p)) for p in out[key]]
    return out


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
    pipeline_stages: Sequence[str] | None = None,
) -> None:
    """Write README.md with data, data hash, dev metrics, settings and versions (paths portable).

    ``pipeline_stages``: the stages of the ``pipeline.json`` written next to it, if any.
    """
    config = portable_config(config)
    polnear = any("polnear" in str(p).lower() for p in config.get("train_data", []))
    citation = config.get("data_citation") or (POLNEAR_CITATION if polnear else None)
    rows = "\n".join(f"| {k} | {v} |" for k, v in dev_metrics.items())
    pipeline = f"\n\nPipeline: `pipeline.json` (stages: {', '.join(pipeline_stages)})." if pipeline_stages else ""
    card = f"""{_front_matter(config, polnear, dev_metrics)}
# claims tagger

Marks SOURCE, CUE and CONTENT spans of attributions in news text (BIO tags over
{config.get("base_model")}).{_lineage(config)}{pipeline}

{_USAGE}
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
{json.dumps(config, indent=1)}
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


def _yaml_scalar(value: object) -> str:
    """A plain YAML scalar when safe, else a quoted (JSON) string."""
    text = str(value)
    return text if re.fullmatch(r"[A-Za-z0-9_][\w./-]*", text) else json.dumps(text)


def _front_matter(config: Mapping[str, Any], polnear: bool, dev_metrics: Mapping[str, float]) -> str:
    """The YAML header: library, licence, base model, data set and the names of the dev metrics."""
    lines = ["---", "library_name: claims", "license: apache-2.0"]
    if config.get("base_model"):
        lines.append(f"base_model: {_yaml_scalar(config['base_model'])}")
    if polnear:
        lines.append("datasets: [polnear]")
    if dev_metrics:
        lines.append(f"metrics: [{', '.join(_yaml_scalar(k) for k in dev_metrics)}]")
    lines += ["tags: [token-classification, attribution, quotation-extraction]", "---"]
    return "\n".join(lines)


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
