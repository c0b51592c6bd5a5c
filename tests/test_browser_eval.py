"""The evaluation report page (``claims eval`` writes it as report.html), driven in real Chromium.

Debian's chromium through playwright, as in ``test_browser.py``. The report is built here from
hand-written gold and predicted analyses (no model): three short articles, one of them hostile
(a 3,000-letter word, a 500-character URL, ``<!--`` and ``<script>`` text). The page shows no
article text, only the names of the model and the data, so the same hostile strings are also
the model's, the compared model's and the data's names, which the title, the intro and the
table headers show.

At a desktop (1280x900) and a phone (390x844) viewport: the page asks for nothing beyond its own
file (every request is routed; data: URIs are its plots) and logs no console or page error; it
does not scroll sideways, its headings and paragraphs fit the viewport, and every table fits or
scrolls inside its own box; the hostile text stays text (no script element, no swallowed
heading); the main sections' headings are there and every plot decodes; on the phone the page
is laid out at the device width and its text is at least 16 px. Screenshots are written to
``build/test-artifacts/`` (``CLAIMS_ARTIFACTS`` overrides).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from claims.evaluation.render import PLOT_TITLES, to_html
from claims.evaluation.report import evaluate, plots
from claims.types import Analysis, SourceEntity

from .browser import ARTIFACTS, SIZES, launch, needs_chromium, new_page
from .markup import parse

pytestmark = needs_chromium

LONG_WORD = "".join("abcdefghij"[i % 10] for i in range(3000))
LONG_URL = "https://example.org/" + "/".join(f"segment{i:03d}" for i in range(60))
LONG_URL = (LONG_URL + "?q=" + "x" * 500)[:500]
HOSTILE = "<!-- an open comment <script>document.title='pwned'</script> </table></h1>"

GOLD_TEXTS = (
    "{S1 Mayor Ada Quinn} {C1 said} {Q1 the bridge would reopen in May}. "
    '{Q2 "We have checked every bolt twice,"} {C2 said} {S2 Tom Reyes, the chief engineer}.',
    f"{{S1 The council}} {{C1 wrote}} {{Q1 that {LONG_WORD} was no word}}. "
    f"{{S2 A clerk}} {{C2 said}} {{Q2 the file sits at {LONG_URL}}}. "
    f'{{S3 Ann}} {{C3 said}} {{Q3 "{HOSTILE} is only text"}}.',
    "{S1 The union} {C1 denied} {Q1 that its members had slowed the work}. "
    "{C2 According to} {S2 the auditor}, {Q2 the contract was awarded without a tender}.",
)
PRED_TEXTS = (
    "{S1 Mayor Ada Quinn} {C1 said} {Q1 the bridge would reopen in May.} "
    '{Q2 "We have checked every bolt twice,"} {C2 said} Tom Reyes, the chief engineer.',
    f"{{S1 The council}} {{C1 wrote}} {{Q1 that {LONG_WORD} was no word}}. "
    f"A clerk {{C2 said}} {{Q2 the file sits at {LONG_URL}}}. "
    f'{{S3 Ann}} {{C3 said}} "{{Q3 {HOSTILE} is only text}}".',
    "{S1 The union} {C1 denied} {Q1 that its members had slowed the work}. "
    "According to the auditor, the contract was awarded without a tender.",
)


def typed(doc: Analysis, types: list[str]) -> Analysis:
    """``doc`` with one typed source entity per attribution (for the source-type table)."""
    attributions = tuple(replace(a, source_entity=f"e{i}") for i, a in enumerate(doc.attributions))
    entities = tuple(
        SourceEntity(f"e{i}", a.sources[0].of(doc.text) if a.sources else "", type=t)
        for i, (a, t) in enumerate(zip(doc.attributions, types, strict=True))
    )
    return replace(doc, attributions=attributions, sources=entities)


def analyses() -> tuple[list[Analysis], list[Analysis]]:
    """Predicted and gold analyses of the three articles; predictions carry spread confidences."""
    gold = [parse(t, f"art{i}") for i, t in enumerate(GOLD_TEXTS)]
    preds = [parse(t, f"art{i}") for i, t in enumerate(PRED_TEXTS)]
    assert [p.text for p in preds] == [g.text for g in gold]
    confidences = iter([0.95, 0.35, 0.85, 0.15, 0.65, 0.75])
    preds = [
        replace(p, attributions=tuple(replace(a, confidence=next(confidences)) for a in p.attributions)) for p in preds
    ]
    gold[0] = typed(gold[0], ["named_person", "named_person"])
    preds[0] = typed(preds[0], ["named_person", "named_organisation"])
    return preds, gold


MODEL = f"models/{HOSTILE}{LONG_WORD}"
COMPARED = f"{LONG_URL} {HOSTILE}"
TITLE = f"Evaluation: {MODEL} on {LONG_URL}"

PLOTS = ("roles.png", "slices.png", "confusion.png", "confusion-compared.png", "reliability.png")

# the main sections' headings: the tables', then the plots'
SECTIONS = (
    "Spans (P / R / F1)",
    "Attributions (P / R / F1)",
    "Attribution confidence reliability",
    "Slices (attributions; content spans within them)",
    "Source types:",
    "Word-token confusion (rows gold, columns predicted)",
    *(PLOT_TITLES[n] for n in PLOTS),
)


def own_scripts() -> int:
    """The script elements of the page's own template (a report with harmless names)."""
    gold = [parse("{S1 Ann} {C1 said} {Q1 the bridge is safe}.")]
    return to_html(evaluate(gold, gold, model="m", data="d"), {}).lower().count("<script")


