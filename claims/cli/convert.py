"""``claims convert``: annotations from one format to another (JSONL, BIO, brat, Label Studio, doccano, Citron)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from claims.cli._options import add_labels_option, labels_of
from claims.formats import FORMATS

WRITERS = ("jsonl", "conll", "brat", "labelstudio", "doccano", "citron", "webanno")


def add_parser(sub: Any) -> None:
    """Register ``claims convert``."""
    c = sub.add_parser("convert", help="convert annotations between formats")
    c.add_argument("input", type=Path)
    c.add_argument("output", type=Path)
    c.add_argument("--to", choices=WRITERS, default="jsonl", help="labelstudio: tasks with predictions to import")
    c.add_argument(
        "--input-format", choices=FORMATS, help="default: from the path and what its first record looks like"
    )
    c.add_argument("--annotator", default="first", help="brat: 'first' (metadata order), 'all', or an annotator id")
    add_labels_option(c)
    c.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read, write, print a one-line summary."""
    from claims.formats import load_corpus
    from claims.formats.brat import write_brat
    from claims.formats.citron import write_citron
    from claims.formats.conll import write_conll
    from claims.formats.doccano import write_doccano
    from claims.formats.jsonl import write_jsonl
    from claims.formats.labelstudio import write_labelstudio
    from claims.formats.webanno import write_webanno

    labels = labels_of(args)
    docs = load_corpus(args.input, args.input_format, annotator=args.annotator, labels=labels)
    if args.to == "labelstudio":
        write_labelstudio(args.output, docs, labels)
    elif args.to == "doccano":
        write_doccano(args.output, docs, labels)
    elif args.to == "webanno":
        write_webanno(args.output, docs, labels)
    else:
        writers = {"jsonl": write_jsonl, "conll": write_conll, "brat": write_brat, "citron": write_citron}
        writers[args.to](args.output, docs)
    print(f"wrote {len(docs)} articles, {sum(len(d.attributions) for d in docs)} attributions to {args.output}")
    return 0
