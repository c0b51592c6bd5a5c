"""Screenshots of the seed's HTML report for the README (docs/img/), in Debian's Chromium via playwright.

    python eval/screenshots.py            # scores the seed with the shipped model

The seed is scored as a user would score it; one claim (the relayed casualty figure) is
pinned so the panel shows. Needs the dev dependencies (playwright) and `chromium`.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from claims.pipeline import load
from claims.report.html import key, render_html

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_79295539233b46d9.txt"
OUT = ROOT / "docs" / "img"
SIZES = {"desktop": (1280, 900), "phone": (390, 844)}


def main() -> None:
    analysis = load().analyze(SEED.read_text(encoding="utf-8"), "seeds/000_79295539233b46d9.txt")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        page_path = Path(tmp) / "seed.html"
        page_path.write_text(render_html(analysis), encoding="utf-8")
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
        for size, (width, height) in SIZES.items():
            page = browser.new_page(viewport={"width": width, "height": height}, is_mobile=size == "phone")
            page.goto(page_path.as_uri())
            figure = next(i for i, a in enumerate(analysis.attributions) if a.claim and a.claim_type == "numeric")
            page.locator(f'mark.con[data-claim="{key(figure)}"]').first.click()
            page.screenshot(path=str(OUT / f"seed-{size}.png"))
            print(OUT / f"seed-{size}.png")
        browser.close()


if __name__ == "__main__":
    main()
