"""The sourcing score: claim assessments, then the article score (docs/scoring.md).

``claim.score_claims`` and ``article.score_article`` are the bodies of the two scoring stages;
both take an optional ``facts.ArticleFacts`` so that a pipeline computes it once.
``weights.weights_of`` gives the numbers (``claims/data/weights.json``), ``lexicons`` the word
lists (``claims/data/lexicons/scoring.json``), ``reasons`` the typed reasons. Nothing is imported
here, so that ``claims.scoring.weights`` stays importable from any module without a cycle.
"""
