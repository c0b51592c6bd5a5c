import json
import shutil
from pathlib import Path

import pytest

import claims.nlp
from claims.errors import ModelError, PipelineError
from claims.lemmas import lemma
from claims.nlp import parser
from claims.pipeline import load
from claims.syntax.fit import POS, article_features, fit_heads, label_sets
from claims.syntax.heads import DIRECTORY, SyntaxConfig, load_heads, save_heads
from claims.syntax.parse import SyntaxParser
from claims.tagger.model import tagger_fingerprint
from claims.tagger.predict import Tagger
from claims.types import Analysis


def tiny_config(tagger: str = "") -> SyntaxConfig:
    tags, deps, ents = label_sets(parser())
    small = {
        "buckets": (2000, 500, 100),
        "lexical": (16, 8, 4),
        "project": 32,
        "lstm": 32,
        "hidden": 32,
        "arc": 32,
        "label": 16,
    }
    return SyntaxConfig(tags=tags, deps=deps, ents=ents, pos=POS, layers=(-1, 0), width=32, tagger=tagger, **small)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def syntax_model(tmp_path_factory: pytest.TempPathFactory, tiny_model: Path, articles: list[Analysis]) -> Path:
    """The tiny tagger with heads overfit on spaCy's reading of the fixture articles."""
    out = tmp_path_factory.mktemp("syntax-model") / "model"
    shutil.copytree(tiny_model, out)
    tagger = Tagger.from_pretrained(out, precision="fp32")
    config = tiny_config(tagger_fingerprint(tagger.model))
    data = article_features(tagger, parser(), [a.text for a in articles], config)
    save_heads(fit_heads(config, data, epochs=60, batch_size=2, lr=1e-2), out)
    return out


def test_a_model_without_heads_has_no_syntax(tiny_model: Path) -> None:
    assert load_heads(tiny_model) is None
    tagger = Tagger.from_pretrained(tiny_model, precision="fp32")
    assert tagger.syntax is None
    assert tagger.predict_and_parse(["Ms. Lee said it rained."])[1] is None


def test_heads_learn_spacys_reading_and_give_whole_trees(syntax_model: Path, articles: list[Analysis]) -> None:
    tagger = Tagger.from_pretrained(syntax_model, precision="fp32")
    assert tagger.syntax is not None
    texts = [a.text for a in articles]
    spans, docs = tagger.predict_and_parse(texts)
    assert docs is not None and spans == tagger.predict(texts)  # the parse does not change the spans
    teacher = list(parser().pipe(texts))
    same_tag = same_head = n = same_lemma = n_lemma = 0
    for text, doc, gold in zip(texts, docs, teacher, strict=True):
        assert doc.text == text and [t.idx for t in doc] == [t.idx for t in gold]
        for sent in doc.sents:
            roots = [t for t in sent if t.head.i == t.i]
            assert len(roots) == 1 and roots[0].dep_ == "ROOT"
            assert all(sent.start <= t.head.i < sent.end for t in sent)
        for t, g in zip(doc, gold, strict=True):
            if t.is_space:
                assert (t.tag_, t.dep_) == ("_SP", "dep")
                continue
            n += 1
            same_tag += t.tag_ == g.tag_
            same_head += t.head.i == g.head.i
            if (t.tag_, t.pos_) == (g.tag_, g.pos_):  # the lemma spaCy gives the same word and part of speech
                same_lemma += lemma(t) == g.lemma_.lower()
                n_lemma += 1
        assert all(t.pos_ for t in doc if not t.is_space)  # the attribute ruler read the predicted tags
    assert n_lemma > 0.8 * n and same_lemma == n_lemma
    assert same_tag / n > 0.9 and same_head / n > 0.6  # overfit on these articles: far above chance


def test_the_parsed_stages_read_the_heads_parse_not_spacys(
    syntax_model: Path, articles: list[Analysis], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[str, ...]] = []
    real = claims.nlp.run_pipe

    def counting(nlp, texts, off, processes=1):  # type: ignore[no-untyped-def]
        calls.append(tuple(n for n in nlp.pipe_names if n not in off))
        return real(nlp, texts, off, processes)

    texts = [a.text for a in articles[:4]]
    monkeypatch.setattr(claims.nlp, "run_pipe", counting)
    stages = ["tagger", "link", "nested", "relations", "sources"]
    runs = []
    for syntax in (True, False):
        spec = tmp_path / f"{syntax}.json"
        spec.write_text(json.dumps({"version": 1, "stages": stages, "settings": {"tagger": {"syntax": syntax}}}))
        runs.append(list(load(syntax_model, precision="fp32", pipeline=spec).analyze_many(texts)))
        if syntax:
            assert not any("parser" in c or "ner" in c for c in calls)  # no spaCy parse, no recogniser
    assert any("parser" in c for c in calls)  # syntax off: spaCy parses
    assert any(a.sources for a in runs[0])  # the source stage read the heads' parse and entities


