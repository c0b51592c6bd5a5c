"""The parse read from the tagger's own forward pass: syntax heads distilled from spaCy.

Opt-in: a model directory with ``syntax/`` (``eval/syntax.py --fit``) makes the tagger
stage parse each article from its encoder states, and the stages that read a parse read that
``Doc`` instead of running spaCy's parser and recogniser (``docs/ARCHITECTURE.md``, Speed).
"""

from claims.syntax.heads import SyntaxConfig, SyntaxHeads, load_heads, save_heads
from claims.syntax.parse import SyntaxParser

__all__ = ["SyntaxConfig", "SyntaxHeads", "SyntaxParser", "load_heads", "save_heads"]
