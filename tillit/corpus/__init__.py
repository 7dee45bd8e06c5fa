"""
The curated corpus: what the five source texts say, as data.

``build_corpus`` turns these modules plus the saved source texts into
``fixtures/corpus.json``. Everything here comes from a source: the verbatim
texts are sliced from the seeds, and every quote is checked against them.
"""
