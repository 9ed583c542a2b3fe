"""Comparison helpers for drift: cosmetic normalization, word diffs, matching forms and pages.

The drift checks (analyzers/checks/drift.py) judge a new snapshot against the approved one; the
helpers here decide what counts as "the same" thing on both sides and what is mere cosmetics.
"""
