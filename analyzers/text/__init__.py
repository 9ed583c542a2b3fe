"""Text tools shared by every analyzer: one spaCy pipeline, the one sentence splitter
(sentences.py) and the phrase vocabularies."""
