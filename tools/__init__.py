"""Maintainer tools that make the repository's committed resources: the translation catalogues, the
manual's pictures, the training PKI and photos. Run from the repository (``python -m tools.NAME``); the
product never imports them."""
