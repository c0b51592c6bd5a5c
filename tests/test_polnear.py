"""Checks on the real corpus; they run where ../shared/data/polnear exists (CI has it)."""

from pathlib import Path

import pytest

from claims.cli import main
from claims.formats.brat import read_brat
from claims.formats.jsonl import read_jsonl
from claims.types import Analysis

from .conftest import POLNEAR

pytestmark = [pytest.mark.polnear, pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR not available")]


@pytest.mark.parametrize(("split", "attributions", "articles"), [("train", 22501, 840), ("dev", 2320, 84)])
def test_polnear_counts_and_offsets(split: str, attributions: int, articles: int) -> None:
    every = read_brat(POLNEAR / split, annotator="all")  # offsets and surface texts are checked on read
    assert sum(len(d.attributions) for d in every) == attributions
    picked = read_brat(POLNEAR / split)
    assert len(picked) == articles
    assert all(isinstance(d, Analysis) and d.id for d in picked)
    assert sum(len(d.attributions) for d in picked) < attributions


@pytest.mark.parametrize("split", ["train", "dev"])
def test_polnear_converts_to_our_jsonl_exactly(split: str, tmp_path: Path) -> None:
    out = tmp_path / f"{split}.jsonl"
    assert main(["convert", str(POLNEAR / split), str(out)]) == 0
    assert read_jsonl(out) == read_brat(POLNEAR / split)
