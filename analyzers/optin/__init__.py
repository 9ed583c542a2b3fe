"""Helpers for the web opt-in checks: finding the SMS opt-in form, its phone field, its consent
control and the disclosure a person reads at the point of collection.

Kept apart from `analyzers/checks/` so that the checks stay small verdicts over one
`OptInForm` model (see `analyzers/optin/model.py`), which other analyzers and the report read.
"""
