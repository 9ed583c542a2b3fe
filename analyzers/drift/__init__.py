"""Comparison helpers for drift: cosmetic normalization, word diffs, matching forms and pages.

The drift checks (analyzers/checks/drift.py) judge a new snapshot against the approved one; the
helpers here decide what counts as "the same" thing on both sides and what is mere cosmetics.
What a page holds (the opt-in form and its consent box, the privacy policy and its promise, the
terms) is never decided here: it is what the optin.*, privacy.* and terms.* checks and their
inputs decided on each side (decisions.py, pages.py), so drift and the audit cannot disagree.
"""
