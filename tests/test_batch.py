import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from claims.batch.archive import read_output
from claims.batch.local import run_local
from claims.batch.scorer import BatchScorer, ScorerOptions
from claims.cli import main
from claims.errors import InputError

SENTENCES = [
    "The union denied that its members had blocked the road.",
    "Maria Lopez said the bridge would reopen in May.",
    "Prices will rise next year, the central bank warned on Tuesday.",
]


def make_archive(root: Path, n: int = 300) -> Path:
    """n generated articles over three JSONL shards, with a few bad ones."""
    root.mkdir(parents=True, exist_ok=True)
    for shard in range(3):
        lines = []
        for i in range(shard, n, 3):
            text: object = " ".join(SENTENCES[(i + k) % 3] for k in range(1 + i % 4))
            if i % 97 == 5:
                text = "   "
            if i % 97 == 6:
                text = 12345
            lines.append(json.dumps({"doc_id": f"d{i:04d}", "body": text}))
        (root / f"shard-{shard}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_scorer_returns_error_rows_not_exceptions(tiny_model: Path) -> None:
    scorer = BatchScorer(ScorerOptions(str(tiny_model)), max_chars=500)
    rows = scorer.score(["a", "b", "c", "d"], [SENTENCES[0], "", None, "x" * 501])
    assert [r["id"] for r in rows] == ["a", "b", "c", "d"]
    assert rows[0]["error"] is None and json.loads(rows[0]["analysis"])["attributions"] is not None
    assert rows[1]["error"] == "empty article" and "not text" in rows[2]["error"] and "too long" in rows[3]["error"]


def test_local_batch_resumes_without_loss_or_duplicates(tiny_model: Path, tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "in")
    out = tmp_path / "out.parquet"
    calls = []

    def crash(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_local(str(archive), out, "body", "doc_id", ScorerOptions(str(tiny_model)), chunk_rows=64, progress=crash)
    assert not out.exists() and len(list((tmp_path / "out.parquet.parts").glob("part-*"))) == 2
    result = run_local(str(archive), out, "body", "doc_id", ScorerOptions(str(tiny_model)), chunk_rows=64)
    assert result["scored_now"] == 300 - 128
    rows = pq.read_table(out).to_pylist()
    assert sorted(r["id"] for r in rows) == sorted(f"d{i:04d}" for i in range(300))
    errors = {r["id"]: r["error"] for r in rows if r["error"]}
    assert errors == {
        "d0005": "empty article",
        "d0006": "not text (int)",
        "d0102": "empty article",
        "d0103": "not text (int)",
        "d0199": "empty article",
        "d0200": "not text (int)",
        "d0296": "empty article",
        "d0297": "not text (int)",
    }
    assert not (tmp_path / "out.parquet.parts").exists()


def test_parquet_input_and_jsonl_output_via_cli(
    tiny_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pq.write_table(pa.table({"id": ["x1", "x2"], "text": SENTENCES[:2]}), tmp_path / "in.parquet")
    code = main(["batch", str(tmp_path / "in.parquet"), str(tmp_path / "out.jsonl"), "--model", str(tiny_model), "-q"])
    assert code == 0 and json.loads(capsys.readouterr().out)["rows"] == 2
    assert [r["id"] for r in read_output(tmp_path / "out.jsonl")] == ["x1", "x2"]


def test_duplicate_ids_and_missing_columns_are_refused(tiny_model: Path, tmp_path: Path) -> None:
    (tmp_path / "dup.jsonl").write_text('{"id": 1, "text": "a b"}\n{"id": 1, "text": "c d"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="occurs more than once"):
        run_local(str(tmp_path / "dup.jsonl"), tmp_path / "o.jsonl", options=ScorerOptions(str(tiny_model)))
    with pytest.raises(InputError, match="no 'doc' field"):
        run_local(
            str(tmp_path / "dup.jsonl"), tmp_path / "o.jsonl", id_col="doc", options=ScorerOptions(str(tiny_model))
        )


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['"just a string"'], "must be a JSON object"),
        (["42"], "must be a JSON object"),
        (['{"id": null, "text": "x"}'], "must be a non-empty string or an integer"),
        (['{"id": true, "text": "x"}'], "must be a non-empty string or an integer"),
        (['{"id": "a", "text": "x"}', '{"id": "a", "text": "y"}'], "occurs more than once"),
        (['{"id": "a", "text": "x"'], "not valid JSON"),
        (['{"id": "a", "text": "x", "outlet": 7}'], "'outlet' must be a string"),
        (["[" * 100_000], "not valid JSON"),
    ],
)
@pytest.mark.parametrize("engine", ["local", "ray"])
def test_bad_rows_are_refused_before_scoring_by_both_engines(
    tmp_path: Path, lines: list[str], message: str, engine: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["batch", str(src), str(tmp_path / "out"), "--engine", engine, "--quiet"])
    err = capsys.readouterr().err
    assert code == InputError.exit_code and message in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_a_byte_order_mark_is_honoured_and_bad_bytes_named(tmp_path: Path) -> None:
    from claims.batch.archive import read_rows

    src = tmp_path / "in.jsonl"
    src.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "Ann said hi."}\n')
    assert list(read_rows([src], "text", "id")) == [("a", "Ann said hi.", None)]
    src.write_bytes(b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "caf\xe9"}\n')
    with pytest.raises(InputError, match="not valid UTF-8"):
        list(read_rows([src], "text", "id"))
    broken = tmp_path / "in.parquet"
    broken.write_bytes(b"PAR1 this is not parquet")
    with pytest.raises(InputError, match="not a readable Parquet file"):
        list(read_rows([broken], "text", "id"))


def test_a_rows_outlet_is_the_articles_own(tiny_model: Path, tmp_path: Path) -> None:
    """An ``outlet`` field reaches the analysis: an interview given to that outlet is first hand."""
    text = "The minister told Reuters the deal was done."
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": text, "outlet": "Reuters"})
        + "\n"
        + json.dumps({"id": "b", "text": text})
        + "\n",
        encoding="utf-8",
    )
    run_local(str(src), tmp_path / "out.jsonl", options=ScorerOptions(str(tiny_model)))
    rows = {r["id"]: json.loads(r["analysis"]) for r in read_output(tmp_path / "out.jsonl")}
    assert rows["a"]["meta"] == {"outlet": "Reuters"} and "meta" not in rows["b"]


def test_batch_refuses_what_score_refuses(tiny_model: Path) -> None:
    """HTML pages and NUL bytes are error rows with the messages ``claims score`` gives."""
    from claims.io import text_problem

    page, binary = "<!DOCTYPE html><html><body>Ann said hi.</body></html>", "Ann said\x00 hi."
    rows = BatchScorer(ScorerOptions(str(tiny_model))).score(["p", "b"], [page, binary])
    assert [r["error"] for r in rows] == [text_problem(page), text_problem(binary)]
    assert "HTML page" in rows[0]["error"] and "binary" in rows[1]["error"]
