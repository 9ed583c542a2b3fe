"""Text tools shared by every analyzer: one spaCy pipeline and the phrase vocabularies."""
