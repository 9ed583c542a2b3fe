"""Is a field written in English, and does it contain an emoji? (campaign.non_english,
campaign.emoji)

Reviewers reject registrations in other languages (506) and fields with emoji (6103). No
language model is needed for short registration texts: the share of very common English words
against those of the languages US businesses most often write in, plus the script of the
letters, tells them apart. Brand names and URLs are left out before counting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U0001fc00-\U0001ffff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff"
    "\ufe0f\u200d\u20e3\U000e0020-\U000e007f]"
)
# symbols in the ranges above that are ordinary typography, not emoji, when written alone
_NOT_EMOJI = set("\u2013\u2014\u2022\u2026\u2122\u00a9\u00ae\u2318\u2303\u2325")

_ENGLISH = set(
    """
the a an and or to of for in on at by with from your you we our us is are be will can may
this that it as if not no please reply text msg msgs message messages data rates apply help
stop our has have been was were get receive opt out up about here more info call visit now
""".split()
)
_OTHER = {
    "Spanish": set(
        """el la los las un una y o de del para por con en su sus usted nosotros
        es son será puede mensaje mensajes responda responde ayuda datos tarifas pueden aplicar
        gracias su cita hola recibir más información que se al""".split()
    ),
    "French": set(
        """le la les un une et ou de des du pour par avec en votre vous nous est
        sont sera peut message messages répondez aide données tarifs merci bonjour recevoir
        plus que se au aux""".split()
    ),
    "Portuguese": set(
        """o a os as um uma e ou de do da para por com em seu sua você nós é
        são será pode mensagem mensagens responda ajuda dados tarifas obrigado olá receber mais
        que se ao""".split()
    ),
    "German": set(
        """der die das ein eine und oder von für mit in ihr ihre sie wir ist sind
        wird kann nachricht nachrichten antworten hilfe daten gebühren danke hallo erhalten
        mehr""".split()
    ),
}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_URL_OR_EMAIL = re.compile(
    r"\S+@\S+|https?://\S+|www\.\S+|\S+\.(?:com|org|net|io|us)\S*", re.IGNORECASE
)


def emojis_in(text: str) -> list[str]:
    return [ch for ch in EMOJI.findall(text) if ch not in _NOT_EMOJI and ch not in "\ufe0f\u200d"]


@dataclass(frozen=True)
class LanguageGuess:
    language: str  # "English", "Spanish", ..., or "non-Latin script"
    english_words: int
    other_words: int

    @property
    def english(self) -> bool:
        return self.language == "English"


def guess_language(text: str, ignore: list[str] = ()) -> LanguageGuess | None:
    """The language a text is written in, or None when it is too short to tell."""
    for name in ignore:
        if name:
            text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
    text = _URL_OR_EMAIL.sub(" ", text)
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= 10:
        latin = sum(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in letters)
        if latin / len(letters) < 0.6:
            return LanguageGuess("non-Latin script", 0, len(letters))
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 4:
        return None
    english = sum(w in _ENGLISH for w in words)
    best, best_count = "English", english
    for language, vocabulary in _OTHER.items():
        count = sum(w in vocabulary and w not in _ENGLISH for w in words)
        if count > best_count:
            best, best_count = language, count
    if best != "English" and best_count >= 3 and best_count >= 0.2 * len(words):
        return LanguageGuess(best, english, best_count)
    return LanguageGuess("English", english, best_count if best != "English" else 0)


def other_language(text: str, ignore: list[str] = ()) -> str:
    """The language a field is written in when it is not English ("Spanish"), else "".

    What campaign.non_english finds: the checks that read a field's English wording (the
    kinds of messages, whom they go to) cannot fail a field written in another language for
    words they could not read; they ask a person to look instead.
    """
    guess = guess_language(text, ignore=ignore)
    return guess.language if guess is not None and not guess.english else ""
