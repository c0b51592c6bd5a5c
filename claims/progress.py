"""Progress bars that stay quiet when asked or when stderr is not a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from tqdm import tqdm


@contextmanager
def progress_bar(label: str, quiet: bool = False) -> Iterator[Callable[[int, int, float], None]]:
    """Yield ``update(step, total, loss)``; draws a bar on a terminal unless ``quiet``."""
    show = not quiet and sys.stderr.isatty()
    bar: tqdm | None = None

    def update(step: int, total: int, loss: float) -> None:
        nonlocal bar
        if not show:
            return
        if bar is None:
            bar = tqdm(total=total, desc=label, unit="step", initial=step - 1)
        bar.n = step
        bar.set_postfix(loss=f"{loss:.3f}", refresh=False)
        bar.refresh()

    try:
        yield update
    finally:
        if bar is not None:
            bar.close()
