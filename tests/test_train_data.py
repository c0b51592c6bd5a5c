"""The training data on Hugging Face ``datasets``: windows equal to the hand-built ones, cached by data, tokenizer
and window; the teacher's targets kept per window key; Parquet files and saved dataset folders as training and
evaluation input, with one-line errors for bad rows."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from datasets import Dataset, DatasetDict
from transformers import AutoTokenizer, PreTrainedTokenizerBase

import claims.train_data
from claims.cli import main
from claims.errors import AnnotationError
from claims.formats import FORMATS, detect_format, load_corpus
from claims.formats.jsonl import write_jsonl
from claims.schema import to_dict
from claims.tagger.encode import label_ids, window_features, windowed
from claims.train_data import examples_of, window_dataset
from claims.train_run import teacher_targets
from claims.types import Analysis, Span

from .conftest import build_tiny_base

TINY = ["--window", "16", "--stride", "4", "--batch-size", "4", "--lr", "3e-3", "--seed", "3", "--quiet"]


@pytest.fixture(scope="module")
def tokenizer(tiny_base: Path) -> PreTrainedTokenizerBase:
    return AutoTokenizer.from_pretrained(str(tiny_base))


def corpus(articles: list[Analysis]) -> list[Analysis]:
    """The hand-written articles, then a long one (many windows), an empty one, one with a span padded by a space."""
    long = Analysis(text=" ".join(a.text for a in articles), attributions=articles[4].attributions)
    padded = replace(articles[4], attributions=(replace(articles[4].attributions[0], sources=(Span(0, 10),)),))
    return [*articles, long, Analysis(text="", attributions=()), padded]


def hand_built(tokenizer: PreTrainedTokenizerBase, docs: list[Analysis], size: int, stride: int) -> list[Any]:
    """The windows of the old path: windowed, then label_ids and window_features per window."""
    out: list[dict[str, list[int]]] = []
    for doc, (enc, wins) in zip(docs, windowed(tokenizer, [d.text for d in docs], size, stride), strict=True):
        spans = [(r, s.strip(doc.text)) for a in doc.attributions for r, s in a.spans() if len(s.strip(doc.text))]
        labels = label_ids(enc, spans)
        out.extend(window_features(tokenizer, enc, w, labels) for w in wins)
    return out


def count_windowed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the articles the datasets pipeline tokenises."""
    calls: list[int] = []

    def counted(tokenizer: PreTrainedTokenizerBase, texts: list[str], size: int, stride: int) -> Any:
        calls.append(len(texts))
        return windowed(tokenizer, texts, size, stride)

    monkeypatch.setattr(claims.train_data, "windowed", counted)
    return calls


@pytest.mark.parametrize(("size", "stride"), [(16, 4), (8, 2), (254, 64)])
def test_the_datasets_windows_are_the_hand_built_ones(
    tokenizer: PreTrainedTokenizerBase, articles: list[Analysis], size: int, stride: int
) -> None:
    docs = corpus(articles)
    expected = hand_built(tokenizer, docs, size, stride)
    ds, _ = window_dataset(tokenizer, docs, size, stride)
    assert examples_of(ds) == expected
    assert examples_of(window_dataset(tokenizer, [], size, stride)[0]) == []
    assert any(-100 < label != 0 for e in expected for label in e["labels"])  # gold tags reached the windows
    assert list(ds["article"]).count(len(articles)) == len(windowed(tokenizer, [docs[-3].text], size, stride)[0][1])
    assert len(docs) - 2 not in list(ds["article"])  # the empty article has no window
    assert [e - s + 2 for s, e in zip(list(ds["start"]), list(ds["end"]), strict=True)] == [
        len(x["input_ids"]) for x in expected
    ]


