"""The brand name as the package writes it: near-spellings of the registered name
(campaign.brand_spelling).

Reviewers read the name in every sample, reply and the message flow; "Brightwater Dentl",
"Bright Water Dental" or "Brigthwater Dental" beside the registered "Brightwater Dental" look
like another sender (or a careless one). A run of words is a near-spelling when, with spaces and
case ignored, it is close to one of the registered forms (difflib ratio >= 0.85, at most a couple
of letters apart) without being that form. Case alone ("BRIGHTWATER DENTAL") is not a spelling
difference; spacing is. A run that overlaps an exact mention is part of that mention
("Brightwater Dental Care" after "Brightwater Dental").
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from analyzers.campaign.emails import EMAIL_IN_TEXT
from analyzers.campaign.links import bare_domains
from analyzers.text.urls import URL_IN_TEXT

_WORD = re.compile(r"[A-Za-z0-9&]+(?:['’][A-Za-z]+)?")
_MIN_RATIO = 0.85


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9&]", "", re.sub(r"['’]s$", "", text.lower()))


def near_spellings(text: str, forms: list[str]) -> list[tuple[str, str]]:
    """(as written, registered form) for each near-spelling of a registered name in text."""
    text = EMAIL_IN_TEXT.sub(lambda m: " " * len(m.group()), text)
    text = URL_IN_TEXT.sub(lambda m: " " * len(m.group()), text)
    for domain in bare_domains(text):
        text = text.replace(domain, " " * len(domain))
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    squashed_words = [_squash(w) for w, _s, _e in words]
    targets = [(form, _squash(form), len(_WORD.findall(form))) for form in forms if _squash(form)]
    exact: list[tuple[int, int]] = []
    candidates: list[tuple[int, int, str, float]] = []
    for form, squashed, size in targets:
        for n in {max(1, size - 1), size, size + 1}:
            for i in range(len(words) - n + 1):
                if squashed_words[i][:1] != squashed[:1]:
                    continue  # a near-spelling keeps the first letter
                key = "".join(squashed_words[i : i + n])
                if abs(len(key) - len(squashed)) > 3:
                    continue
                start, end = words[i][1], words[i + n - 1][2]
                if key == squashed and n == size and _spaced(text[start:end]) == _spaced(form):
                    exact.append((start, end))
                    continue
                ratio = SequenceMatcher(None, key, squashed).ratio()
                if ratio >= _MIN_RATIO and (len(squashed) >= 6 or key == squashed):
                    candidates.append((start, end, form, ratio))
    found: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = list(exact)
    for start, end, form, _ratio in sorted(candidates, key=lambda c: -c[3]):
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        taken.append((start, end))
        found.append((text[start:end], form))
    return found


def _spaced(text: str) -> str:
    return re.sub(r"[^a-z0-9&]+", " ", re.sub(r"['’]s\b", "", text.lower())).strip()
