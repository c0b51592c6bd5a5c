"""The training windows of ``claims train``, built with Hugging Face ``datasets`` and cached with the checkpoint.

Articles become a :class:`datasets.Dataset` of (article index, text, gold spans); a batched
``map`` tokenises each article whole (:func:`~claims.tagger.encode.windowed`), tags its tokens
(:func:`~claims.tagger.encode.label_ids`) and cuts it into one row per window
(:func:`~claims.tagger.encode.window_features`), in article order, then window order. The
mapped rows are written to ``checkpoint/windows/`` under a key made of the data, the
tokenizer, the window settings and :data:`VERSION`, so a resumed run reads them back instead
of tokenising again, a run with another window, stride, tokenizer or data builds its own,
and the cache goes with the checkpoint when the run succeeds.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from transformers import PreTrainedTokenizerBase

from claims.tagger.encode import label_ids, window_features, windowed
from claims.types import Analysis, Role, Span

if TYPE_CHECKING:
    from datasets import Dataset

VERSION = "1"  # part of the cache key: bump it when what a window row holds changes
FEATURES = ("input_ids", "shape_ids", "attention_mask", "labels")  # what the training loop feeds the model
WINDOWS = "windows"  # the cache folder inside the checkpoint


def gold_spans(doc: Analysis) -> list[tuple[Role, Span]]:
    """The role spans the tagger learns from: every span of every attribution, stripped, empty ones dropped."""
    return [(r, s.strip(doc.text)) for a in doc.attributions for r, s in a.spans() if len(s.strip(doc.text))]


def article_columns(docs: Sequence[Analysis]) -> dict[str, list[Any]]:
    """One row per article: its index, its text and its gold spans as ``{"role", "start", "end"}``."""
    return {
        "article": list(range(len(docs))),
        "text": [d.text for d in docs],
        "spans": [[{"role": r.value, "start": s.start, "end": s.end} for r, s in gold_spans(d)] for d in docs],
    }


def window_key(columns: dict[str, list[Any]], tokenizer: PreTrainedTokenizerBase, size: int, stride: int) -> str:
    """The cache key of the windows of ``columns``: a hash of the data, the tokenizer, the window settings."""
    from datasets.fingerprint import Hasher

    data = json.dumps(columns, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    parts = [VERSION, Hasher.hash(tokenizer), f"{size},{stride}"]
    return str(Hasher.hash_bytes([data, *(part.encode() for part in parts)]))


def window_rows(
    batch: dict[str, list[Any]], tokenizer: PreTrainedTokenizerBase, size: int, stride: int
) -> dict[str, list[Any]]:
    """The ``map`` function: a batch of articles in, one row per window out (with its article and token range)."""
    out: dict[str, list[Any]] = {k: [] for k in ("article", "start", "end", *FEATURES)}
    encoded = windowed(tokenizer, batch["text"], size, stride)
    for article, spans, (enc, wins) in zip(batch["article"], batch["spans"], encoded, strict=True):
        labels = label_ids(enc, [(Role(s["role"]), Span(s["start"], s["end"])) for s in spans])
        for w in wins:
            out["article"].append(article)
            out["start"].append(w.start)
            out["end"].append(w.end)
            for k, v in window_features(tokenizer, enc, w, labels).items():
                out[k].append(v)
    return out


def window_dataset(
    tokenizer: PreTrainedTokenizerBase, docs: Sequence[Analysis], size: int, stride: int, cache: Path | None = None
) -> tuple[Dataset, str]:
    """The windows of ``docs`` as a dataset, and its key; cached in ``cache`` (a folder) when given.

    A cache file of another key in ``cache`` is stale (other data, tokenizer or window) and removed.
    """
    from datasets import Dataset, Features, List, Value

    columns = article_columns(docs)
    key = window_key(columns, tokenizer, size, stride)
    rows = Features({"article": Value("int32"), "start": Value("int32"), "end": Value("int32")})
    rows.update({k: List(Value("int32")) for k in FEATURES})
    if not docs:  # map would not run, and give no columns
        return Dataset.from_dict({k: [] for k in rows}, features=rows), key
    span = {"role": Value("string"), "start": Value("int32"), "end": Value("int32")}
    articles = Dataset.from_dict(
        columns, features=Features({"article": Value("int32"), "text": Value("string"), "spans": List(span)})
    )
    path = None
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        path = cache / f"{key}.arrow"
        for stale in cache.glob("*.arrow"):
            if stale != path:
                stale.unlink()
    with _quiet():
        ds = articles.map(
            window_rows,
            batched=True,
            fn_kwargs={"tokenizer": tokenizer, "size": size, "stride": stride},
            remove_columns=articles.column_names,
            features=rows,
            cache_file_name=str(path) if path else None,
            load_from_cache_file=path is not None,
            keep_in_memory=path is None,
            new_fingerprint=key,
        )
    return ds, key


def examples_of(ds: Dataset) -> list[dict[str, list[int]]]:
    """The rows of a window dataset as the training loop takes them: one dict of model inputs per window."""
    rows: list[dict[str, list[int]]] = ds.select_columns(list(FEATURES)).to_list()
    return rows


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """No ``datasets`` progress bar (``claims train`` draws its own), whatever the setting was put back after."""
    import datasets

    was_off = datasets.are_progress_bars_disabled()
    datasets.disable_progress_bars()
    try:
        yield
    finally:
        if not was_off:
            datasets.enable_progress_bars()
