"""Rules around the tagger: constructions it misses, fragments and disclosures it misreads.

One module per construction; each public function is the body of one pipeline stage
(``claims.pipeline.registry`` names them). A rule adds an attribution only where no tagged
attribution holds its cue, and otherwise repairs the tagged one.
"""
