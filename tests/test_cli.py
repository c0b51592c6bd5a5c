import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claims.cli import main
from claims.formats.jsonl import write_jsonl
from claims.modelcard import portable_path
from claims.schema import from_dict
from claims.types import Analysis

from .conftest import ROOT, SEED_TXT


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "good": ("Ann Berg said the bridge would reopen in May.\r\nThe union denied it.", "utf-8"),
        "empty": ("   \n", "utf-8"),
        "latin": ("Le ministre a déclaré que tout allait bien.", "latin-1"),
    }
    paths = {}
    for name, (text, enc) in files.items():
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_bytes(text.encode(enc))
    paths["html"] = tmp_path / "page.html"
    paths["html"].write_text("<!DOCTYPE html><html><body><p>Ann said hi.</p></body></html>", encoding="utf-8")
    paths["binary"] = tmp_path / "blob.bin"
    paths["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    paths["missing"] = tmp_path / "nope.txt"
    paths["dir"] = tmp_path / "no-articles"  # a folder is read for its .txt files; this one has none
    paths["dir"].mkdir()
    return paths


def test_jsonl_output_contract(tiny_model: Path, inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["score", "-f", "jsonl", "--model", str(tiny_model), str(inputs["good"]), str(SEED_TXT)], capsys)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["path"] for r in rows] == [str(inputs["good"]), str(SEED_TXT)]
    for row, path in zip(rows, (inputs["good"], SEED_TXT), strict=True):
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        assert row["text"] == text  # CRLF kept: offsets index the file as read with newline=""
        for a in row["attributions"]:
            assert isinstance(a["source"], list) and a["cue"] and a["content"]
            for span in a["source"] + a["cue"] + a["content"]:
                assert text[span["start"] : span["end"]] == span["text"]
        from_dict(row)  # the documented schema reads back


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty", "empty article"),
        ("latin", "not valid utf-8 (byte 15); pass --encoding"),
        ("binary", "binary file"),
        ("missing", "no such file"),
        ("dir", "a folder with no .txt article files"),
        ("html", "looks like an HTML page"),
    ],
)
def test_bad_input_is_one_line_and_the_rest_is_scored(
    name: str, message: str, tiny_model: Path, inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        ["score", "-f", "jsonl", "--model", str(tiny_model), str(inputs[name]), str(inputs["good"])], capsys
    )
    assert code == 2
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert [json.loads(line)["path"] for line in out.splitlines()] == [str(inputs["good"])]


