"""The docs say what the code does: the stage table of docs/ARCHITECTURE.md is the registry's."""

from __future__ import annotations

from pathlib import Path

from claims.pipeline import default_spec, plan, stage_rows

from .conftest import ROOT


def stage_table() -> str:
    rows = stage_rows(plan(Path("(model)"), None, ()))
    lines = ["| stage | needs | sets | after |", "|---|---|---|---|"]
    lines += [f"| `{name}` | {needs} | {sets} | {after} |" for name, needs, sets, after, _ in rows]
    return "\n".join(lines)


def test_architecture_shows_the_default_stage_table() -> None:
    doc = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    start = doc.index("<!-- stage-table")
    block = doc[doc.index("\n", start) + 1 : doc.index("<!-- /stage-table -->")].strip()
    assert block == stage_table(), (
        "regenerate with: python -c 'from tests.test_docs import stage_table; print(stage_table())'"
    )
    assert len(default_spec().stages) == block.count("\n| `")
