"""Linking: the tagger's role spans -> attributions, anchored on cues.

Two linkers set ``attributions`` from ``spans``: the rules (:func:`link`, stage ``link``, the
default) and a pair model fitted on annotated links (:func:`learned_link`, stage
``learned_link``; ``eval/linker.md`` compares them).
"""

from claims.linking.learned import LinkModel, learned_link
from claims.linking.rules import link

__all__ = ["LinkModel", "learned_link", "link"]
