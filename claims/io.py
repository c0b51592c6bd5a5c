"""File input and output at the edge of the package: reading articles, atomic writes."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from claims.errors import InputError

_HTML = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)


def atomic_write(path: str | Path, data: str | bytes) -> None:
    """Write a file so that readers see either the old or the whole new content."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_article(path: str | Path, encoding: str = "utf-8") -> str:
    """Read an article exactly as stored (``newline=""``: offsets index this string).

    Raises :class:`InputError` with a one-line reason for anything that is not a readable
    text article.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not an article file")
    try:
        raw = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return decode_article(raw, str(path), encoding)


def decode_article(raw: bytes, name: str, encoding: str = "utf-8") -> str:
    """Decode article bytes; refuse binary data and undecodable text clearly."""
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid {encoding} (byte {exc.start}); pass --encoding, e.g. --encoding latin-1"
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    if not text.strip():
        raise InputError(f"{name}: empty article (no text to score)")
    if _HTML.match(text):
        raise InputError(
            f"{name}: looks like an HTML page; save the article's text (e.g. with a reader view) and score that"
        )
    return text
