"""The HTML report as a review surface, driven in real Chromium (Debian's package, through playwright).

At a desktop (1280x900) and a phone (390x844) viewport, on the seed and on a 10,000-character
article: a click on any claim shows its explanation inside the viewport; hovering another
claim after a click does not replace it; Tab reaches every mark and Enter opens it; the phone
page does not scroll sideways and its body text is at least 16 px. Screenshots are written to
``build/test-artifacts/`` (``CLAIMS_ARTIFACTS`` overrides).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claims.formats.jsonl import read_jsonl
from claims.report.html import render_html
from claims.types import Analysis

from .browser import ARTIFACTS, SIZES, launch, needs_chromium, new_page
from .conftest import SEED_GOLD
from .golden_path import gold_span_analyzer
from .markup import parse

pytestmark = needs_chromium

PARAGRAPHS = (
    "{S1 Mayor Ada Quinn} {C1 said} {Q1 the bridge would reopen in May after repairs costing $4 million}.",
    '{Q2 "We have checked every bolt twice,"} {C2 said} {S2 Tom Reyes, the city\'s chief engineer}.',
    "{S3 A council official who asked not to be named} {C3 told} Reuters {Q3 the repairs were months behind}.",
    "Traffic on the ring road doubled during the closure, and 31 people were hurt in crashes near the detour.",
    "The bridge, built in 1931 over the river's narrowest point, carries the old tram line and two lanes each way;"
    " for most of the year it is the quickest way from the northern estates to the hospital, the market and the"
    " station, and shopkeepers on both banks have watched the closure with growing impatience since the spring.",
    "{S4 The transport union} {C4 denied} {Q4 that its members had slowed the work}.",
    "{C5 According to} {S5 a report by the state auditor}, {Q5 the contract was awarded without a tender}.",
)


def long_article() -> Analysis:
    """About 10,000 characters: the paragraphs above, again and again, with their claims."""
    parts: list[str] = []
    n = 0
    while True:
        doc = parse("Bridge repairs fall behind\n\n" + "\n\n".join(parts), "long")
        if len(doc.text) >= 10_000:
            return doc
        for p in PARAGRAPHS:  # attribution numbers must differ from round to round
            parts.append(p.replace("{S", f"{{S{n}").replace("{C", f"{{C{n}").replace("{Q", f"{{Q{n}"))
        n += 1


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    analyse = gold_span_analyzer()
    out = tmp_path_factory.mktemp("pages")
    seed = next(iter(read_jsonl(SEED_GOLD)))
    paths = {}
    for name, doc in (("seed", seed), ("long", long_article())):
        analysis = analyse(doc)
        assert name != "long" or len(analysis.text) >= 10_000
        paths[name] = out / f"{name}.html"
        paths[name].write_text(render_html(analysis), encoding="utf-8")
    return paths


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from launch()


def open_page(browser: Any, path: Path, size: str) -> Any:
    page = new_page(browser, size)
    page.goto(path.as_uri())
    return page


# the element's box lies inside the viewport (its top and at least 40 px of it)
IN_VIEW = """(sel => { const r = document.querySelector(sel).getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.top + Math.min(r.height, 40) <= innerHeight
         && r.left >= 0 && r.right <= innerWidth; })"""


def in_view(page: Any, selector: str) -> bool:
    """Whether the first element ``selector`` finds is in the viewport."""
    return bool(page.evaluate(IN_VIEW, selector))


def claim_ids(page: Any) -> list[str]:
    return list(
        page.evaluate(
            "[...new Set([...document.querySelectorAll('mark.con[data-claim], mark.un[data-claim]')]"
            ".map(m => m.dataset.claim))]"
        )
    )


CASES = [(name, size) for name in ("seed", "long") for size in SIZES]


@pytest.mark.parametrize(("name", "size"), CASES)
def test_clicking_any_claim_shows_its_explanation_in_view(
    browser: Any, pages: dict[str, Path], name: str, size: str
) -> None:
    page = open_page(browser, pages[name], size)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-{size}.png"))
    ids = claim_ids(page)
    assert len(ids) >= (6 if name == "seed" else 40)
    heads = page.evaluate("JSON.parse(document.getElementById('claims-data').textContent)")
    for i, claim in enumerate(ids):
        page.locator(f'mark[data-claim="{claim}"]').first.click()
        panel, mark, shown = page.evaluate(
            f"""[{IN_VIEW}('#panel'), {IN_VIEW}('mark.sel[data-claim="{claim}"]'),
                 document.getElementById('panel-body').innerText]"""
        )
        assert panel, f"{claim}: the explanation is out of view"
        assert mark, f"{claim}: the claim is hidden by its explanation"
        assert shown.startswith(heads[claim]["head"])
        if i == len(ids) // 2:
            page.screenshot(path=str(ARTIFACTS / f"{name}-{size}-pinned.png"))
    assert page.errors == []


@pytest.mark.parametrize(("name", "size"), [("seed", "desktop"), ("long", "desktop")])
def test_hovering_after_a_click_does_not_replace_the_pinned_claim(
    browser: Any, pages: dict[str, Path], name: str, size: str
) -> None:
    page = open_page(browser, pages[name], size)
    first, second = claim_ids(page)[:2]
    page.locator(f'mark[data-claim="{second}"]').first.hover()
    heads = page.evaluate("JSON.parse(document.getElementById('claims-data').textContent)")
    assert page.inner_text("#panel-body").startswith(heads[second]["head"])  # hover previews
    page.locator(f'mark[data-claim="{first}"]').first.click()
    pinned = page.inner_text("#panel-body")
    page.locator(f'mark[data-claim="{second}"]').first.hover()
    page.mouse.move(5, 5)
    assert page.inner_text("#panel-body") == pinned
    page.keyboard.press("Escape")
    assert "pinned" not in (page.get_attribute("#panel", "class") or "")


@pytest.mark.parametrize(("name", "size"), CASES)
def test_tab_reaches_every_mark_and_enter_opens_it(browser: Any, pages: dict[str, Path], name: str, size: str) -> None:
    page = open_page(browser, pages[name], size)
    n = page.evaluate(
        """window.reached = []; document.addEventListener('focusin', e => window.reached.push(
             e.target.tagName + ':' + (e.target.dataset.start || '') + ':' + (e.target.dataset.end || '')));
           document.querySelectorAll('main mark').length"""
    )
    for _ in range(n):
        page.keyboard.press("Tab")
    reached = set(page.evaluate("window.reached"))
    marks = page.evaluate(
        "[...document.querySelectorAll('main mark')].map(m => 'MARK:' + m.dataset.start + ':' + m.dataset.end)"
    )
    assert set(marks) <= reached and len(marks) == len(set(marks))
    page.keyboard.press("Shift+Tab")
    claim = page.evaluate("document.activeElement.dataset.claim")
    page.keyboard.press("Enter")
    heads = page.evaluate("JSON.parse(document.getElementById('claims-data').textContent)")
    assert page.inner_text("#panel-body").startswith(heads[claim]["head"]) and in_view(page, "#panel")


@pytest.mark.parametrize("name", ["seed", "long"])
def test_the_phone_page_fits_and_its_text_is_readable(browser: Any, pages: dict[str, Path], name: str) -> None:
    page = open_page(browser, pages[name], "phone")
    assert page.evaluate("document.documentElement.scrollWidth") <= SIZES["phone"][0]
    sizes = page.evaluate(
        "['main', 'aside', '#claims td', 'header'].map(s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize))"
    )
    assert min(sizes) >= 16, sizes


def test_a_table_row_pins_its_claim_and_brings_the_text_into_view(browser: Any, pages: dict[str, Path]) -> None:
    page = open_page(browser, pages["long"], "desktop")
    row = page.locator("#claims tr.row").last
    claim = row.get_attribute("data-claim")
    row.click()
    assert in_view(page, f'mark.sel[data-claim="{claim}"]') and in_view(page, "#panel")
    assert "sel" in (page.locator(f'#claims tr[data-claim="{claim}"]').get_attribute("class") or "")