def test_syntax_setting_must_be_a_boolean(syntax_model: Path, tmp_path: Path) -> None:
    spec = tmp_path / "p.json"
    spec.write_text(json.dumps({"version": 1, "stages": ["tagger"], "settings": {"tagger": {"syntax": "yes"}}}))
    with pytest.raises(PipelineError, match="syntax must be true or false"):
        load(syntax_model, pipeline=spec)


def test_broken_heads_are_a_model_error(syntax_model: Path, tmp_path: Path) -> None:
    where = tmp_path / "m"
    shutil.copytree(syntax_model / DIRECTORY, where / DIRECTORY)
    meta = json.loads((where / DIRECTORY / "config.json").read_text())
    (where / DIRECTORY / "config.json").write_text(json.dumps({**meta, "tags": meta["tags"][:-1]}))
    with pytest.raises(ModelError, match="cannot load the syntax heads"):
        load_heads(where)
    (where / DIRECTORY / "config.json").write_text("{not json")
    with pytest.raises(ModelError, match="syntax heads' config"):
        load_heads(where)


def test_saved_heads_give_the_same_parse(syntax_model: Path, tmp_path: Path, articles: list[Analysis]) -> None:
    heads = load_heads(syntax_model)
    assert heads is not None
    save_heads(heads, tmp_path)
    again = load_heads(tmp_path)
    assert again is not None
    tagger = Tagger.from_pretrained(syntax_model, precision="fp32")
    text = articles[0].text
    from claims.tagger.encode import encode

    enc = encode(tagger.tokenizer, text)
    _, states = tagger.forward([enc], layers=heads.config.layers)
    docs = [SyntaxParser(h, parser()).parse_many([SyntaxParser(h, parser()).features(text, enc.offsets, states[0])])[0]
            for h in (heads, again)]  # fmt: skip
    assert [(t.tag_, t.head.i, t.dep_, t.ent_type_) for t in docs[0]] == [
        (t.tag_, t.head.i, t.dep_, t.ent_type_) for t in docs[1]
    ]


def test_predicted_parts_of_speech_stand_in_only_where_the_pipeline_has_no_attribute_ruler() -> None:
    import spacy

    from claims.syntax.doc import build_doc

    args = (["NNP", "VBD", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"], ["B-PERSON", "O", "O"])
    for nlp, expected in ((spacy.blank("en"), ["PROPN", "VERB", "X"]), (parser(), ["PROPN", "VERB", "PUNCT"])):
        doc = build_doc(nlp, nlp.make_doc("Lee left."), *args, pos=["PROPN", "VERB", "X"])
        assert [t.pos_ for t in doc] == expected  # with a ruler, its own mapping of the tags wins
        assert [(t.head.i, t.dep_) for t in doc] == [(1, "nsubj"), (1, "ROOT"), (1, "punct")]
        assert [e.label_ for e in doc.ents] == ["PERSON"]


def test_heads_fitted_on_another_tagger_are_refused(syntax_model: Path, tmp_path: Path) -> None:
    import torch

    from claims.tagger.model import load_tagger_model

    other = tmp_path / "retrained"
    model = load_tagger_model(syntax_model)
    layer = model.get_submodule("classifier")
    assert isinstance(layer, torch.nn.Linear)
    with torch.no_grad():
        layer.weight.add_(0.1)  # as a retrained tagger would differ
    model.save_pretrained(str(other))
    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        if (syntax_model / name).exists():
            shutil.copy(syntax_model / name, other / name)
    shutil.copytree(syntax_model / DIRECTORY, other / DIRECTORY)
    with pytest.raises(ModelError, match="fitted on another tagger"):
        Tagger.from_pretrained(other, precision="fp32")
    assert Tagger.from_pretrained(syntax_model, precision="bf16").syntax is not None  # bf16 weights: same print
