"""The shape of one source mention, read from the article's parse and named entities.

A mention is a pronoun, or a noun phrase whose syntactic head, name, modifiers, appositive
("Hugh Hill, a doctor"), affiliation ("a GE spokesman", "a spokeswoman for the ministry")
and gender come from spaCy: the head is the phrase's root token, the name the named entity
over it (PERSON, ORG, GPE, ...), relative clauses and other post-modifiers are left out of
its core. What type of source that shape names is :mod:`claims.sources.classification`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claims.lemmas import lemma
from claims.nlp import Entity
from claims.rubric import Rubric
from claims.sources import lexicon
from claims.sources.names import first_name_gender
from claims.sources.shape import WORD, MentionInfo, gender_of, pronoun_class, surface_of, with_number_kind
from claims.types import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from claims.nlp import ArticleParse

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})
BODY_LABELS = frozenset({"ORG", "GPE", "FAC"})  # a nationality ("a Syrian official") is no body
PERSON, NORP = frozenset({"PERSON"}), frozenset({"NORP"})
_CUT_DEPS = frozenset({"relcl", "acl", "appos", "prep", "advcl", "punct", "cc", "conj", "npadvmod"})
_AFFILIATION_PREPS = frozenset({"for", "at", "of", "with", "from", "in", "to", "inside", "within", "by"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _over(entities: Sequence[Entity], tok: Token, labels: frozenset[str] = NAME_LABELS) -> Entity | None:
    """The entity with one of ``labels`` that holds a token, if any."""
    return next((e for e in entities if e.label in labels and e.span.start <= tok.idx < e.span.end), None)


class MentionReader:
    """Reads the source mentions of one article from its parse and entities."""

    def __init__(self, parse: ArticleParse, spans: Sequence[Span], rubric: Rubric) -> None:
        self.text, self.parse, self.rubric = parse.text, parse, rubric
        self.entities: list[Entity] = []
        self._starts: list[int] = []
        self._longest = 0
        self._known: set[Entity] = set()
        self._read: dict[tuple[Span, str | None], MentionInfo] = {}
        self.extend(spans)

    def extend(self, spans: Sequence[Span]) -> None:
        """Parse and recognise entities around more of the article (what was read stays valid)."""
        self.doc: Doc = self.parse.doc(spans)
        for e in self.parse.entities(spans):
            if e not in self._known:  # each sentence's entities come once: inserted in order, not re-sorted
                self._known.add(e)
                at = bisect.bisect_left(self.entities, e)
                self.entities.insert(at, e)
                self._starts.insert(at, e.span.start)
                self._longest = max(self._longest, len(e.span))

    def entities_in(self, span: Span) -> list[Entity]:
        """The entities overlapping ``span`` (found by position: the article may hold thousands)."""
        lo = bisect.bisect_left(self._starts, span.start - self._longest)
        hi = bisect.bisect_left(self._starts, span.end)
        return [e for e in self.entities[lo:hi] if e.span.start < span.end and span.start < e.span.end]

    def read(self, span: Span, speaker: str | None = None) -> MentionInfo:
        """The shape of the mention at ``span``.

        ``speaker``, when given, is the part of the mention that names who speaks (the outlet of
        "a report by the website TradeLantern"); the shape is read from it.
        """
        key = (span, speaker)
        if key not in self._read:
            self._read[key] = self._read_uncached(span, speaker)
        return self._read[key]

    def _read_uncached(self, span: Span, speaker: str | None) -> MentionInfo:
        rubric = self.rubric
        surface = surface_of(self.text, span)
        lower = [w.lower().strip(".") for w in WORD.findall(surface)]
        pronoun = pronoun_class(lower, rubric)
        if pronoun is not None:
            return MentionInfo(span, surface, pronoun, False, False, (), lower[0], frozenset(), pronoun,
                               core=surface, gender=gender_of(lower, rubric), plural=pronoun == "group")  # fmt: skip
        where = span
        if speaker is not None:  # read from the speaker's words; the mention keeps its own span
            found = re.search(r"\s+".join(map(re.escape, speaker.split())), span.of(self.text))
            where = Span(span.start + found.start(), span.start + found.end()) if found else span
        sub = self.doc.char_span(where.start, where.end, alignment_mode="expand")
        if sub is None or not len(sub):
            return MentionInfo(span, surface, None, False, False, (), "", frozenset(), "thing", core=surface)
        return self._phrase(span, where, surface, sub)

    def _phrase(self, span: Span, where: Span, surface: str, sub: SpacySpan) -> MentionInfo:
        rubric = self.rubric
        tokens = list(sub)
        root = sub.root
        inside = {t.i for t in tokens}
        subjects = {"nsubj", "nsubjpass"}
        heads = [t for t in tokens if t.head.i not in inside and t.dep_ in subjects and t.pos_ in {"NOUN", "PROPN"}]
        if len(heads) > 1 and not any(t.text == "," for t in tokens):
            root = heads[-1]  # "the opposition Civic Union" parsed as two subjects: a noun phrase's head is its last
        if root.pos_ in {"VERB", "AUX"}:  # the span runs on into its verb: "a spokesperson for the council denied"
            subject = next((c for c in root.children if c.dep_ in subjects and c.i in inside), None)
            if subject is not None:
                tokens = [t for t in subject.subtree if t.i in inside]
                root = subject
        ents = self.entities_in(where)
        name = _over(ents, root)
        close = [c for c in root.children if c.dep_ == "appos" and c.i > root.i and not _set_off(c)]
        if name is None and close:  # close apposition, "the business website TradeLantern": the name heads it
            name = _over(ents, close[0]) or _proper_chain(close[0])
        kept = {t.i for c in close for t in c.subtree}
        dropped = {t.i for c in root.children if c.dep_ in _CUT_DEPS and c.i > root.i for t in c.subtree} - kept
        if name is not None:  # "the Ministry of Defence": the name's own words stay
            dropped -= {t.i for t in tokens if name.span.start <= t.idx < name.span.end}
        core_toks = []
        for t in tokens:
            if t.text in ",([" or (t.text in "—–" and t.i > root.i):
                break
            if t.i not in dropped:
                core_toks.append(t)
        core_toks = core_toks or [root]
        words = [t.text for t in core_toks]
        described = next((c for c in root.children if c.dep_ == "appos" and _set_off(c)), None)
        low = [w.lower() for w in words]
        determiners = lexicon.determiners(rubric)
        roles = rubric.words("person_roles")
        head = "percent" if root.text == "%" else root.lower_.removesuffix("'s").removesuffix("’s")
        appos = [c for c in root.children if c.dep_ == "appos" and c not in close]
        appos_person = next((e for c in appos if (e := _over(ents, c, PERSON)) is not None), None)
        if appos_person is None and head in roles:
            appos_person = next((_proper_chain(c) for c in appos if c.tag_ == "NNP"), None)  # "the mayor, Ana Ruiz"
        if name is None and (root.lower_.strip(".") in rubric.words("person_roles") or root.text.endswith(".")):
            at = {t.idx for t in core_toks}
            inner = [e for e in ents if e.label == "PERSON" and e.span.start in at and e.span.start >= where.start]
            name = inner[-1] if inner else None  # "Fire Capt. Brent Maddox" parsed with the title as its head
        label = name.label if name is not None else None
        if label is None and appos_person is not None:
            label, name = "PERSON", appos_person  # "the port's harbour master, Odile Calder"
        proper = self._name_tokens(name, core_toks, root)
        affiliation = None if label in {"PERSON", "ORG", "GPE", "FAC"} else self._affiliation(root, ents)
        beyond = [c for c in root.children if c.dep_ in {"appos", "relcl"} and c.i not in inside and c.i > root.i]
        role = bool(appos or beyond) or affiliation is not None or any(w.lower().strip(".") in roles for w in words)
        # "Keisha Tran, 34, a nurse at the clinic, said": the role the text gives beside the mention counts too
        name_start = name.span.start if name is not None else (root.idx if proper else None)
        titled = name_start is not None and any(t.lower_.strip(".") in roles for t in core_toks if t.idx < name_start)
        definite = bool(low) and (
            low[0] in rubric.words("definite_determiners") or any(t.tag_ == "POS" for t in core_toks[:3])
        )
        indefinite = bool(low) and low[0] in rubric.words("indefinite_determiners")
        modifiers = frozenset(
            w for t, w in zip(core_toks, low, strict=True)
            if t.i != root.i and w not in determiners and w not in rubric.words("ignored_modifiers") and w.isalpha()
        )  # fmt: skip
        plural = root.tag_ in _PLURAL_TAGS and label is None
        plural = plural and head not in rubric.words("singular_s_heads") and head not in rubric.words("org_words")
        core = "".join(t.text_with_ws for t in core_toks).strip()
        describes_name = described is not None and proper and (name is None or not _inside(name, described))
        info = MentionInfo(
            span, surface, None, definite, indefinite, proper, head, modifiers, "thing",
            core=core, label=label, affiliation=affiliation, role=role, plural=plural, titled=titled,
            number=root.like_num or root.text == "%", lemma=lemma(root),
            names_someone=any(e.label in {"PERSON", "ORG", "GPE"} for e in ents),
            described_as=described.lower_ if describes_name and described is not None else None,
            gender=gender_of(low + [t.lower_ for c in appos for t in c.subtree], rubric)
            or (first_name_gender(proper[0]) if label == "PERSON" and len(proper) >= 2 else None),
        )  # fmt: skip
        return with_number_kind(info, rubric)

    def _name_tokens(self, name: Entity | None, core: list[Token], root: Token) -> tuple[str, ...]:
        """The tokens of the name heading the mention: its entity, else the proper nouns over the head."""
        rubric = self.rubric
        skip = lexicon.determiners(rubric) | rubric.words_in("gendered_words", "titles")
        if name is None or name.label == "PERSON":
            skip |= rubric.words("person_roles")  # "Minister Ali Kemal"; but "the Sheriff's Department" keeps its word
        if name is not None:
            toks = list(root.doc.char_span(name.span.start, name.span.end, alignment_mode="expand") or [])
        else:
            chain = [t for t in core if t.i == root.i or (t.head.i == root.i and t.dep_ == "compound")]
            common = rubric.words("vague_nouns") | rubric.words("person_roles") | rubric.words("org_words")
            capitalised = [t for t in chain if t.tag_ in {"NNP", "NNPS"} or _unlisted_name(t, common)]
            toks = capitalised if root in capitalised else []
        out = []
        for group in _hyphenated(toks):
            t = group[-1]
            word = "".join(x.text for x in group).removesuffix("'s").removesuffix("’s")
            if t.tag_ == "POS" or not word[:1].isalnum() or word.lower().strip(".") in skip:
                continue
            if word.islower():
                continue  # "the fire department": a description the recogniser labelled, not a name
            if root not in group and (
                t.dep_ == "amod" or t.pos_ == "ADJ" or _over(self.entities_in(Span(t.idx, t.idx + 1)), t, NORP)
            ):
                continue  # "Syrian military": an adjective of nationality (the parse says so, not the spelling)
            out.append(word)
        return tuple(out)

    def _affiliation(self, root: Token, ents: Sequence[Entity]) -> Span | None:
        """The named body a description belongs to: "a GE spokesman", "a spokeswoman for the ministry"."""
        org_words = self.rubric.words("org_words")
        for child in root.children:
            if child.i > root.i and child.dep_ == "prep" and child.lower_ in _AFFILIATION_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj" and (_over(ents, obj, BODY_LABELS) or obj.lower_ in org_words):
                        sub = list(obj.subtree)
                        return Span(sub[0].idx, sub[-1].idx + len(sub[-1].text))
            elif child.i < root.i and child.dep_ in {"compound", "poss", "nmod", "amod"}:
                body = _over(ents, child, BODY_LABELS)
                if body is not None:
                    return body.span
                if child.dep_ == "poss" and child.lower_.removesuffix("'s") in org_words:
                    sub = list(child.subtree)
                    last = sub[-1] if sub[-1].tag_ != "POS" else sub[-2]
                    return Span(sub[0].idx, last.idx + len(last.text))  # "the company's spokesman"
        return None


def _hyphenated(toks: Sequence[Token]) -> list[list[Token]]:
    """Tokens grouped into words: "al-Nour" is one name word, however the tokenizer split it."""
    groups: list[list[Token]] = []
    for t in toks:
        prev = groups[-1][-1] if groups else None
        if prev is not None and prev.i == t.i - 1 and not prev.whitespace_ and (t.text == "-" or prev.text == "-"):
            groups[-1].append(t)
        else:
            groups.append([t])
    return groups


def _unlisted_name(t: Token, common: frozenset[str]) -> bool:
    """A capitalised word the tagger took for a common noun ("Soelistyo said"), not a plural ("Speakers")."""
    return t.is_title and t.lower_ not in common and (t.tag_ == "NN" or (t.tag_ == "NNS" and t.lower_[-1] != "s"))


def _proper_chain(tok: Token) -> Entity:
    """A proper noun with its compound proper nouns, as a PERSON entity ("Odile Calder")."""
    chain = sorted([tok, *(c for c in tok.children if c.dep_ == "compound" and c.tag_ == "NNP")], key=lambda t: t.i)
    return Entity(Span(chain[0].idx, chain[-1].idx + len(chain[-1].text)), "PERSON")


def _inside(e: Entity, tok: Token) -> bool:
    """Whether an entity holds a token ("Odile Calder" holds the appositive's head "Calder")."""
    return e.span.start <= tok.idx < e.span.end


def _set_off(tok: Token) -> bool:
    """Whether a token's phrase is set off by a comma, dash or bracket before it."""
    first = min(t.i for t in tok.subtree)
    return first > 0 and tok.doc[first - 1].text in {",", "(", "-", "–", "—", ":"}


def read_alone(mention: str, rubric: Rubric) -> MentionInfo:
    """The shape of a mention given as a phrase alone, parsed on its own."""
    from claims.nlp import ArticleParse

    whole = Span(0, len(mention))
    return MentionReader(ArticleParse(mention), [whole], rubric).read(whole)
