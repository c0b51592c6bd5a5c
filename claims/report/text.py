"""The terminal report of one analysis (rich), plain when not on a terminal.

The width is the caller's, else the terminal's (rich measures it, even when the report goes
to a file; 80 when there is no terminal). From :data:`TABLE_WIDTH` columns up the claims are a
table whose columns are at least as wide as their longest word (up to :data:`MAX_WORD`
characters); below it each claim is a stacked block. Lines wrap at spaces; long texts are
cut at a space, with an ellipsis. Control characters of the article never reach the
terminal (an escape sequence in a text could rewrite the screen).
"""

from __future__ import annotations

import re
from io import StringIO

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from claims.report.rows import (
    ClaimRow,
    UnattributedRow,
    also_found,
    article_lines,
    claim_rows,
    not_claim_words,
    profile_lines,
    unattributed_rows,
)
from claims.scoring import words
from claims.types import Analysis

UNATTRIBUTED_HEAD = "unattributed claims (stated with no source; U1 is unattributed claim 1), most check-worthy first"
TABLE_WIDTH = 100  # narrower terminals get the stacked layout
MAX_WORD = 18  # a table column is at least as wide as its longest word, up to this


CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _clip(text: str, n: int = 160) -> str:
    """One line of at most ``n`` characters, cut at a space; control characters made visible as "?"."""
    text = " ".join(CONTROL.sub("?", text).split())
    if len(text) <= n:
        return text
    cut = text[: n - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[n // 2 :] else cut) + "…"


def _t(text: str, style: str = "") -> Text:
    """Rich text with the article's control characters made visible as "?"."""
    return Text(CONTROL.sub("?", text), style=style)


def _source(row: ClaimRow) -> str:
    return _clip(row.who, 120)


def _longest_word(cells: list[str]) -> int:
    return min(MAX_WORD, max((len(w) for c in cells for w in c.split()), default=1))


def _table(rows: list[ClaimRow], width: int) -> Table | None:
    """The claims as a table, or None when its columns' longest words do not fit in ``width``."""
    cells = [
        (
            str(r.number),
            _source(r),
            _clip(r.cue, 30),
            _clip(r.content),
            r.what,
            f"{r.score:.0f}/100, {r.grade}\n{r.grade_words}" if r.grade and r.score is not None else "",
        )
        for r in rows
    ]
    columns = (("#", 0), ("source", 5), ("cue", 2), ("claim", 10), ("type", 3), ("grade", 4))
    least = [max(len(name), _longest_word([c[i] for c in cells])) for i, (name, _) in enumerate(columns)]
    room = width - 3 * len(columns) - 1  # each cell pads one space a side; borders take one column each
    if sum(least) > room:
        return None
    # the room beyond each column's longest word is shared by ratio; rich's own ratios ignore minimum widths
    spare, total = room - sum(least), sum(r for _, r in columns)
    widths = [n + spare * r // total for n, (_, r) in zip(least, columns, strict=True)]
    widths[3] += room - sum(widths)
    table = Table(show_lines=True)
    for (name, _), w in zip(columns, widths, strict=True):
        table.add_column(name, width=w, overflow="fold")
    for c in cells:
        table.add_row(*(_t(x) for x in c))
    return table


def _hanging(items: list[tuple[str, Text | str]]) -> Table:
    """Lines with a marker ("1.", "!", "-") and the text wrapped under itself, not under the marker."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, justify="right")
    grid.add_column(overflow="fold")
    for marker, body in items:
        grid.add_row(marker, body if isinstance(body, Text) else _t(body))
    return grid


def _stacked(rows: list[ClaimRow]) -> Table:
    """Each claim as a block: the claim, who and how, the grade in words."""
    items: list[tuple[str, Text | str]] = []
    for r in rows:
        body = _t(_clip(r.content), style="bold")
        body.append(f"\nsource: {_source(r)}", style="")
        body.append(f"\ncue: {_clip(r.cue, 30)} · {r.what}")
        if r.grade:
            body.append(CONTROL.sub("?", f"\n{r.graded}. {r.summary}"))
        items.append((f"{r.number}.", body))
    return _hanging(items)


def _unattributed(rows: list[UnattributedRow]) -> Table:
    items: list[tuple[str, Text | str]] = []
    for u in rows:
        worth = "" if u.checkworthiness is None else f"check-worthiness {u.checkworthiness:.2f}, "
        items.append((f"U{u.number}.", f"{_clip(u.content)} ({worth}{u.claim_type})"))
    return _hanging(items)


def render_text(analysis: Analysis, color: bool = False, width: int | None = None) -> str:
    """Score, profile and reasons; the claims; what is not a claim; the unattributed; the key to the grades."""
    buf = StringIO()
    console = Console(file=buf, force_terminal=color, no_color=not color, width=width, highlight=False)
    width = console.width
    out: list[RenderableType] = [Text(_clip(analysis.id or "article", 200), style="bold")]
    score = analysis.score
    if score is not None:
        out.append(Text.assemble("sourcing score ", (f"{score.value:.0f}/100: {score.band}", "bold")))
        out.append(Text("profile (0-100): " + " · ".join(profile_lines(score))))
        warnings, reasons = article_lines(score)
        items: list[tuple[str, Text | str]] = [(" !", _t(w, style="yellow")) for w in warnings]
        out.append(_hanging(items + [(" -", r) for r in reasons]))
    claims, others = claim_rows(analysis)
    out.append(Text(f"{len(claims)} attributed claim{'s' if len(claims) != 1 else ''}", style="bold"))
    if claims:
        table = _table(claims, width) if width >= TABLE_WIDTH else None
        if table is None:
            out.append(_stacked(claims))
        else:
            out += [table, _hanging([(f"{r.number}.", r.summary) for r in claims if r.summary])]
    if others:
        out.append(Text(also_found([r.attribution for r in others]), style="bold"))
        lines = [
            f"[{not_claim_words(r.attribution)}] {_clip(r.source, 40)} {r.cue} {_clip(r.content, 90)}" for r in others
        ]
        out.append(_hanging([("-", line) for line in lines]))
    unattributed = unattributed_rows(analysis)
    if unattributed:
        out.append(Text(UNATTRIBUTED_HEAD, style="bold"))
        out.append(_unattributed(unattributed))
    if score is not None or claims:
        out.append(
            _hanging([("key:" if i == 0 else "", Text(line, style="dim")) for i, line in enumerate(words.legend())])
        )
    console.print(Group(*out))
    return buf.getvalue()
