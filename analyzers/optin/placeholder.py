"""Disclosure written in the phone field's placeholder: stated, but hidden once a number is typed.

Some forms save space by putting the SMS disclosure inside the phone field as its placeholder:
`<input type="tel" placeholder="Acme will text you when your table is ready. Msg&data rates
may apply. Reply STOP to end.">`. The words are there when the page loads, and they vanish the
moment the person starts typing the number they are agreeing for: nobody reads them while
consenting, and a phone shows only the first few words of a long one. Reviewers count such
text as hidden disclosure (optin.disclosure_hidden), not as missing elements: the brand, rates
or STOP it names are stated, only not where a person can read them.

A placeholder that is only a format hint ("(555) 555-0100", "Mobile number") states nothing of
the program and adds nothing; the element readers decide what a longer one states.
"""

from __future__ import annotations

from analyzers.optin.phone import phone_fields
from crawler.snapshot import Form, TextBlock

# where a placeholder's block is said to be: not read as shown, and named so in the evidence
WHERE = "placeholder"
# a sentence, not a hint: "Acme texts when your table is ready" has five words or more
_MIN_WORDS = 5


def placeholder_blocks(form: Form) -> list[TextBlock]:
    """The phone fields' placeholders that say more than a format hint, as hidden text blocks."""
    return [
        TextBlock(text=field.placeholder, visible=False, where=WHERE, selector=field.selector)
        for field in phone_fields(form)
        if len(field.placeholder.split()) >= _MIN_WORDS
    ]


def in_placeholder(block: TextBlock) -> bool:
    return block.where == WHERE
