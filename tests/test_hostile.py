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
        return subprocess.run([sys.executable, "-m", "claims", "score", *args], capture_output=True, env=env, timeout=120, check=False)

    proc = score("/dev/zero")
    assert proc.returncode == InputError.exit_code and b"not a regular file" in proc.stderr and b"Traceback" not in proc.stderr
    proc = score("--max-bytes", "0", "x.txt")
    assert proc.returncode == 64 and b"--max-bytes" in proc.stderr and b"Traceback" not in proc.stderr
