"""Migration scripts, oldest first (see the revision ids)."""
