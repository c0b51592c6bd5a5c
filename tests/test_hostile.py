"""Careless and hostile input at the edges: one-line errors with their exit codes, never a hang or a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims.errors import InputError
from claims.io import decode_article, read_article, read_bounded

from .conftest import ROOT


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_before_it_is_read(device: str) -> None:
    with pytest.raises(InputError, match="not a regular file"):
        read_article(device)


def test_a_fifo_with_no_writer_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_article(fifo)


def test_a_symlink_loop_and_a_broken_link_say_what_they_are(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "broken").symlink_to(tmp_path / "nowhere")
    with pytest.raises(InputError, match="symbolic links"):
        read_article(tmp_path / "loop")
    with pytest.raises(InputError, match="broken link"):
        read_article(tmp_path / "broken")


def test_an_article_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("The mayor said the bridge is safe. " * 40, encoding="utf-8")
    with pytest.raises(InputError, match="over the limit of 100"):
        read_article(big, max_bytes=100)
    assert read_article(big).startswith("The mayor")


def test_endless_standard_input_is_cut_at_the_limit(tmp_path: Path) -> None:
    with open("/dev/zero", "rb") as endless, pytest.raises(InputError, match="more than 1000 bytes"):
        read_bounded(endless, "<stdin>", 1000)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-le"])
def test_utf16_and_utf32_are_read_with_their_encoding(tmp_path: Path, encoding: str) -> None:
    text = "Ana Lopes said the dam held."
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    assert read_article(path, encoding=encoding) == text
    if encoding in ("utf-16", "utf-32"):  # with a byte-order mark: found without --encoding
        assert read_article(path) == text
    assert decode_article(text.encode("utf-8"), "x") == text


def test_score_refuses_a_device_and_a_bad_max_bytes_in_one_line() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def score(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "claims", "score", *args], capture_output=True, env=env, timeout=120, check=False
        )

    proc = score("/dev/zero")
    assert (
        proc.returncode == InputError.exit_code
        and b"not a regular file" in proc.stderr
        and b"Traceback" not in proc.stderr
    )
    proc = score("--max-bytes", "0", "x.txt")
    assert proc.returncode == 64 and b"--max-bytes" in proc.stderr and b"Traceback" not in proc.stderr


def test_unwritable_outputs_are_one_line_output_errors(tmp_path: Path) -> None:
    from claims.errors import OutputError
    from claims.io import atomic_write

    (tmp_path / "file").write_text("x", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "file")
    for target, reason in (
        (tmp_path, "is a directory"),
        (tmp_path / "file" / "under.json", "is a file, not a folder"),
        (tmp_path / "link", "symbolic link"),
    ):
        with pytest.raises(OutputError, match=reason):
            atomic_write(target, "data")
    assert (tmp_path / "file").read_text(encoding="utf-8") == "x" and (tmp_path / "link").is_symlink()
    long_name = tmp_path / ("n" * 250 + ".json")  # the temporary name must not go over the limit
    atomic_write(long_name, "ok")
    assert long_name.read_text(encoding="utf-8") == "ok"
    atomic_write("/dev/null", "into a device, not over it")
    assert Path("/dev/null").is_char_device()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_an_output_error(tmp_path: Path) -> None:
    from claims.errors import OutputError
    from claims.io import atomic_write

    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="cannot write"):
            atomic_write(folder / "out.json", "data")
    finally:
        folder.chmod(0o700)


def test_a_stale_temporary_file_of_a_killed_write_is_removed(tmp_path: Path) -> None:
    import hashlib
    import time

    from claims.io import STALE_SECONDS, atomic_write

    target = tmp_path / "out.json"
    tag = hashlib.sha1(b"out.json").hexdigest()[:10]
    stale, fresh = tmp_path / f".claims-{tag}-old.tmp", tmp_path / f".claims-{tag}-new.tmp"
    stale.write_text("half", encoding="utf-8")
    fresh.write_text("another run, still writing", encoding="utf-8")
    old = time.time() - STALE_SECONDS - 5
    os.utime(stale, (old, old))
    atomic_write(target, "whole")
    assert not stale.exists() and fresh.exists() and target.read_text(encoding="utf-8") == "whole"


def _claims(*args: str, stdin: bytes | None = None, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "claims", *args], input=stdin, capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env}, timeout=120, check=False,
    )  # fmt: skip


def test_score_onto_a_directory_and_into_a_closed_pipe(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The mayor said the bridge was safe.", encoding="utf-8")
    proc = _claims("score", "--pipeline", str(_rules_only(tmp_path)), str(article), "--out", str(tmp_path))
    assert proc.returncode == 5 and proc.stderr.count(b"\n") == 1 and b"is a directory" in proc.stderr
    proc = _claims(
        "score",
        "-f",
        "html",
        "--pipeline",
        str(_rules_only(tmp_path)),
        str(article),
        str(article),
        "--out",
        str(article),
    )
    assert proc.returncode == 5 and b"is not a folder" in proc.stderr
    assert article.read_text(encoding="utf-8").startswith("The mayor")  # nothing already written is lost
    head = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    score = subprocess.run(
        [sys.executable, "-m", "claims", "score", "-f", "jsonl", "--pipeline", str(_rules_only(tmp_path)), *[str(article)] * 200],
        stdout=head.stdin, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300, check=False,
    )  # fmt: skip
    assert head.stdin is not None
    head.stdin.close()
    head.wait()
    assert b"Traceback" not in score.stderr


def test_a_file_name_that_is_not_utf8_gives_valid_utf8_output(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text("The mayor said the bridge was safe.", encoding="utf-8")
    proc = _claims("score", "-f", "jsonl", "--pipeline", str(_rules_only(tmp_path)), str(tmp_path / name))
    assert proc.returncode == 0, proc.stderr
    proc.stdout.decode("utf-8")  # strict: no invalid byte
    proc = _claims("score", str(tmp_path / os.fsdecode(b"missing\xff.txt")))
    assert proc.returncode == 2 and "\ufffd" in proc.stderr.decode("utf-8")


def _rules_only(tmp_path: Path) -> Path:
    """A pipeline file without the tagger: these tests need no model."""
    import json

    from claims.pipeline import default_spec

    stages = [s for s in default_spec().stages if s not in ("tagger", "link", "calibrate")]
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"version": 1, "stages": ["no_spans", "link", *stages]}), encoding="utf-8")
    return path


def test_page_paths_keep_relative_paths_safe_and_unique() -> None:
    from claims.io import page_paths

    assert page_paths(["arch/a/story.txt", "arch/b/story.txt"]) == ["a/story.html", "b/story.html"]
    assert page_paths(["x/one.txt"]) == ["one.html"]
    odd = page_paths(["arch/we ird/Story.txt", "arch/we ird/story.txt", "arch/../etc.txt"])
    assert len({p.lower() for p in odd}) == 3 and all(".." not in p and " " not in p for p in odd)
