"""Alembic migrations of the history store, run programmatically when a store is opened."""
