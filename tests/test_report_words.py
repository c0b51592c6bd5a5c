"""Reports a reader can use: the terminal report fits its width, every grade and number has words,
every reference resolves in docs/scoring.md."""

from __future__ import annotations

import re
from functools import cache

import pytest

from claims.formats.jsonl import read_jsonl
from claims.report.rows import article_lines, claim_rows
from claims.report.text import render_text
from claims.schema import to_dict
from claims.scoring import words
from claims.scoring.article import claim_list
from claims.types import Analysis

from .conftest import ROOT, SEED_GOLD
from .golden_path import gold_span_analyzer
from .markup import parse

BOX = re.compile(r"[\u2500-\u257f]")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

CONTESTED = (
    "{S1 The health ministry} {C1 said} {Q1 42 people were killed in the strike on the market}. "
    "{S2 The army} {C2 denied} {Q2 that 42 people were killed in the strike on the market}. "
    "{S3 An official who asked not to be named} {C3 told} Reuters {Q3 the strike on the market killed 42 people}."
)


@cache
def analyses() -> tuple[Analysis, ...]:
    analyse = gold_span_analyzer()
    seed = next(iter(read_jsonl(SEED_GOLD)))
    return analyse(seed), analyse(parse(CONTESTED, "contested"))


def tokens(report: str) -> set[str]:
    return set(WORD.findall(BOX.sub(" ", report)))


@pytest.mark.parametrize("width", [80, 100, 160])
def test_the_terminal_report_fits_and_breaks_no_word(width: int) -> None:
    for analysis in analyses():
        report = render_text(analysis, width=width)
        unwrapped = tokens(render_text(analysis, width=2000))  # at this width nothing wraps
        lines = report.splitlines()
        assert max(map(len, lines)) <= width
        broken = tokens(report) - unwrapped
        assert not broken, f"words broken at {width} columns: {sorted(broken)[:10]}"
        assert ("┏" in report) == (width >= 100)  # a table when it fits, stacked blocks below


def test_every_profile_number_has_a_label_and_one_scale() -> None:
    seed = analyses()[0]
    assert seed.score is not None
    report = render_text(seed, width=120)
    for name, value in seed.score.profile.items():
        line = words.profile_line(name, value)
        assert line in report and not re.match(r"A\d", line)
        shown = float(re.search(r"(\d+)", line).group(1))  # type: ignore[union-attr]
        assert 0 <= shown <= 100
    assert "relayed" in report and "(lower is better)" in report
    assert "A1 " not in report and "A2_" not in report  # no bare codes


def test_every_claim_says_its_grades_in_words() -> None:
    seed, contested = analyses()
    for analysis in (seed, contested):
        claims, _ = claim_rows(analysis)
        for row in claims:
            s = row.attribution.assessment
            assert s is not None and s.summary.startswith(f"Source {s.source_grade} (")
            assert f"Support {s.support_grade} ({words.SUPPORT_GRADES[s.support_grade]})" in s.summary
            assert "_" not in s.summary  # no type codes leak into prose
        data = to_dict(analysis)
        assert all("summary" in a["assessment"] for a in data["attributions"] if a.get("assessment"))
    by_id = {r.attribution.id: r for r in claim_rows(contested)[0]}
    ministry = by_id["a1"].attribution.assessment
    assert ministry is not None and ministry.support_grade == 5
    assert "disputed by the army (claim 2)" in ministry.summary  # the contradiction names its claim


def test_article_reasons_name_their_claims_once_each() -> None:
    seed = analyses()[0]
    assert seed.score is not None
    warnings, reasons = article_lines(seed.score)
    assert len(set(warnings + reasons)) == len(warnings + reasons)
    report = render_text(seed, width=120)
    assert report.count("no independent source:") == 1
    claimed = [r for r in reasons if re.search(r": (unattributed )?claims? \d", r)]
    assert claimed and len(claimed) >= len(reasons) - 1  # all but the weakest-link cap name claims
    assert claim_list(["claim 2", "claim 3", "claim 4", "claim 7", "unattributed claim 1"]) == (
        "claims 2-4, 7; unattributed claim 1"
    )


def _anchors() -> set[str]:
    doc = (ROOT / "docs" / "scoring.md").read_text(encoding="utf-8")
    heads = re.findall(r"^#+ (.+)$", doc, re.M)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in heads}


def test_every_reference_resolves_to_a_heading_of_docs_scoring() -> None:
    anchors = _anchors()
    for rule in words.RULES:
        see = words.see(rule)
        assert see is not None and see.split("#", 1)[1] in anchors, rule
    texts = []
    for analysis in analyses():
        assert analysis.score is not None
        texts += [str(r) for r in (*analysis.score.reasons, *analysis.score.warnings)]
        for a in analysis.attributions:
            if a.assessment:
                texts += [str(r) for r in a.assessment.reasons] + [a.assessment.summary]
                assert all(r.rule in words.RULES for r in a.assessment.reasons), a.assessment.reasons
        texts += render_text(analysis, width=120).splitlines()
    for text in texts:
        assert "§" not in text and "sourcing.md" not in text, text
        for ref in re.findall(r"docs/scoring\.md(?:#([\w-]+))?", text):
            assert not ref or ref in anchors, text