def test_encoding_option(tiny_model: Path, inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["score", "-f", "json", "--encoding", "latin-1", "--model", str(tiny_model), str(inputs["latin"])], capsys
    )
    assert code == 0 and "déclaré" in json.loads(out)["text"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tiny_model: Path, inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    inputs["good"].chmod(0)
    code, _, err = run(["score", "--model", str(tiny_model), str(inputs["good"])], capsys)
    assert code == 2 and "permission denied" in err


def test_out_is_atomic_and_keeps_the_old_file_on_failure(
    tiny_model: Path, inputs: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.json"
    out.write_text("previous", encoding="utf-8")
    code, _, _ = run(
        ["score", "-f", "json", "--model", str(tmp_path / "no-model"), str(inputs["good"]), "-o", str(out)], capsys
    )
    assert code == 4 and out.read_text(encoding="utf-8") == "previous"
    code, _, _ = run(["score", "-f", "json", "--model", str(tiny_model), str(inputs["good"]), "-o", str(out)], capsys)
    assert code == 0 and json.loads(out.read_text(encoding="utf-8"))["schema_version"]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_text_report_and_stdin(tiny_model: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "claims", "score", "--model", str(tiny_model), "-"],
        input=b"The union denied that its members had blocked the road.",
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "attributed claim" in proc.stdout.decode() and "\x1b[" not in proc.stdout.decode()


def test_usage_error_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["score", "--no-such-option"])
    assert exc.value.code == 64
    assert main(["score"]) == 64  # no article: one line, no traceback
    err = capsys.readouterr().err
    assert "needs article files" in err and "Traceback" not in err


def test_a_long_article_is_scored_whole(tiny_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = tmp_path / "model"
    shutil.copytree(tiny_model, model)  # the widest windows the tiny model allows, to keep the test short
    config = json.loads((model / "config.json").read_text())
    (model / "config.json").write_text(json.dumps({**config, "claims_window": 62, "claims_stride": 8}))
    sentence = "Maria Lopez said the bridge would reopen in May.\r\n"
    article = tmp_path / "long.txt"
    article.write_bytes((sentence * (2_000_000 // len(sentence))).encode())
    # the stages that read spaCy's parse (and the scoring that needs the sources) are left out: this
    # tests the tagger's windows (the parse costs about half the tagger's time again, linearly:
    # eval/scaling.md)
    exclude = ["--exclude", "nested,relations,sources,claim_scores,article_score"]
    code, out, _ = run(["score", "-f", "jsonl", "--model", str(model), *exclude, str(article)], capsys)
    row = json.loads(out)
    assert code == 0 and len(row["text"]) >= 1_999_000
    assert max(s["end"] for a in row["attributions"] for s in a["content"]) > 1_990_000  # the end is tagged too


def test_progress_counts_characters_to_the_end(tiny_model: Path) -> None:
    from claims.pipeline import load

    texts = ["Ann Berg said the bridge would reopen in May. " * 8, "The union denied it.", ""]
    seen: list[tuple[int, int]] = []
    analyses = list(load(tiny_model).analyze_many(texts, progress=lambda done, total: seen.append((done, total))))
    assert len(analyses) == 3
    assert seen[-1] == (sum(map(len, texts)),) * 2
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # never goes back


def test_progress_bar_is_drawn_on_a_terminal_only(
    tiny_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Ann Berg said the bridge would reopen in May.")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    _, _, err = run(["score", "-f", "json", "--model", str(tiny_model), str(article)], capsys)
    assert "scoring" in err
    _, _, err = run(["score", "-q", "-f", "json", "--model", str(tiny_model), str(article)], capsys)
    assert "scoring" not in err


def test_precision_is_chosen_on_the_command_line(
    tiny_model: Path, inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        ["score", "-f", "jsonl", "-q", "--precision", "int8", "-m", str(tiny_model), str(SEED_TXT)], capsys
    )
    assert code == 0 and json.loads(out)["path"] == str(SEED_TXT)
    with pytest.raises(SystemExit) as exc:
        main(["score", "--precision", "int4", str(SEED_TXT)])
    assert exc.value.code == 64
    assert "invalid choice: 'int4'" in capsys.readouterr().err


def test_train_command_distils_into_a_model_that_score_loads(
    tmp_path: Path, tiny_base: Path, tiny_model: Path, articles: list[Analysis], capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "train.jsonl"
    write_jsonl(data, articles)
    out = tmp_path / "model"
    tiny = ["--window", "16", "--stride", "4", "--batch-size", "8", "--lr", "3e-3", "--epochs", "2", "--quiet"]
    tiny.append("--allow-weak")  # 4 steps from a fresh base: weak by design
    args = ["train", "--train", str(data), "--dev", str(data), "--base", str(tiny_base), "-o", str(out), *tiny]
    code, stdout, err = run([*args, "--teacher", str(tiny_model), "--distil-weight", "0.7"], capsys)
    assert code == 0, err
    summary = json.loads(stdout)
    assert summary["steps"] == 2 * 2  # 2 epochs of 2 batches of up to 8 windows
    assert summary["calibration"] == "calibration.json" and (out / "calibration.json").is_file()  # fitted on dev
    assert summary["linker"] == "linker.json"
    linker = json.loads((out / "linker.json").read_text())
    assert linker["card"]["articles"] == len(articles) and linker["card"]["linked"] > 0  # fitted on the train links
    settings = json.loads((out / "train_config.json").read_text())
    assert (
        settings["teacher"] == portable_path(str(tiny_model))
        and settings["distil_weight"] == 0.7
        and settings["window"] == 16
    )
    code, stdout, err = run(["score", "--model", str(out), "--format", "jsonl", str(SEED_TXT)], capsys)
    assert code == 0 and "attributions" in json.loads(stdout)
    code, _, err = run([*args[:2], str(tmp_path / "none.jsonl"), *args[3:]], capsys)
    assert code != 0 and "none.jsonl" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as stop:
        main([*args, "--teacher", str(tiny_model), "--distil-weight", "1.5"])
    assert stop.value.code == 64 and "not between 0 and 1" in capsys.readouterr().err


def test_html_pages_of_two_articles_with_one_file_name_are_both_written(
    tmp_path: Path, tiny_model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for folder, text in (("a", "Ann said the road was shut."), ("b", "Bo said the road was open.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "pages"
    files = [str(tmp_path / "a" / "story.txt"), str(tmp_path / "b" / "story.txt")]
    code, _, err = run(["score", "-f", "html", "--model", str(tiny_model), *files, "--out", str(out)], capsys)
    assert code == 0
    pages = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.html"))
    assert pages == ["a/story.html", "b/story.html", "index.html"] and "2 pages" in err
    assert (
        "road was shut" in (out / "a/story.html").read_text() and "road was open" in (out / "b/story.html").read_text()
    )
    index = (out / "index.html").read_text()
    assert 'href="a/story.html"' in index and 'href="b/story.html"' in index and "<script>" in index


@pytest.mark.parametrize("which", ["train", "dev"])
def test_train_on_data_with_no_annotation_is_an_error(
    tmp_path: Path, tiny_base: Path, articles: list[Analysis], which: str, capsys: pytest.CaptureFixture[str]
) -> None:
    good, empty = tmp_path / "good.jsonl", tmp_path / "empty.jsonl"
    write_jsonl(good, articles)
    empty.write_text("", encoding="utf-8")
    data = {"train": empty if which == "train" else good, "dev": empty if which == "dev" else good}
    out = tmp_path / "model"
    code, _, err = run(
        [
            "train",
            "--train",
            str(data["train"]),
            "--dev",
            str(data["dev"]),
            "--base",
            str(tiny_base),
            "-o",
            str(out),
            "--quiet",
        ],
        capsys,
    )
    assert code == 3 and err.count("\n") == 1 and "no annotated article" in err and "empty.jsonl" in err
    assert not out.exists()


def test_outlet_option_sets_the_articles_own_outlet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The minister told Reuters the deal was done.\n", encoding="utf-8")
    code, out, _ = run(["score", "-f", "json", "--outlet", "Reuters", str(article)], capsys)
    doc = json.loads(out)
    assert code == 0 and doc["meta"] == {"outlet": "Reuters"}
    assert doc["sources"] and all(not s["relayed_by"] for s in doc["sources"])  # in a Reuters story: first hand
    code, out, _ = run(["score", "-f", "json", str(article)], capsys)
    assert [r["text"] for s in json.loads(out)["sources"] for r in s["relayed_by"]] == ["Reuters"]


def test_score_reads_folders_infers_the_format_from_out_and_refuses_urls(
    tmp_path: Path, tiny_model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "arch" / "sub").mkdir(parents=True)
    for name in ("arch/one.txt", "arch/sub/two.txt"):
        (tmp_path / name).write_text("The mayor said the bridge would reopen in May.\n", encoding="utf-8")
    (tmp_path / "arch" / "notes.md").write_text("not an article")
    out = tmp_path / "scored.jsonl"
    code, _, _ = run(["score", "--model", str(tiny_model), str(tmp_path / "arch"), "-o", str(out), "-q"], capsys)
    assert code == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [Path(r["path"]).relative_to(tmp_path).as_posix() for r in rows] == ["arch/one.txt", "arch/sub/two.txt"]
    page = tmp_path / "one.html"
    assert (
        run(["score", "--model", str(tiny_model), str(tmp_path / "arch/one.txt"), "-o", str(page), "-q"], capsys)[0]
        == 0
    )
    assert page.read_text().startswith("<!DOCTYPE html>")
    code, _, err = run(["score", "--model", str(tiny_model), "https://example.com/a-story"], capsys)
    assert code == 2 and "https://example.com/a-story: fetching is not supported" in err and err.count("\n") == 1
    (tmp_path / "empty").mkdir()
    code, _, err = run(["score", "--model", str(tiny_model), str(tmp_path / "empty")], capsys)
    assert code == 2 and "no .txt article files" in err
