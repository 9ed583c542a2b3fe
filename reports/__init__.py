"""Presenting: every format renders from the one report model and recomputes nothing."""
