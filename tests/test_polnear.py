"""Checks on the real corpus; they run where ../shared/data/polnear exists (CI has it)."""

import pytest

from claims.formats.brat import read_brat
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
