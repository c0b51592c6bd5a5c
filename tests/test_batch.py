import dataclasses
import datetime
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from claims.batch.archive import read_output, read_txt
from claims.batch.local import run_local
from claims.batch.scorer import CLAIM_COLUMNS, BatchScorer, ScorerOptions, Unreadable, claim_rows, output_claims
from claims.cli import main
from claims.errors import InputError, OutputError, UsageError
from claims.types import ClaimAssessment, SourceEntity, Span, Unattributed

from .markup import parse

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
    assert list(read_rows([src], "text", "id")) == [("a", "Ann said hi.", None, {})]
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


CLAIMY = [  # the tiny model finds attributed claims in these, and the classifier unattributed ones
    "Maria Lopez, the city's transport director, said the bridge would reopen in May. "
    "Forty people were killed in the fire on Monday, and the damage cost 3 million dollars.",
    '"We have checked every bolt," the mayor told reporters. The storm reportedly destroyed two hundred homes. '
    "Unemployment rose to 7.5 percent in March.",
    "The union denied that its members had blocked the road. Prices will rise next year, the central bank warned.",
]


def batch(tiny_model: Path, *args: str) -> int:
    return main(["batch", *args, "--model", str(tiny_model), "-q"])


def test_a_folder_of_txt_articles_is_scored_with_ids_from_relative_paths(
    tiny_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "news"
    (folder / "2024" / "may").mkdir(parents=True)
    (folder / "top.txt").write_text(CLAIMY[0], encoding="utf-8")
    (folder / "2024" / "may" / "union.txt").write_text(CLAIMY[2], encoding="utf-8")
    (folder / "2024" / "latin1.txt").write_bytes("Le caf\xe9 a dit non.".encode("latin-1"))
    (folder / "2024" / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    assert batch(tiny_model, str(folder), str(tmp_path / "out.jsonl")) == 0
    assert json.loads(capsys.readouterr().out) | {"seconds": 0, "articles_per_s": 0} == {
        "rows": 4, "errors": 2, "scored_now": 4, "seconds": 0, "articles_per_s": 0,
    }  # fmt: skip
    rows = {r["id"]: r for r in read_output(tmp_path / "out.jsonl")}
    assert list(rows) == ["2024/empty.txt", "2024/latin1.txt", "2024/may/union.txt", "top.txt"]
    assert rows["2024/empty.txt"]["error"] == "empty article"
    assert rows["2024/latin1.txt"]["error"].startswith("not valid utf-8 (byte 6); pass --encoding")
    assert rows["top.txt"]["error"] is None and json.loads(rows["top.txt"]["analysis"])["text"] == CLAIMY[0]
    assert rows["2024/may/union.txt"]["n_attributions"] == 2
    assert read_txt(folder / "2024" / "latin1.txt", "latin-1") == "Le café a dit non."
    assert read_txt(folder / "missing.txt") == Unreadable("no such file")


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"a.txt": "Ann said hi.", "b.jsonl": '{"id": 1, "text": "x"}\n'}, "holds both JSONL/Parquet files and .txt"),
        ({"sub/a.txt": "Ann said hi.", "b.parquet": ""}, "holds both JSONL/Parquet files and .txt"),
        ({"readme.md": "nothing to score"}, "no JSONL, Parquet or .txt input found"),
        ({}, "no JSONL, Parquet or .txt input found"),
    ],
)
@pytest.mark.parametrize("engine", ["local", "ray"])
def test_a_folder_with_both_kinds_or_nothing_to_score_is_one_line(
    tmp_path: Path, files: dict[str, str], message: str, engine: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    code = main(["batch", str(folder), str(tmp_path / "out"), "--engine", engine, "-q"])
    err = capsys.readouterr().err
    assert code == InputError.exit_code and message in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_a_glob_of_txt_and_jsonl_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ann said hi.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": 1, "text": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"mixes \.txt articles and JSONL/Parquet files"):
        run_local(str(tmp_path / "*.*"), tmp_path / "out.jsonl")


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl"])
def test_other_input_fields_pass_through_and_ours_are_never_overwritten(
    tiny_model: Path, tmp_path: Path, suffix: str
) -> None:
    """JSONL and Parquet shards with different extra fields: a union of columns, nulls where a row has none."""
    folder = tmp_path / "in"
    folder.mkdir()
    day = datetime.datetime(2024, 5, 17, 9, 30)
    pq.write_table(
        pa.table({"doc": ["p1", "p2"], "text": CLAIMY[:2], "published": [day, None], "score": [7, 8]}),
        folder / "a.parquet",
    )
    lines = [
        {"doc": "j1", "text": CLAIMY[2], "section": "city", "tags": ["roads", "unions"], "outlet": "Reuters"},
        {"doc": "j2", "text": 5, "section": None, "id": "old-7", "error": "none"},
    ]
    (folder / "b.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    out = tmp_path / f"out{suffix}"
    run_local(str(folder), out, id_col="doc", options=ScorerOptions(str(tiny_model)))
    rows = {r["id"]: r for r in read_output(out)}
    assert list(rows) == ["p1", "p2", "j1", "j2"]
    for r in rows.values():
        assert r["score"] is None or isinstance(r["score"], float)
    assert [rows[i]["input.score"] for i in ("p1", "p2")] == [7, 8] and rows["j1"].get("input.score") is None
    assert rows["j1"]["tags"] == ["roads", "unions"] and rows["j1"]["outlet"] == "Reuters"
    assert rows["j2"]["input.id"] == "old-7" and rows["j2"]["input.error"] == "none"
    assert rows["j2"]["error"] == "not text (int)" and rows["p1"]["error"] is None
    assert "doc" not in rows["j1"] and "text" not in rows["j1"] and rows["p2"].get("section") is None
    if suffix == ".parquet":
        schema = pq.read_schema(out)
        assert schema.field("published").type == pa.timestamp("us") and rows["p1"]["published"] == day
        assert schema.names[:9] == ["id", "analysis", "score", "band", "n_attributions", "n_sources",
                                    "n_unattributed", "n_agentless", "error"]  # fmt: skip
    else:
        assert rows["p1"]["published"] == "2024-05-17T09:30:00" and "section" not in rows["p1"]


def test_a_field_and_its_prefixed_name_together_are_refused(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "x", "score": 1, "input.score": 2}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"'score' and 'input\.score' would both be 'input\.score'"):
        run_local(str(src), tmp_path / "out.jsonl")


def test_parquet_columns_whose_values_share_no_type_are_json_text(tiny_model: Path, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": "x y", "extra": 1, "meta": {}}, {"id": "b", "text": "x y", "extra": "two"}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    run_local(str(src), tmp_path / "out.parquet", options=ScorerOptions(str(tiny_model)))
    out = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [(r["extra"], r["meta"]) for r in out] == [("1", "{}"), ('"two"', None)]


def expected_claims(analysis: dict[str, Any]) -> list[tuple[str, str]]:
    """(claim id, content text) of the claims an analysis JSON holds: claims first, then unattributed."""
    claims = [(a["id"], " … ".join(c["text"] for c in a["content"])) for a in analysis["attributions"]]
    keep = [c for c, a in zip(claims, analysis["attributions"], strict=True) if a.get("is_claim", True)]
    return keep + [(f"U{n}", u["text"]) for n, u in enumerate(analysis["unattributed"], 1)]


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl"])
def test_claims_file_has_one_row_per_claim_matching_the_analysis(
    tiny_model: Path, tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    rows = [{"id": f"n{i}", "text": t} for i, t in enumerate(CLAIMY)] + [{"id": "bad", "text": ""}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    claims = tmp_path / f"claims{suffix}"
    assert batch(tiny_model, str(src), str(tmp_path / "out.parquet"), "--claims", str(claims)) == 0
    out = read_output(tmp_path / "out.parquet")
    got = read_output(claims)
    want = [(r["id"], *c) for r in out if r["analysis"] for c in expected_claims(json.loads(r["analysis"]))]
    assert [(c["id"], c["claim_id"], c["content"]) for c in got] == want
    n_claims = sum(
        r["n_unattributed"] + sum(a.get("is_claim", True) for a in json.loads(r["analysis"])["attributions"])
        for r in out
        if r["analysis"]
    )
    assert json.loads(capsys.readouterr().out)["claims"] == len(got) == n_claims > 0
    assert {c["id"] for c in got} == {"n0", "n1", "n2"} and list(got[0]) == list(CLAIM_COLUMNS)
    assert {c["kind"] for c in got if c["claim_id"].startswith("U")} == {"unattributed"}
    assert all(c["source"] is None and c["checkworthiness"] is not None for c in got if c["kind"] == "unattributed")
    union = [c for c in got if c["id"] == "n2" and c["claim_id"] == "a1"]
    assert union == [{
        "id": "n2", "claim_id": "a1", "number": "claim 1", "source": "The union", "source_type": "named organisation",
        "relayed_by": None, "cue": "denied", "content": "that its members had blocked the road", "kind": "indirect",
        "claim_type": "denial", "grade": union[0]["grade"], "score": union[0]["score"],
        "summary": union[0]["summary"], "confidence": union[0]["confidence"], "checkworthiness": None,
    }]  # fmt: skip
    assert union[0]["summary"].startswith(f"Source {union[0]['grade'][0]} (") and union[0]["number"] == "claim 1"
    first = json.loads(out[2]["analysis"])["attributions"][0]["assessment"]
    assert union[0]["grade"] == f"{first['source_grade']}/{first['support_grade']}"
    assert union[0]["score"] == first["score"]


def test_claim_rows_of_a_hand_written_analysis() -> None:
    """Non-claims are left out; the source type in words, the relaying outlet, the grade letters, agentless sources."""
    a = parse(
        "{S1 An official} {C1 told} Reuters {Q1 the plant will close}. {S2 Ann} {C2 wants} {Q2 a new school}. "
        "The storm {C3 reportedly} {Q3 destroyed two hundred homes}. Ten people died."
    )
    text = a.text
    first, second, third = a.attributions
    relay = Span(text.index("Reuters"), text.index("Reuters") + 7)
    grade = ClaimAssessment(score=61.5, source_grade="B", support_grade=3)
    analysis = dataclasses.replace(
        a,
        attributions=(
            dataclasses.replace(first, source_entity="s1", assessment=grade, is_claim=True, confidence=0.9),
            dataclasses.replace(second, source_entity="s2", is_claim=False),
            third,
        ),
        sources=(
            SourceEntity("s1", "an official", type="anonymous_official", named=False, relayed_by=(relay,)),
            SourceEntity("s2", "Ann", type="named_person"),
        ),
        unattributed=(Unattributed(Span(text.index("Ten"), len(text)), "casualty_figure", checkworthiness=0.8),),
    )
    rows = claim_rows("doc", analysis)
    assert [(r["claim_id"], r["source"], r["source_type"], r["relayed_by"], r["grade"]) for r in rows] == [
        ("a1", "An official", "anonymous official", "Reuters", "B/3"),
        ("a3", None, None, None, None),
        ("U1", None, None, None, None),
    ]
    assert rows[0]["score"] == 61.5 and rows[0]["confidence"] == 0.9 and rows[0]["cue"] == "told"
    assert rows[1]["content"] == "destroyed two hundred homes" and rows[1]["kind"] == "indirect"
    assert rows[2] == {
        "id": "doc", "claim_id": "U1", "number": "unattributed claim 1", "source": None, "source_type": None, "relayed_by": None, "cue": None,
        "content": "Ten people died.", "kind": "unattributed", "claim_type": "casualty_figure", "grade": None,
        "score": None, "summary": None, "confidence": None, "checkworthiness": 0.8,
    }  # fmt: skip


def test_a_resumed_run_writes_each_claim_once(tiny_model: Path, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": CLAIMY[i % 3], "n": i}) + "\n" for i in range(12)), encoding="utf-8"
    )
    out, claims = tmp_path / "out.jsonl", tmp_path / "claims.parquet"
    options = ScorerOptions(str(tiny_model))

    def crash(done: int, total: int) -> None:
        if done == 8:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_local(str(src), out, options=options, chunk_rows=4, progress=crash, claims=claims)
    assert not claims.exists() and not out.exists()
    resumed = run_local(str(src), out, options=options, chunk_rows=4, claims=claims)
    assert resumed["scored_now"] == 4
    got = [(c["id"], c["claim_id"]) for c in read_output(claims)]
    assert len(got) == len(set(got)) == resumed["claims"] == len(output_claims(read_output(out))) > 12
    assert [r["n"] for r in read_output(out)] == list(range(12))
    again = run_local(str(src), out, options=options, chunk_rows=4, claims=claims)  # a finished run, rerun
    assert again["claims"] == resumed["claims"] and len(read_output(claims)) == len(got)


@pytest.mark.parametrize(
    ("claims", "exit_code", "message"),
    [
        ("claims.csv", UsageError.exit_code, "give a .jsonl or .parquet file name"),
        ("out.parquet", UsageError.exit_code, "must lie outside the output"),
        ("a-file/claims.jsonl", OutputError.exit_code, "is a file, not a folder"),
        ("a-folder.jsonl", OutputError.exit_code, "is a directory"),
    ],
)
@pytest.mark.parametrize("engine", ["local", "ray"])
def test_a_bad_claims_path_is_refused_before_scoring(
    tmp_path: Path, claims: str, exit_code: int, message: str, engine: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "Ann said hi."}\n', encoding="utf-8")
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    (tmp_path / "a-folder.jsonl").mkdir()
    out = tmp_path / "out.parquet"
    args = [str(tmp_path / "in.jsonl"), str(out), "--claims", str(tmp_path / claims), "--engine", engine, "-q"]
    code = main(["batch", *args])
    err = capsys.readouterr().err
    assert code == exit_code and message in err and err.count("\n") == 1
    assert not out.exists() and not (tmp_path / "out.parquet.parts").exists()


def test_an_unknown_encoding_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["batch", str(tmp_path), str(tmp_path / "out.jsonl"), "--encoding", "no-such-codec"])
    assert exit_.value.code == 64 and "unknown encoding 'no-such-codec'" in capsys.readouterr().err
