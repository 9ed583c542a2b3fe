"""The content vocabularies are valid data: every alternative in a slot is one token as the
tokenizer splits text, so that no pattern silently never matches."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analyzers.content.categories import CATEGORIES
from analyzers.content.matching import category_vocabulary, signals
from analyzers.text.nlp import nlp
from analyzers.text.vocabulary import VOCAB_DIR

FILES = sorted((VOCAB_DIR / "content").glob("*.yaml"))


def _options(pattern: str) -> list[str]:
    out = []
    for slot in pattern.split():
        body = slot.rstrip("?")
        if "{" in body:
            body = body[: body.index("{")]
        if body in ("*", "#", "") or body.startswith("~"):
            continue
        out.extend(o for o in body.lstrip("=").split("|") if o)
    return out


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_alternative_is_one_token(path: Path) -> None:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    bad = []
    for label, entry in entries.items():
        for key in ("patterns", "exclude"):
            for pattern in entry.get(key) or []:
                for option in _options(pattern):
                    if len(nlp().make_doc(option)) != 1:
                        bad.append(f"{label}.{key}: {option!r} in {pattern!r}")
    assert not bad, "\n".join(bad)


def test_every_category_has_a_vocabulary_with_keys() -> None:
    for category in CATEGORIES:
        vocab = category_vocabulary(category)
        assert vocab.word_keys or vocab.other_key_list, category
    assert len(signals().matcher) > 0
