"""Labelled spans and links, as annotation tools export them, made into attributions (and back).

Label Studio, doccano and Prodigy all store a document as character-offset regions with a
label and, optionally, links between regions. :class:`LabelMap` says which labels mean
source, cue and content (``--labels`` overrides it); :func:`attributions` joins the regions
linked to one cue into an attribution and checks everything a tool can get wrong: an unknown
label, offsets out of range or not on the text the tool shows, two regions of one role that
overlap, a link to a region that does not exist, linked regions with no cue. Every error names
the file, the record and the fix.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from claims.errors import AnnotationError
from claims.linking import link
from claims.text import quote_kind
from claims.types import Analysis, Attribution, Role, Span, TaggedSpan

DEFAULT_LABELS: Mapping[Role, tuple[str, ...]] = {
    Role.SOURCE: ("source", "speaker", "src"),
    Role.CUE: ("cue", "attribution cue", "attribution_cue"),
    Role.CONTENT: ("content", "quote", "claim", "con"),
}


@dataclass(frozen=True)
class LabelMap:
    """Which tool labels mean source, cue and content (matched without regard to case)."""

    labels: Mapping[str, Role]

    @classmethod
    def default(cls) -> LabelMap:
        return cls({name: role for role, names in DEFAULT_LABELS.items() for name in names})

    @classmethod
    def parse(cls, spec: str | None) -> LabelMap:
        """``"SOURCE=Speaker,Source;CUE=Cue;CONTENT=Quote"`` (roles not named keep their defaults)."""
        if not spec:
            return cls.default()
        chosen: dict[Role, tuple[str, ...]] = dict(DEFAULT_LABELS)
        for part in filter(None, (p.strip() for p in spec.split(";"))):
            role, sep, names = part.partition("=")
            if not sep or role.strip().upper() not in Role.__members__:
                raise ValueError(f"--labels: {part!r} is not ROLE=LABEL,... with ROLE one of SOURCE, CUE, CONTENT")
            chosen[Role[role.strip().upper()]] = tuple(n.strip().lower() for n in names.split(",") if n.strip())
        return cls({name: role for role, names in chosen.items() for name in names})

    def role(self, label: str, where: str, path: object) -> Role:
        """The role of a label; an unknown label is an error that says how to map it."""
        role = self.labels.get(label.strip().lower())
        if role is None:
            known = ", ".join(f"{r.name}={'/'.join(n for n, x in self.labels.items() if x is r)}" for r in Role)
            raise AnnotationError(
                path, None, f"{where}: unknown label {label!r} (known: {known}; map it with --labels 'SOURCE={label}')"
            )
        return role

    def names(self, role: Role) -> str:
        """The label the writers give a role: the first name mapped to it, in capitals."""
        return next(n for n, r in self.labels.items() if r is role).upper()


@dataclass(frozen=True)
class Region:
    """One labelled span of a tool's record; ``key`` is the tool's id for it (for links)."""

    key: str
    role: Role
    span: Span


def region(
    key: str, label: str, start: object, end: object, text: str, shown: object, where: str, path: object,
    labels: LabelMap,
) -> Region:  # fmt: skip
    """A checked region: integer offsets inside the text, not empty, on the text the tool shows (when it shows it)."""
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
        raise AnnotationError(path, None, f"{where}: start and end must be integers, not {start!r} and {end!r}")
    if not 0 <= start < end <= len(text):
        raise AnnotationError(
            path, None, f"{where}: offsets {start}-{end} are outside the text (0-{len(text)}) or empty"
        )
    if shown is not None and shown != text[start:end]:
        raise AnnotationError(
            path,
            None,
            f"{where}: the span's text {shown!r} does not match the text at {start}-{end} ({text[start:end]!r}); "
            "was the text changed after labelling?",
        )
    return Region(key, labels.role(label, where, path), Span(start, end))


def _overlaps(regions: Sequence[Region], where: str, path: object) -> None:
    for role in Role:
        spans = sorted((r.span, r.key) for r in regions if r.role is role)
        for (a, ka), (b, kb) in pairwise(spans):
            if b.start < a.end:
                raise AnnotationError(
                    path, None, f"{where}: {role.value} regions {ka} ({a.start}-{a.end}) and {kb} ({b.start}-{b.end}) "
                    "overlap; merge them or delete one"
                )  # fmt: skip


def attributions(
    text: str, regions: Sequence[Region], links: Iterable[tuple[str, str]] | None, where: str, path: object
) -> tuple[Attribution, ...]:
    """The attributions of one record: each cue (cues linked to each other count as one) with the regions linked to it.

    A region linked to two cues belongs to both attributions; one linked only through another
    region (a content linked to its source) belongs to that region's cue.

    ``links`` None means the tool has no links (doccano sequence labels): the regions are joined
    to the nearest cue by the linker that joins the tagger's spans (``claims.linking``).
    """
    _overlaps(regions, where, path)
    if links is None:
        tagged = [TaggedSpan(r.role, r.span) for r in regions]
        return link(text, tagged).attributions
    by_key = {r.key: i for i, r in enumerate(regions)}
    near: list[set[int]] = [set() for _ in regions]
    for a, b in links:
        for k in (a, b):
            if k not in by_key:
                raise AnnotationError(path, None, f"{where}: a link names region {k!r}, which does not exist")
        near[by_key[a]].add(by_key[b])
        near[by_key[b]].add(by_key[a])
    is_cue = [r.role is Role.CUE for r in regions]
    # cues linked to each other are one (split) cue: "said ..., adding"
    group = list(range(len(regions)))
    for i in range(len(regions)):
        for j in near[i]:
            if is_cue[i] and is_cue[j]:
                old, new = group[j], group[i]
                group = [new if g == old else g for g in group]
    members: dict[int, set[int]] = {group[i]: set() for i in range(len(regions)) if is_cue[i]}
    for i in range(len(regions)):
        if is_cue[i]:
            members[group[i]].add(i)
            continue
        seen, todo, cues = {i}, [i], set()
        while todo:  # a content linked to its source, the source to the cue, is the cue's
            for j in near[todo.pop()]:
                if is_cue[j]:
                    cues.add(group[j])
                elif j not in seen:
                    seen.add(j)
                    todo.append(j)
        if not cues:
            r = regions[i]
            raise AnnotationError(
                path, None, f"{where}: {r.role.value} region {r.key} ({r.span.start}-{r.span.end}) links to no cue; "
                "label the cue and link it"
            )  # fmt: skip
        for g in cues:
            members[g].add(i)
    out: list[Attribution] = []
    for idx in sorted(members.values(), key=lambda m: min(regions[i].span.start for i in m if is_cue[i])):
        of = [regions[i] for i in idx]
        contents = tuple(sorted(r.span for r in of if r.role is Role.CONTENT))
        out.append(
            Attribution(
                id=f"a{len(out) + 1}",
                cues=tuple(sorted(r.span for r in of if r.role is Role.CUE)),
                contents=contents,
                sources=tuple(sorted(r.span for r in of if r.role is Role.SOURCE)),
                kind=quote_kind(text, contents),
            )
        )
    return tuple(out)


def regions_of(analysis: Analysis) -> list[tuple[str, Role, Span, str]]:
    """``(key, role, span, attribution id)`` for every span of every attribution, for the writers."""
    out = []
    for a in analysis.attributions:
        for i, (role, span) in enumerate(a.spans()):
            out.append((f"{a.id}-{role.value.lower()[:3]}{i}", role, span, a.id))
    return out


def star_links(regions: Sequence[tuple[str, Role, Span, str]]) -> list[tuple[str, str]]:
    """Links from every source and content region to its attribution's first cue (and between its cues)."""
    cue: dict[str, str] = {}
    for key, role, _, owner in regions:
        if role is Role.CUE:
            cue.setdefault(owner, key)
    return [(key, cue[owner]) for key, _, _, owner in regions if owner in cue and key != cue[owner]]
