"""claims: find quoted and reported claims in news, link them to sources, score the sourcing.

``claims.load(model, exclude=[...])`` returns an :class:`Analyzer`; its ``pipeline`` is a
:class:`Pipeline` of named :class:`Stage` objects (see ``docs/ARCHITECTURE.md``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from claims.pipeline import Analyzer, Context, Pipeline, Stage, load
    from claims.types import Analysis, Attribution, SourceEntity, Span

_EXPORTS = {
    "load": "claims.pipeline",
    "Analyzer": "claims.pipeline",
    "Pipeline": "claims.pipeline",
    "Stage": "claims.pipeline",
    "Context": "claims.pipeline",
    "Analysis": "claims.types",
    "Attribution": "claims.types",
    "SourceEntity": "claims.types",
    "Span": "claims.types",
}
__all__ = ["Analysis", "Analyzer", "Attribution", "Context", "Pipeline", "SourceEntity", "Span", "Stage", "load"]


def __getattr__(name: str) -> Any:
    """Import the public names on first use (``import claims`` stays light for the CLI)."""
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'claims' has no attribute {name!r}")