@pytest.fixture(scope="module")
def report_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    preds, gold = analyses()
    report = evaluate(preds, gold, model=MODEL, data=LONG_URL)
    report["compared_with"] = evaluate(gold, gold, model=COMPARED, data=LONG_URL)
    images = plots(report)
    assert set(images) == set(PLOTS)
    path = tmp_path_factory.mktemp("eval") / "report.html"
    path.write_text(to_html(report, images), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from launch()


def open_page(browser: Any, path: Path, size: str) -> Any:
    """The page at ``size``; ``page.errors`` its console and page errors, ``page.foreign`` what else it asked for."""
    page = new_page(browser, size)
    foreign: list[str] = []
    own = path.as_uri()

    def allowed(url: str) -> bool:
        return url == own or url.startswith("data:")

    def route(r: Any) -> None:
        if allowed(r.request.url):
            r.continue_()
        else:
            foreign.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("request", lambda req: None if allowed(req.url) else foreign.append(req.url))
    page.goto(own)
    page.wait_for_load_state("load")
    page.foreign = foreign
    return page


@pytest.mark.parametrize("size", SIZES)
def test_the_page_loads_offline_without_errors(browser: Any, report_page: Path, size: str) -> None:
    page = open_page(browser, report_page, size)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"eval-{size}.png"), full_page=True)
    assert page.foreign == []
    assert page.errors == []


# every element outside a sideways-scrolling box whose box pokes out of the viewport, or whose
# content overflows it (a scrolling box is checked itself; what it holds may be wider)
OVERFLOWING = """(() => {
  const w = window.innerWidth, out = [];
  const scrolls = el => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
  const inScroller = el => { for (let p = el.parentElement; p; p = p.parentElement) if (scrolls(p)) return true;
                             return false; };
  for (const el of document.body.querySelectorAll('*')) {
    if (inScroller(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.left < -1 || r.right > w + 1 || (!scrolls(el) && el.scrollWidth > el.clientWidth + 1))
      out.push(el.tagName + ' ' + Math.round(r.left) + '..' + Math.round(r.right) + ' of ' + w);
  }
  return out; })()"""

# each table, and whether it fits the viewport or else scrolls inside a box that does
TABLES = """[...document.querySelectorAll('table')].map(t => {
  const w = window.innerWidth, r = t.getBoundingClientRect(), box = t.parentElement;
  const s = getComputedStyle(box).overflowX, b = box.getBoundingClientRect();
  return {fits: r.left >= -1 && r.right <= w + 1,
          scrolls: (s === 'auto' || s === 'scroll') && b.left >= -1 && b.right <= w + 1 && box.scrollWidth >= r.width - 1,
          width: Math.round(r.width)}; })"""


@pytest.mark.parametrize("size", SIZES)
def test_the_page_does_not_scroll_sideways_and_tables_keep_to_their_boxes(
    browser: Any, report_page: Path, size: str
) -> None:
    page = open_page(browser, report_page, size)
    width = SIZES[size][0]
    assert page.evaluate("window.innerWidth") == width  # laid out at the device width, not zoomed out
    assert page.evaluate("document.documentElement.scrollWidth") <= page.evaluate("window.innerWidth") + 1
    tables = page.evaluate(TABLES)
    assert len(tables) >= 6
    assert all(t["fits"] or t["scrolls"] for t in tables), tables
    assert not all(t["fits"] for t in tables)  # the compared model's long name: a table wider than the page
    assert page.evaluate(OVERFLOWING) == []
    for heading in page.locator("h1, h2, p").all():  # the long word wraps: nothing of it is clipped
        assert heading.evaluate("e => e.scrollWidth <= e.clientWidth + 1")


@pytest.mark.parametrize("size", SIZES)
def test_hostile_names_stay_text(browser: Any, report_page: Path, size: str) -> None:
    page = open_page(browser, report_page, size)
    assert page.evaluate("document.querySelectorAll('script').length") == own_scripts()
    assert page.title() == TITLE  # no script of the names ran (it would have set the title)
    assert page.inner_text("h1") == TITLE  # the open comment swallowed nothing
    headers = page.evaluate("[...document.querySelectorAll('th')].map(th => th.textContent)")
    assert f"F1 {COMPARED}" in headers
    comments = page.evaluate(
        "(() => { const w = document.createTreeWalker(document, NodeFilter.SHOW_COMMENT); let n = 0;"
        " while (w.nextNode()) n++; return n; })()"
    )
    assert comments == 0


@pytest.mark.parametrize("size", SIZES)
def test_the_main_sections_are_there_and_every_plot_shows(browser: Any, report_page: Path, size: str) -> None:
    page = open_page(browser, report_page, size)
    headings = page.evaluate("[...document.querySelectorAll('h2')].map(h => h.textContent)")
    for section in SECTIONS:
        assert any(h.startswith(section) for h in headings), (section, headings)
    assert len(page.locator("h1").all()) == 1
    images = page.evaluate("[...document.images].map(i => [i.alt, i.complete && i.naturalWidth > 0])")
    assert len(images) == 5 and all(ok for _, ok in images), images
    width = SIZES[size][0]
    assert all(w <= width for w in page.evaluate("[...document.images].map(i => i.getBoundingClientRect().right)"))


def test_the_phone_page_text_is_readable(browser: Any, report_page: Path) -> None:
    page = open_page(browser, report_page, "phone")
    assert page.evaluate("window.innerWidth") == SIZES["phone"][0]
    sizes = page.evaluate(
        "Object.fromEntries(['body', 'p', 'td', 'th', 'td b'].map("
        "s => [s, parseFloat(getComputedStyle(document.querySelector(s)).fontSize)]))"
    )
    assert min(sizes.values()) >= 16, sizes
