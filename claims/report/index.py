"""The index page of several HTML reports: one sortable row per article, linking its page."""

from __future__ import annotations

import html
from collections.abc import Sequence

from claims.types import Analysis

_CSS = """body{font:15px/1.45 system-ui,sans-serif;margin:1.5em;color:#222}table{border-collapse:collapse}
th,td{padding:4px 10px;border-bottom:1px solid #ddd;text-align:left}th{cursor:pointer;background:#f2f4f7}
td.n{text-align:right}"""
_SCRIPT = """document.querySelectorAll('th').forEach((th,i)=>th.addEventListener('click',()=>{
const body=th.closest('table').tBodies[0],rows=[...body.rows],num=th.dataset.num==='1',up=th.dataset.up!=='1';
rows.sort((a,b)=>{const x=a.cells[i].dataset.v,y=b.cells[i].dataset.v;
return (num?(parseFloat(x)-parseFloat(y)):x.localeCompare(y))*(up?1:-1)});
th.dataset.up=up?'1':'0';rows.forEach(r=>body.appendChild(r))}));"""


def render_index(analyses: Sequence[Analysis], pages: Sequence[str]) -> str:
    """One self-contained page: each article's score, band and counts, linking its page (a relative path)."""
    e = html.escape
    rows = []
    for a, page in zip(analyses, pages, strict=True):
        score = a.score.value if a.score is not None else None
        cells = [
            (f'<a href="{e(page)}">{e(str(a.id))}</a>', str(a.id), False),
            (f"{score:.0f}" if score is not None else "-", f"{score if score is not None else -1}", True),
            (e(a.score.band) if a.score is not None else "not scored", a.score.band if a.score else "", False),
            (str(sum(1 for x in a.attributions if x.claim)), str(sum(1 for x in a.attributions if x.claim)), True),
            (str(len(a.unattributed)), str(len(a.unattributed)), True),
        ]
        tds = "".join(f'<td{" class=n" if num else ""} data-v="{e(v)}">{shown}</td>' for shown, v, num in cells)
        rows.append(f"<tr>{tds}</tr>")
    head = "".join(
        f'<th data-num="{int(num)}">{e(name)}</th>'
        for name, num in (("article", False), ("score", True), ("band", False), ("claims", True),
                          ("unattributed claims", True))
    )  # fmt: skip
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        f"script-src 'unsafe-inline'\"><title>claims: {len(rows)} articles</title><style>{_CSS}</style></head><body>"
        f"<h1>{len(rows)} articles</h1><p>Click a heading to sort.</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<script>{_SCRIPT}</script></body></html>\n"
    )
