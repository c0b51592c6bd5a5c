"""Progress bars that stay quiet when asked or when stderr is not a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from tqdm import tqdm

Update = Callable[..., None]  # update(done, total, **postfix)


@contextmanager
def progress_bar(label: str, quiet: bool = False, unit: str = "step", scale: bool = False) -> Iterator[Update]:
    """Yield ``update(done, total, **postfix)``; draws a bar on a terminal unless ``quiet``.

    ``scale`` shows large counts with SI prefixes (characters of text, say).
    """
    show = not quiet and sys.stderr.isatty()
    bar: tqdm | None = None

    def update(done: int, total: int, **postfix: float) -> None:
        nonlocal bar
        if not show:
            return
        if bar is None:
            bar = tqdm(total=total, desc=label, unit=unit, unit_scale=scale, initial=0)
        bar.total = total
        bar.n = done
        if postfix:
            bar.set_postfix({k: f"{v:.3f}" for k, v in postfix.items()}, refresh=False)
        bar.refresh()

    try:
        yield update
    finally:
        if bar is not None:
            bar.close()
