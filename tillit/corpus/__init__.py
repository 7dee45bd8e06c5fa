"""
The corpus: the curated facts (``fixtures/curated/*.yaml``) and the tools
that turn them into ``fixtures/corpus.json`` (``build``) and carry editors'
corrections back into them (``export``).

A top-layer tool: it writes every app's records, so it may import the apps.
"""
