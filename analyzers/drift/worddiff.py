"""Word-level diff of two texts, quoting what was removed and what was added with context.

Reviewers approved the exact wording; when it changes, the user needs to see the old and the new
sentence side by side, not "the text changed". Comparison runs on normalized keys (see
normalize.py) so cosmetic edits never produce a change; the quotes keep the original words.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from analyzers.drift.normalize import Token, token_spans, tokens
from analyzers.text.excerpt import excerpt

CONTEXT_WORDS = 8  # words of unchanged text quoted on each side of a change
MERGE_GAP = 6  # changes fewer than this many equal words apart are shown as one
MAX_QUOTE = 600  # characters


@dataclass(frozen=True)
class TextChange:
    """One place where the wording differs: excerpts of the old and new text around it."""

    old: str  # the old excerpt, plain text
    new: str  # the new excerpt, plain text
    removed: str  # the words that are gone ("" for a pure insertion)
    added: str  # the words that are new ("" for a pure deletion)
    diff: str  # the excerpt in word-diff form: "... [-removed-]{+added+} ..."

    @property
    def summary(self) -> str:
        if self.removed and self.added:
            return f'"{_clip(self.removed, 160)}" became "{_clip(self.added, 160)}"'
        if self.removed:
            return f'removed: "{_clip(self.removed, 200)}"'
        return f'added: "{_clip(self.added, 200)}"'


def word_diff(old: str, new: str, *, masks: dict[str, str] | None = None) -> list[TextChange]:
    """The changes from old to new, in reading order; [] when they differ only cosmetically
    (including when the same lines only moved: reordered links, list items or sections)."""
    if _lines(old, masks) == _lines(new, masks):
        return []
    a, b = tokens(old, masks=masks), tokens(new, masks=masks)
    matcher = SequenceMatcher(None, [t.key for t in a], [t.key for t in b], autojunk=False)
    groups = _merge([op for op in matcher.get_opcodes() if op[0] != "equal"])
    return [_change(a, b, group) for group in groups]


@dataclass(frozen=True)
class Run:
    """A stretch of a text as written, marked when its words changed."""

    text: str
    changed: bool


def marked_runs(old: str, new: str) -> tuple[list[Run], list[Run]]:
    """Old and new text cut into runs, the removed words marked in old and the added ones in
    new: the same word comparison as `word_diff`, so the report marks exactly what drift found
    changed (never a date or a straightened quote) and each side reads as written."""
    a, b = token_spans(old or ""), token_spans(new or "")
    matcher = SequenceMatcher(
        None, [t.key for t, _, _ in a], [t.key for t, _, _ in b], autojunk=False
    )
    changed_a: set[int] = set()
    changed_b: set[int] = set()
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            changed_a.update(range(i1, i2))
            changed_b.update(range(j1, j2))
    return _runs(old or "", a, changed_a), _runs(new or "", b, changed_b)


def _runs(text: str, spans: list[tuple[Token, int, int]], changed: set[int]) -> list[Run]:
    """The whole text as runs; the space between two changed words is marked with them, the
    space around a changed stretch is not (marks hug the words)."""
    runs: list[Run] = []

    def add(piece: str, mark: bool) -> None:
        if not piece:
            return
        if runs and runs[-1].changed == mark:
            runs[-1] = Run(runs[-1].text + piece, mark)
        else:
            runs.append(Run(piece, mark))

    position = 0
    for index, (_token, start, end) in enumerate(spans):
        add(text[position:start], index in changed and index - 1 in changed)
        add(text[start:end], index in changed)
        position = end
    add(text[position:], False)
    return runs


def _lines(text: str, masks: dict[str, str] | None) -> list[str]:
    keyed = (" ".join(t.key for t in tokens(line, masks=masks)) for line in text.splitlines())
    return sorted(line for line in keyed if line)


def _merge(ops: list[tuple[str, int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    merged: list[list[int]] = []
    for _tag, i1, i2, j1, j2 in ops:
        if merged and i1 - merged[-1][1] < MERGE_GAP and j1 - merged[-1][3] < MERGE_GAP:
            merged[-1][1], merged[-1][3] = i2, j2
        else:
            merged.append([i1, i2, j1, j2])
    return [(g[0], g[1], g[2], g[3]) for g in merged]


def _join(words: list[Token]) -> str:
    return " ".join(w.text for w in words)


def _clip(text: str, limit: int) -> str:
    return excerpt(text, limit)


def _change(a: list[Token], b: list[Token], group: tuple[int, int, int, int]) -> TextChange:
    i1, i2, j1, j2 = group
    lead = a[max(0, i1 - CONTEXT_WORDS) : i1]
    trail = a[i2 : i2 + CONTEXT_WORDS]
    new_lead = b[max(0, j1 - CONTEXT_WORDS) : j1]
    new_trail = b[j2 : j2 + CONTEXT_WORDS]
    removed, added = _join(a[i1:i2]), _join(b[j1:j2])
    open_old = "…" if i1 - CONTEXT_WORDS > 0 else ""
    close_old = "…" if i2 + CONTEXT_WORDS < len(a) else ""
    open_new = "…" if j1 - CONTEXT_WORDS > 0 else ""
    close_new = "…" if j2 + CONTEXT_WORDS < len(b) else ""
    old_text = " ".join(p for p in (_join(lead), removed, _join(trail)) if p)
    new_text = " ".join(p for p in (_join(new_lead), added, _join(new_trail)) if p)
    marked = " ".join(
        p
        for p in (
            _join(new_lead) or _join(lead),
            f"[-{removed}-]" if removed else "",
            f"{{+{added}+}}" if added else "",
            _join(new_trail) or _join(trail),
        )
        if p
    )
    return TextChange(
        old=_clip(f"{open_old}{old_text}{close_old}", MAX_QUOTE),
        new=_clip(f"{open_new}{new_text}{close_new}", MAX_QUOTE),
        removed=_clip(removed, MAX_QUOTE),
        added=_clip(added, MAX_QUOTE),
        diff=_clip(f"{open_old}{marked}{close_old}", MAX_QUOTE),
    )