def test_a_second_build_hits_the_cache_and_other_settings_do_not(
    tmp_path: Path, tokenizer: PreTrainedTokenizerBase, articles: list[Analysis], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = count_windowed(monkeypatch)
    cache = tmp_path / "windows"
    first, key = window_dataset(tokenizer, articles, 16, 4, cache)
    assert sum(calls) == len(articles) and [p.name for p in cache.iterdir()] == [f"{key}.arrow"]
    written = (cache / f"{key}.arrow").stat().st_mtime_ns
    again, same = window_dataset(tokenizer, articles, 16, 4, cache)
    assert same == key and sum(calls) == len(articles)  # nothing tokenised: read from the cache file
    assert (cache / f"{key}.arrow").stat().st_mtime_ns == written and again.to_list() == first.to_list()

    other_tokenizer = AutoTokenizer.from_pretrained(str(build_tiny_base(tmp_path / "other", [articles[0].text])))
    changed: list[tuple[str, Callable[[], tuple[Dataset, str]]]] = [
        ("window", lambda: window_dataset(tokenizer, articles, 12, 4, cache)),
        ("stride", lambda: window_dataset(tokenizer, articles, 16, 2, cache)),
        ("tokenizer", lambda: window_dataset(other_tokenizer, articles, 16, 4, cache)),
        ("data", lambda: window_dataset(tokenizer, articles[:-1], 16, 4, cache)),
    ]
    keys = {key}
    for what, build in changed:
        before = sum(calls)
        _, new = build()
        assert new not in keys and sum(calls) > before, what  # tokenised again, under its own key
        assert [p.name for p in cache.iterdir()] == [f"{new}.arrow"], what  # the stale cache went
        keys.add(new)
    back, _ = window_dataset(tokenizer, articles, 12, 4, cache)
    assert examples_of(back) == hand_built(tokenizer, articles, 12, 4)


def test_the_teachers_targets_are_kept_for_their_windows_only(
    tmp_path: Path, tiny_model: Path, tokenizer: PreTrainedTokenizerBase, articles: list[Analysis]
) -> None:
    texts = [a.text for a in articles]
    ckpt = tmp_path / "checkpoint"
    encoded: list[int] = []

    def student(size: int, stride: int) -> Callable[[], Any]:
        def encode() -> Any:
            encoded.append(size)
            return windowed(tokenizer, texts, size, stride)

        return encode

    def targets(size: int, stride: int) -> tuple[list[Any], list[Any]]:
        ds, key = window_dataset(tokenizer, articles, size, stride)
        soft = teacher_targets(str(tiny_model), ckpt, key, texts, student(size, stride), "fp32", "cpu")
        return soft, examples_of(ds)

    soft, examples = targets(16, 4)
    assert encoded == [16] and len(soft) == len(examples)
    assert [t.shape[0] for t in soft] == [len(e["input_ids"]) for e in examples]  # one target per window, aligned
    again, _ = targets(16, 4)
    assert encoded == [16] and all(a.equal(b) for a, b in zip(again, soft, strict=True))  # read back, not computed
    other, examples = targets(12, 4)
    assert encoded == [16, 12] and [t.shape[0] for t in other] == [len(e["input_ids"]) for e in examples]
    assert len(other) != len(soft)


@pytest.fixture(scope="module")
def hf_data(tmp_path_factory: pytest.TempPathFactory, articles: list[Analysis]) -> dict[str, Path]:
    """The articles as our JSONL, Parquet with struct columns, Parquet with JSON strings, and a saved dataset."""
    where = tmp_path_factory.mktemp("hf")
    rows = [to_dict(a) for a in articles]
    write_jsonl(where / "gold.jsonl", articles)
    (fourth,) = rows[4]["attributions"]
    assert (fourth.pop("kind"), fourth.pop("confidence")) == ("indirect", 1.0)  # the defaults: Arrow gives it nulls
    pq.write_table(pa.Table.from_pylist(rows), where / "structs.parquet")
    strings = [{"id": r["id"], "text": r["text"], "attributions": json.dumps(r["attributions"])} for r in rows]
    pq.write_table(pa.Table.from_pylist(strings), where / "strings.pq")  # detected by its bytes, not its name
    Dataset.from_list(rows).save_to_disk(str(where / "saved"))
    return {"jsonl": where / "gold.jsonl", "parquet": where / "structs.parquet", "strings": where / "strings.pq"} | {
        "saved": where / "saved"
    }


def test_parquet_and_saved_datasets_read_as_the_jsonl_they_came_from(
    hf_data: dict[str, Path], articles: list[Analysis]
) -> None:
    assert {"parquet", "hf-dataset"} <= set(FORMATS)
    assert load_corpus(hf_data["jsonl"]) == articles
    for name, fmt in (("parquet", "parquet"), ("strings", "parquet"), ("saved", "hf-dataset")):
        assert detect_format(hf_data[name]) == fmt, name
        assert load_corpus(hf_data[name]) == articles, name
        assert load_corpus(hf_data[name], fmt) == articles, name


def test_parquet_and_saved_datasets_train_and_evaluate_like_the_jsonl(
    tmp_path: Path,
    hf_data: dict[str, Path],
    tiny_base: Path,
    tiny_model: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    logs, reports = {}, {}
    for name in ("jsonl", "parquet", "saved"):
        data, out = str(hf_data[name]), tmp_path / name
        args = ["train", "--train", data, "--dev", data, "--base", str(tiny_base), "-o", str(out / "model"), *TINY]
        assert main([*args, "--epochs", "2", "--allow-weak"]) == 0, name
        logs[name] = json.loads((out / "model" / "train_log.json").read_text())
        assert main(["eval", "-q", "--model", str(tiny_model), "--data", data, "--out", str(out / "report")]) == 0
        reports[name] = json.loads((out / "report" / "report.json").read_text())
    capsys.readouterr()
    for name in ("parquet", "saved"):
        assert logs[name]["steps"] == logs["jsonl"]["steps"] and logs[name]["history"] == logs["jsonl"]["history"]
        assert reports[name]["documents"] == len(load_corpus(hf_data["jsonl"]))
        for part in ("spans", "attributions"):
            assert reports[name][part] == reports["jsonl"][part], (name, part)


def bad(path: Path, rows: list[dict[str, Any]], saved: bool = False) -> Path:
    if saved:
        Dataset.from_list(rows).save_to_disk(str(path))
    else:
        pq.write_table(pa.Table.from_pylist(rows), path)
    return path


SPAN = {"start": 0, "end": 3, "text": "Ann"}


@pytest.mark.parametrize(
    ("name", "rows", "message"),
    [
        (
            "outside.parquet",
            [
                {"text": "Ann said so.", "attributions": "[]"},
                {"text": "Ann.", "attributions": json.dumps([{"source": [{"start": 0, "end": 9}]}])},
            ],
            "outside.parquet: row 2: attributions[0].source[0]: span [0, 9) lies outside the text (length 4)",
        ),
        (
            "nogold.parquet",
            [{"text": "Ann said so.", "attributions": None}],
            "nogold.parquet: row 1: no 'attributions': this row carries no gold annotations",
        ),
        (
            "nocolumn.parquet",
            [{"text": "Ann said so."}],
            "nocolumn.parquet: no column 'attributions' (columns: text): the data carries no gold annotations",
        ),
        (
            "notext.parquet",
            [{"body": "x", "attributions": "[]"}],
            "notext.parquet: no column 'text' (columns: body, attributions)",
        ),
        ("json.parquet", [{"text": "Ann.", "attributions": "[{"}], "json.parquet: row 1: attributions: not valid JSON"),
        (
            "mismatch",
            [{"text": "Ann said so.", "attributions": [{"source": [{**SPAN, "text": "Bob"}]}]}],
            "mismatch: row 1: attributions[0].source[0]: span text 'Bob' does not match the text at [0, 3): 'Ann'",
        ),
        (
            "kind",
            [{"text": "Ann said so.", "attributions": [{"source": [SPAN], "kind": "rumour"}]}],
            "kind: row 1: attributions[0].kind: unknown value 'rumour'",
        ),
    ],
)
def test_a_bad_row_is_one_line_naming_the_file_and_row(
    tmp_path: Path, name: str, rows: list[dict[str, Any]], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bad(tmp_path / name, rows, saved="." not in name)
    capsys.readouterr()  # save_to_disk's progress bar
    with pytest.raises(AnnotationError) as error:
        load_corpus(path)
    assert str(error.value).startswith(f"{path.parent}/{message}")
    assert main(["train", "--train", str(path), "-o", str(tmp_path / "never"), "--quiet"]) == 3
    err = capsys.readouterr().err
    assert err.startswith(f"claims: error: {path.parent}/{message}") and err.count("\n") == 1
    assert "Traceback" not in err and not (tmp_path / "never").exists()


def test_splits_a_wrong_format_and_an_unreadable_file_are_one_line(
    tmp_path: Path, hf_data: dict[str, Path], articles: list[Analysis]
) -> None:
    split = tmp_path / "splits"
    DatasetDict({"train": Dataset.from_list([to_dict(a) for a in articles])}).save_to_disk(str(split))
    assert detect_format(split) == "hf-dataset"
    with pytest.raises(AnnotationError, match=r"a dataset with splits \(train\): give one split's folder, e\.g\. "):
        load_corpus(split)
    assert load_corpus(split / "train") == articles
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 and then nothing")
    assert detect_format(broken) == "parquet"
    with pytest.raises(AnnotationError, match=r"broken\.parquet: not a readable Parquet file \("):
        load_corpus(broken)
    with pytest.raises(AnnotationError, match=r"gold\.jsonl: not a readable Parquet file"):
        load_corpus(hf_data["jsonl"], "parquet")
    with pytest.raises(AnnotationError, match=r"structs\.parquet: not a readable saved dataset"):
        load_corpus(hf_data["parquet"], "hf-dataset")
