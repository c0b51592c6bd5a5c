"""Who said it: source mentions read, typed, joined into entities, with relays and sides.

- :mod:`claims.sources.mentions`: the shape of one mention (pronoun, name, head, modifiers);
- :mod:`claims.sources.classification`: its source type, whether it is named, its identifiability;
- :mod:`claims.sources.relays`: the outlet that relayed an attribution, and the side a source is on;
- :mod:`claims.sources.joining`: mentions joined into entities (pronouns, names, descriptions);
- :mod:`claims.sources.entities`: the pipeline stage ``resolve_sources`` and ``speaking_sources``;
- :mod:`claims.sources.lexicon`: the patterns and sets built from the rubric's sources lexicons,
  once per rubric.

Every word list is a rubric key of ``claims/data/lexicons/sources.json`` (``docs/sources.md``).
"""
