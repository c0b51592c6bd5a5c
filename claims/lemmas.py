"""Lemmas made when a rule reads one, by the lemmatizer of the spaCy pipeline that parsed the token.

The rules read a few hundred lemmas an article (cue verbs, cue frames, mention heads); spaCy's
rule lemmatizer over every parsed token cost 1.1 s of PolNeAR dev's parse of about 8 s. A
pipeline whose lemmatizer is spaCy's rule or lookup :class:`~spacy.pipeline.Lemmatizer` (or a
language's subclass of it, English's among them) is registered when :func:`claims.nlp.parser`
loads it, and its parse leaves the lemmatizer out (:func:`parse_off`); any other lemmatizer (a
trained one) still runs in the parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

NAME = "lemmatizer"
_LAZY: dict[int, Any] = {}  # id of a loaded pipeline's vocabulary -> its lemmatizer, run when a lemma is read


def register(nlp: Language) -> None:
    """Make ``nlp``'s lemmas when read, where its lemmatizer is spaCy's rule or lookup one (pipelines live for good)."""
    from spacy.pipeline import Lemmatizer

    pipe = nlp.get_pipe(NAME) if NAME in nlp.pipe_names else None
    # English's EnglishLemmatizer included; one that annotates a Doc its own way is left to run
    if isinstance(pipe, Lemmatizer) and type(pipe).__call__ is Lemmatizer.__call__:
        _LAZY[id(nlp.vocab)] = pipe


def parse_off(nlp: Language) -> tuple[str, ...]:
    """The components a parse leaves out: the recogniser (run apart, per sentence) and a lemmatizer made lazy."""
    return ("ner", NAME) if id(nlp.vocab) in _LAZY else ("ner",)


def lemma(token: Token) -> str:
    """The token's lemma, lower case, as spaCy's run of its pipeline would set it.

    The attribute ruler's lemma where it set one (unless the lemmatizer overwrites), else the
    registered lemmatizer's (``Lemmatizer.lemmatize``, cached per word, part of speech and
    morphology); "" for a token never parsed (no tag, no part of speech), as before; the
    ``Doc``'s own lemma for a pipeline not registered.
    """
    lemmatizer = _LAZY.get(id(token.doc.vocab))
    if lemmatizer is None or (token.lemma and not lemmatizer.overwrite):
        return str(token.lemma_).lower()
    if not (token.tag or token.pos):
        return ""
    return str(lemmatizer.lemmatize(token)[0]).lower()
