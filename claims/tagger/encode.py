"""Whole-article tokenisation with character offsets, word-shape ids and windows.

Nothing is truncated: an article longer than the window is cut into overlapping windows,
and :mod:`claims.tagger.decode` takes each token from the window where it is most central.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from transformers import PreTrainedTokenizerBase

from claims.labels import LABEL2ID, spans_to_tags
from claims.text import QUOTE_CHARS
from claims.types import Role, Span

# word shapes (+8 when the token lies inside a quotation)
PAD, LOWER, CAPITAL, UPPER, DIGIT, QUOTE, PUNCT, OTHER = range(8)


@dataclass(frozen=True, slots=True)
class Encoded:
    """One article as tokens: ids, character offsets and shape ids, no special tokens."""

    ids: list[int]
    offsets: list[tuple[int, int]]
    shapes: list[int]


@dataclass(frozen=True, slots=True)
class Window:
    """A slice ``[start, end)`` of an article's tokens, framed by special tokens."""

    start: int
    end: int


def shape_of(token: str) -> int:
    """Coarse word shape of a token's original (cased) text."""
    if not token:
        return PAD
    c = token[0]
    if c in QUOTE_CHARS:
        return QUOTE
    if c.isdigit():
        return DIGIT
    if c.isupper():
        return UPPER if len(token) > 1 and token.isupper() else CAPITAL
    if c.islower():
        return LOWER
    return PUNCT if not c.isalnum() else OTHER


def quote_state(text: str, offsets: list[tuple[int, int]]) -> list[bool]:
    """Whether each token lies inside a double quotation (the state resets at line breaks)."""
    inside = [False] * len(offsets)
    state = False
    pos = 0
    for i, (s, e) in enumerate(offsets):
        if "\n" in text[pos:s]:
            state = False
        ch = text[s] if e > s else ""
        if ch in "“«„":
            state = True
        elif ch in "”»":
            state = False
        elif ch == '"':
            state = not state
        inside[i] = state and ch not in QUOTE_CHARS
        pos = e
    return inside


def cover_marks(text: str, offsets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each token stretched over the combining marks after it that no token covers.

    Normalisers that compose (NFKC) or strip accents leave a decomposed accent outside every
    token; a span ending on its letter would then cut the accent off.
    """
    out = []
    for i, (s, e) in enumerate(offsets):
        stop = offsets[i + 1][0] if i + 1 < len(offsets) else len(text)
        while e < stop and unicodedata.combining(text[e]):
            e += 1
        out.append((s, e))
    return out


def encode(tokenizer: PreTrainedTokenizerBase, text: str) -> Encoded:
    """Tokenise a whole article (no truncation) keeping offsets into ``text``."""
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, truncation=False, verbose=False)
    offsets = cover_marks(text, [(int(s), int(e)) for s, e in enc["offset_mapping"]])
    inside = quote_state(text, offsets)
    shapes = [shape_of(text[s:e]) + (8 if q else 0) for (s, e), q in zip(offsets, inside, strict=True)]
    return Encoded(list(enc["input_ids"]), offsets, shapes)


def windows(n_tokens: int, size: int, stride: int) -> list[Window]:
    """Cover ``n_tokens`` with windows of ``size`` tokens, consecutive ones overlapping by ``stride`` (none for 0)."""
    if size <= stride:
        raise ValueError("window size must exceed the overlap")
    if n_tokens == 0:
        return []
    step = size - stride
    out = [Window(0, min(size, n_tokens))]
    while out[-1].end < n_tokens:
        start = out[-1].start + step
        out.append(Window(start, min(start + size, n_tokens)))
    return out


def windowed(
    tokenizer: PreTrainedTokenizerBase, texts: Iterable[str], size: int, stride: int
) -> list[tuple[Encoded, list[Window]]]:
    """Each text's encoding with the windows covering it."""
    return [(enc, windows(len(enc.ids), size, stride)) for enc in (encode(tokenizer, t) for t in texts)]


def label_ids(encoded: Encoded, spans: Iterable[tuple[Role, Span]]) -> list[int]:
    """Gold tag ids per token."""
    return [LABEL2ID[t] for t in spans_to_tags(encoded.offsets, spans)]


def window_features(
    tokenizer: PreTrainedTokenizerBase, encoded: Encoded, window: Window, labels: list[int] | None = None
) -> dict[str, list[int]]:
    """Model inputs for one window: ``[CLS] tokens [SEP]``, with -100 labels on the frame."""
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    sl = slice(window.start, window.end)
    feats = {
        "input_ids": [cls, *encoded.ids[sl], sep],
        "shape_ids": [PAD, *encoded.shapes[sl], PAD],
        "attention_mask": [1] * (window.end - window.start + 2),
    }
    if labels is not None:
        feats["labels"] = [-100, *labels[sl], -100]
    return feats
