"""A stage of the analysis, and the per-article context every stage reads.

A :class:`Stage` declares the facts it ``needs`` (set by an earlier stage, or the pipeline
is refused), the facts it ``sets``, and the stages it must follow when both are present
(``after``) or every present stage that sets a fact (``after_facts``). The facts are a
small fixed vocabulary (:data:`FACTS`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from claims.rubric import Rubric
from claims.types import Analysis

FACTS = (
    "spans",  # tagged role spans (Analysis.spans)
    "attributions",  # Analysis.attributions
    "disclosures",  # attributions typed as disclosures (reasons for anonymity, no-response notes)
    "relations",  # Attribution.relation and is_claim
    "containment",  # Attribution.within
    "claim_types",  # Attribution.claim_type
    "sources",  # Analysis.sources and Attribution.source_entity
    "unattributed",  # Analysis.unattributed
    "assessments",  # Attribution.assessment and Unattributed.assessment
    "score",  # Analysis.score
)

T = TypeVar("T")


@dataclass(eq=False)
class Context:
    """What one article's stages share: its text, the rubric, and facts computed once.

    ``once(fn, *args)`` computes ``fn(context, *args)`` the first time a stage asks and
    returns the same value to every later stage of this article (sentences, anonymity
    clauses, the scoring facts, ...): the arguments of the first call decide.
    """

    text: str
    rubric: Rubric
    _memo: dict[Callable[..., Any], Any] = field(default_factory=dict, repr=False)

    def once(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(self, *args)``, computed once per article."""
        if fn not in self._memo:
            self._memo[fn] = fn(self, *args)
        value: T = self._memo[fn]
        return value

    def provide(self, fn: Callable[..., T], value: T) -> None:
        """Make ``value`` what :meth:`once` gives for ``fn`` (a stage that computed it as a by-product)."""
        self._memo[fn] = value


Run = Callable[[Analysis, Context], Analysis]
RunBatch = Callable[[Sequence[Analysis], Sequence[Context], Callable[[int, int], None] | None], list[Analysis]]


@dataclass(frozen=True)
class Stage:
    """One named step of the analysis.

    ``run(analysis, context)`` returns the new analysis. A batched stage (the tagger, the
    check-worthiness classifier, the stages that read spaCy's parse) has
    ``run_batch(analyses, contexts, progress)`` instead and sees many articles at once, each
    with its context.
    """

    name: str
    run: Run | None = None
    needs: frozenset[str] = frozenset()
    sets: frozenset[str] = frozenset()
    after: tuple[str, ...] = ()
    after_facts: frozenset[str] = frozenset()
    run_batch: RunBatch | None = None
    doc: str = ""

    def __post_init__(self) -> None:
        unknown = sorted((self.needs | self.sets | self.after_facts) - set(FACTS))
        if unknown:
            raise ValueError(f"stage {self.name!r}: unknown facts {', '.join(unknown)} (known: {', '.join(FACTS)})")
        if (self.run is None) == (self.run_batch is None):
            raise ValueError(f"stage {self.name!r}: give exactly one of run and run_batch")

    @property
    def batched(self) -> bool:
        """True for a stage that runs on many articles at once."""
        return self.run_batch is not None
