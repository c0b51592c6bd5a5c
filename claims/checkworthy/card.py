"""The check-worthiness classifier's model card (``checkworthy/README.md``), written from its card data."""

from __future__ import annotations

from claims.checkworthy.features import CHEAP
from claims.checkworthy.model import TAGGER, CheckworthyModel

CITATIONS = {
    "claimbuster": "ClaimBuster dataset (Arslan, Hassan, Li, Tremayne, ICWSM 2020; doi 10.5281/zenodo.3609356), "
    "two-class split of utaresearch/claimbuster-spotter",
    "checkthat": "CLEF 2019 CheckThat! task 1 (Atanasova, Nakov, Karadzhov, Mohtarami, Da San Martino, CLEF 2019)",
    "news": "news sentences written and labelled for this project (eval/checkworthy/news/GUIDELINES.md)",
}


def _encoder(model: CheckworthyModel) -> str:
    if model.encoder == TAGGER:
        return (
            f"the encoder of this directory's tagger (each statement read alone; tagger fingerprint `{model.tagger}`)"
        )
    return f"`{model.encoder}`"


def model_card(model: CheckworthyModel) -> str:
    """Markdown: what the classifier does, its data, settings, threshold and out-of-fold metrics."""
    card = model.card
    lines = [
        "# Check-worthiness classifier",
        "",
        "Gives each statement an article makes with no attribution the probability that a fact-checker",
        "would pick it as a check-worthy claim; `claims score` lists those at or above the threshold",
        "(`--checkworthy-threshold P` overrides it). A logistic model (scikit-learn) over the",
        f"mean-pooled sentence vector of {_encoder(model)}, {len(CHEAP)} cheap features (numbers, named entities,",
        "tense, modals, hedges, negation, person, question, quotation) and where the statement sits in its",
        "article (headline, lede, position),",
        "calibrated by a sigmoid fitted on out-of-fold predictions"
        + (
            " for news sentences (folds by article)."
            if card.get("out_of_fold", {}).get("held_out_by") == "article"
            else " (folds by debate or sentence: no labelled news given)."
        ),
        "",
        f"Threshold: **{model.threshold}** ("
        + (
            "set with `--threshold`; the shipped classifier's is the F1-best threshold of the whole pipeline's "
            "list out of fold, `eval/checkworthy/README.md`)."
            if card.get("settings", {}).get("threshold") is not None
            else "the F1-best threshold on the out-of-fold news sentence predictions)."
        ),
        "",
        "## Data",
        "",
        "| corpus | sentences | check-worthy | source |",
        "|---|---|---|---|",
    ]
    for corpus, row in sorted(card.get("data", {}).items()):
        cite = CITATIONS.get(corpus, "")
        lines.append(f"| {corpus} | {row['sentences']} | {row['positives']} | {cite} |")
    oof = card.get("out_of_fold", {})
    if oof:
        lines += [
            "",
            f"## Out-of-fold metrics ({oof.get('sentences')} sentences, held out by {oof.get('held_out_by')})",
            "",
            "| average precision | precision | recall | F1 |",
            "|---|---|---|---|",
            f"| {oof.get('average_precision')} | {oof.get('precision')} | {oof.get('recall')} | {oof.get('f1')} |",
        ]
    settings = card.get("settings", {})
    if settings:
        lines += ["", "## Settings", "", *(f"- `{k}`: {v}" for k, v in sorted(settings.items()))]
    lines += [
        "",
        "Test figures (ClaimBuster test, CheckThat! 2019 test, held-out news) for the shipped",
        "classifier: `eval/checkworthy/report.md`. Date trained: " + str(card.get("date", "-")) + ".",
        "",
    ]
    return "\n".join(lines)
