"""The HTML report: escaping, highlight positions, and a real headless-Chromium run."""

import html
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claims.cli import main
from claims.report.html import render_html
from claims.scoring.article import score_article
from claims.scoring.claim import score_claims
from claims.sources.entities import resolve_sources

from .markup import parse

HOSTILE = (
    "{S1 Mayor Ada Quinn} {C1 said} {Q1 \"the <script>document.title='pwned'</script> plan works\"}.\n"
    "An <img src=x onerror=\"document.title='pwned'\"> tag & a </main> close."
)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class Marks(HTMLParser):
    """Every mark's offsets and the text shown inside it (marks nest)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[tuple[int, int, str]] = []
        self.imgs = 0
        self._open: list[tuple[int, int, list[str]]] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        a = dict(attrs)
        if tag == "img":
            self.imgs += 1
        if tag == "mark" and "data-start" in a:
            self._open.append((int(a["data-start"]), int(a["data-end"]), []))

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        for _, _, buf in self._open:
            buf.append(data)

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        if tag == "mark" and self._open:
            start, end, buf = self._open.pop()
            self.marks.append((start, end, "".join(buf)))


def page_for(marked: str) -> tuple[str, str]:
    doc = resolve_sources(parse(marked))
    doc = score_article(score_claims(doc))
    return doc.text, render_html(doc)


def test_article_markup_is_escaped_and_marks_sit_on_their_spans() -> None:
    text, page = page_for(HOSTILE)
    body = page.split('<main id="article">', 1)[1].split("</main>", 1)[0]
    assert "<script>" not in body and "<img" not in body and html.escape("<img src=x") in body
    parser = Marks()
    parser.feed(page)
    assert parser.imgs == 0 and len(parser.marks) >= 3
    for start, end, shown in parser.marks:
        assert text[start:end] == shown
    data = re.search(r'<script type="application/json" id="claims-data">(.*?)</script>', page, re.S)
    assert data and "</script" not in data.group(1) and json.loads(data.group(1).replace("<\\/", "</"))


def test_no_external_resources() -> None:
    _, page = page_for(HOSTILE)
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", page)
    assert "default-src 'none'" in page


def test_cli_writes_an_html_page(tiny_model: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The union denied that its members had blocked the road.", encoding="utf-8")
    out = tmp_path / "a.html"
    assert main(["score", "-f", "html", "--model", str(tiny_model), str(article), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def chromium_flags(tmp_path: Path) -> list[str]:
    assert CHROMIUM is not None
    return [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--enable-logging=stderr",
        "--v=0",
        f"--log-net-log={tmp_path / 'net.json'}",
    ]


def browse(path: Path, tmp_path: Path) -> tuple[str, list[str], set[str]]:
    """The DOM Chromium builds, its console errors, and the hosts the page asked for."""
    dom = subprocess.run(
        [*chromium_flags(tmp_path), "--dump-dom", path.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    errors = [line for line in dom.stderr.splitlines() if "CONSOLE" in line and ("Error" in line or "error" in line)]
    net_log = tmp_path / "net.json"
    net = net_log.read_text(encoding="utf-8", errors="replace") if net_log.exists() else ""
    # Chromium itself pings Google services whatever the flags; anything else would come from the page
    urls = {
        u
        for u in re.findall(r'"url":"(https?://[^"/]+)', net)
        if not re.search(r"google(apis)?\.com$|gstatic\.com$", u)
    }
    return dom.stdout, errors, urls


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make test installs it)")
def test_headless_chromium_runs_the_page_without_errors_or_requests(tmp_path: Path) -> None:
    text, page = page_for(HOSTILE)
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    dom, console_errors, urls = browse(path, tmp_path)
    assert "pwned" not in dom.split("<title>", 1)[1].split("</title>", 1)[0]  # no article script ran
    parser = Marks()
    parser.feed(dom)
    assert parser.imgs == 0 and parser.marks
    for start, end, shown in parser.marks:
        assert text[start:end] == shown
    assert console_errors == []
    assert urls == set()
    shot = tmp_path / "report.png"
    subprocess.run(
        [*chromium_flags(tmp_path), f"--screenshot={shot}", "--window-size=1280,900", path.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert shot.stat().st_size > 5000


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make test installs it)")
def test_the_evaluation_report_page_is_self_contained(tmp_path: Path) -> None:
    from claims.evaluation.render import to_html
    from claims.evaluation.report import evaluate, plots

    gold = parse("{S1 Ann} {C1 said} {Q1 the bridge is safe}.")
    report = evaluate([gold], [gold], model="<b>m</b>", data="hand")
    path = tmp_path / "eval.html"
    path.write_text(to_html(report, plots(report)), encoding="utf-8")
    dom, console_errors, urls = browse(path, tmp_path)
    assert console_errors == [] and urls == set()
    assert dom.count("data:image/png;base64,") == 3 and "&lt;b&gt;m&lt;/b&gt;" in dom


def test_an_article_opening_a_comment_and_a_script_cannot_swallow_the_page_script() -> None:
    import json as _json
    import re

    from claims.report.html import render_html
    from claims.types import Analysis, Attribution, Span

    text = 'The mayor said "<!-- <script>alert(1)</script> & more". Then </script><script>x()</script>.'
    content = Span(text.index('"'), text.index('".') + 1)
    a = Attribution("a1", cues=(Span(10, 14),), contents=(content,), sources=(Span(0, 9),))
    page = render_html(Analysis(text, (a,)))
    block = re.search(r'<script type="application/json" id="claims-data">(.*?)</script>', page, re.S)
    assert block is not None and "<" not in block.group(1)
    assert _json.loads(block.group(1))["c0"]["title"] == content.of(text)  # the data still reads back exactly
    assert page.count("<script") == 2  # the data block and the page's own script, nothing from the article
