"""``claims convert``: annotations from one format to another (JSONL, CoNLL BIO, brat)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_parser(sub: Any) -> None:
    """Register ``claims convert``."""
    c = sub.add_parser("convert", help="convert annotations between formats")
    c.add_argument("input", type=Path)
    c.add_argument("output", type=Path)
    c.add_argument("--to", choices=["jsonl", "conll", "brat"], default="jsonl")
    c.add_argument("--input-format", choices=["jsonl", "brat", "conll"])
    c.add_argument("--annotator", default="first", help="brat: 'first' (metadata order), 'all', or an annotator id")
    c.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read, write, print a one-line summary."""
    from claims.formats import load_corpus
    from claims.formats.brat import write_brat
    from claims.formats.conll import write_conll
    from claims.formats.jsonl import write_jsonl

    docs = load_corpus(args.input, args.input_format, annotator=args.annotator)
    writer = {"jsonl": write_jsonl, "conll": write_conll, "brat": write_brat}[args.to]
    writer(args.output, docs)
    print(f"wrote {len(docs)} articles, {sum(len(d.attributions) for d in docs)} attributions to {args.output}")
    return 0
