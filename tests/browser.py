"""What the browser tests share: Debian's Chromium driven by playwright, the two viewports, the artifacts folder.

``from .browser import ...`` skips the importing test module when playwright is missing;
``pytestmark = needs_chromium`` skips it when Chromium is.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is a dev dependency (make install)")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (make test installs it)"
)

ARTIFACTS = Path(os.environ.get("CLAIMS_ARTIFACTS", ROOT / "build" / "test-artifacts"))
SIZES = {"desktop": (1280, 900), "phone": (390, 844)}


def launch() -> Iterator[Any]:
    """A headless Chromium for a module's tests (the body of its module-scoped ``browser`` fixture)."""
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def new_page(browser: Any, size: str) -> Any:
    """A page at the viewport ``size`` names; its console and page errors collect in ``page.errors``."""
    width, height = SIZES[size]
    page = browser.new_page(viewport={"width": width, "height": height}, is_mobile=size == "phone")
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.errors = errors
    return page
