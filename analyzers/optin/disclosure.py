"""The disclosure at the point of collection: which blocks a person reads, and what they state.

Only the consent control's label and the text inside and right next to the form count (the
crawler keeps up to ~800 characters before and after it); the rest of the page, and the site's
menu, masthead and footer even when they sit right above or below the form, are not "at the
point of collection". Each element (rates, frequency, HELP, STOP, message types, brand, ...) is
found with the shared spaCy vocabularies, block by block, with whether the block is shown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analyzers.optin.channels import (
    in_vanity_number,
    keyword_as_interjection,
    keyword_for_something_else,
    kind_by_another_channel,
    opt_out_by_other_means,
)
from analyzers.optin.charges import charged_for_texts
from analyzers.optin.liability import carriers_excused, excused_for_texts
from analyzers.optin.model import Disclosure, ElementFound
from analyzers.optin.names import (
    household_partner,
    in_brand_name,
    partner_reading,
    person_partner,
    persons_question,
    stock_sells_out,
)
from analyzers.optin.placeholder import placeholder_blocks
from analyzers.optin.plain_words import (
    MESSAGE_WORDS,
    callout_names_the_only_kind,
    count_of_texts,
    counts_another_thing,
    frequency_in,
    frequency_of_another_thing,
    fronts_another_clause,
    kind_word_as_verb,
    message_type_in,
    offers_not_texts,
    only_bounds_another_state,
    speaks_of_messages,
)
from analyzers.optin.senders import other_senders
from analyzers.text.grammar import AUXILIARIES
from analyzers.text.keywords import keyword_as_plain_word
from analyzers.text.shorthand import spell_out, spelled_reading
from analyzers.text.vocabulary import PhraseMatch, parse, vocabulary
from crawler.snapshot import Control, Form, Link, TextBlock

if TYPE_CHECKING:  # the inputs package imports this module: no cycle at run time
    from analyzers.inputs.brand import BrandNames

DISCLOSURE_LABELS = (
    "rates",
    "frequency",
    "help",
    "stop",
    "message_types",
    "condition_of_purchase",
    "carrier_liability",
)
# "<something> (text) reminders/updates/alerts": a kind of message named by what it is about, for
# the subjects the vocabulary does not list ("arrival updates"); generic words are not a subject
_KIND_OF_MESSAGE = re.compile(
    r"\b([a-z][a-z'-]{2,})\s+(?:(?:text|sms|txt|mms)\s+)?"
    r"(reminders|updates|alerts|notifications|confirmations|notices|codes|passcodes)\b",
    re.IGNORECASE,
)
# the notices are put up where people read them, not texted: "Types of messages you can leave
# on our community board include lost-and-found notices", "closure notices posted on the
# bulletin board" (a texted kind says so: "closure notices by text")
_POSTED_ON_A_BOARD = re.compile(
    r"\b(?:leave|leaves|left|post|posts|posted|pin|pinned|put\s+up|hang|hung)\b"
    r"[^.!?]{0,40}?\bon\s+(?:(?:our|the|a|this|your)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:board|bulletin|noticeboard|forum|wall)\b(?![^.!?]*\b(?:text(?:s|ed|ing)?|sms|txt)\b)",
    re.IGNORECASE,
)
_NOT_A_SUBJECT = frozenset(
    {
        "text",
        "texts",
        "sms",
        "mms",
        "mobile",
        "message",
        "messages",
        "phone",
        "cell",
        "important",
        "occasional",
        "recurring",
        "automated",
        "our",
        "your",
        "the",
        "these",
        "any",
        "all",
        "some",
        "get",
        "receive",
        "send",
        "periodic",
        "regular",
        "other",
        "email",
        "and",
        "or",
        "of",
        "for",
        "with",
        "by",
        "to",
        "from",
        "about",
        "us",
        "more",
        "latest",
        "new",
        "free",
        "instant",
        "timely",
        "quick",
        "helpful",
        "useful",
        "sign",
        "up",
        "my",
        "exclusive",
        "special",
        # verbs of switching the texts on: "Enable SMS notifications", "turn on text alerts"
        "enable",
        "enabled",
        "enabling",
        "disable",
        "activate",
        "allow",
        "manage",
        "on",
        "off",
        "in",
        # codes that are not messages: "zip codes", "area codes", "dress codes"
        "zip",
        "area",
        "postal",
        "country",
        "dress",
        "qr",
        "bar",
    }
)
_OPTIN_LABELS = (
    "sms_channel",
    "consent",
    "third_party",
    "call_channel",
    "email_channel",
    "terms_acceptance",
    "marketing_content",
    "transactional_content",
)


def block_shown(block: TextBlock, form: Form) -> bool:
    """Seen where the number is typed. A form in a closed modal is judged as when it is open."""
    if block.collapsed:
        return False
    return block.visible or (not form.visible and block.where in ("inside", "label"))


_CHROME = ("nav", "header", "footer")


def is_site_chrome(block: TextBlock) -> bool:
    """The site's menu, masthead or footer around the form (its "SMS Opt-In" link included):
    the same on every page, so it is not the form's own wording."""
    return block.where in ("before", "after") and block.region in _CHROME


# messages named by no channel, as a consent box's own label agrees to them
_MESSAGE_NOUN = re.compile(
    r"\b(?:messages|msgs|notifications|alerts|updates|reminders)\b", re.IGNORECASE
)


def _agrees_to_its_messages(block: TextBlock, sentence: str, labels: set[str]) -> bool:
    """The SMS consent box's own label agreeing to messages it names by no channel ("I agree to
    receive account and rewards messages from Mega Wireless", a box taken as SMS consent
    because the form sends its messages to the phone it requires): that agreement is the
    consent statement. Another channel named (e-mail, calls) makes it no statement of texts."""
    return (
        block.where == "label"
        and "consent_verb" in labels
        and not labels & {"email_channel", "call_channel"}
        and bool(_MESSAGE_NOUN.search(sentence))
    )


# what a permission lets the business do, said of the person: "Acme may contact me via phone
# call or text", "We may text you at this number"
_PERMITTED_CONTACT = re.compile(
    r"\bmay\s+(?:also\s+)?(?:contact|text|call|reach|message|send)\s+(?:me|you)\b", re.IGNORECASE
)

# "via phone call or text": the bare noun as a channel beside another
_TEXT_CHANNEL = re.compile(r"\b(?:call|email|e-mail|phone)\s+(?:or|and|and/or)\s+texts?\b", re.I)


def _spells_out_the_grant(sentence: str, labels: set[str], granted: bool) -> bool:
    """The sentence after a grant that named no channel says what the grant lets the business
    do: "By clicking Send, I give Acme permission to send me details about Acme products. Acme
    may contact me via phone call or text ..." (blind round 39): the two sentences are one
    consent, and the second names the texts (and the calls with them). Not a "may text you"
    sentence with no grant before it ("We may text you about your order." is a notice)."""
    names_texts = "sms_channel" in labels or bool(_TEXT_CHANNEL.search(sentence))
    return granted and names_texts and bool(_PERMITTED_CONTACT.search(sentence))


def consent_blocks(form: Form, consent: list[Control]) -> list[TextBlock]:
    """The consent controls' labels first, then the form's text blocks, without repeats."""
    blocks: list[TextBlock] = []
    for control in consent:
        if control.label:
            rendered = _rendered_as(form, control.label)
            blocks.append(
                TextBlock(
                    text=control.label,
                    visible=control.visible or form.visible,
                    where="label",
                    selector=control.selector,
                    links=control.label_links,
                    font_size=rendered.font_size if rendered else None,
                    contrast=rendered.contrast if rendered else None,
                )
            )
    seen = {_squeeze(b.text) for b in blocks}
    for block in form.texts:
        if is_site_chrome(block):
            continue  # the site's menu, masthead or footer is not next to the box
        text = _squeeze(block.text)
        if text in seen or len(text) > 40 and any(text in s for s in seen):
            continue  # the consent label again, as the form's own text
        seen.add(text)
        blocks.append(block)
    # a disclosure in the phone field's placeholder is stated, and hidden once a number is typed
    blocks += [b for b in placeholder_blocks(form) if _squeeze(b.text) not in seen]
    return blocks


def _rendered_as(form: Form, label: str) -> TextBlock | None:
    """The form's own text block that shows a control's label: its font size and contrast are
    how the label was rendered."""
    text = _squeeze(label)
    for block in form.texts:
        squeezed = _squeeze(block.text)
        if block.where == "inside" and (squeezed == text or len(text) > 40 and text in squeezed):
            return block
    return None


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def read_disclosure(form: Form, consent: list[Control], brand: BrandNames | None) -> Disclosure:
    blocks = consent_blocks(form, consent)
    shown = [block_shown(b, form) for b in blocks]
    disclosure = Disclosure(blocks=blocks, shown=shown)
    heading = _form_heading(blocks)
    # the whole form's words, where lead_word_sender looks for the rest of a brand's name
    form_text = " ".join(b.text for b in blocks)
    for block, is_shown in zip(blocks, shown, strict=True):
        doc = parse(block.text)
        matches = _vocabulary_matches(doc)
        matches += _spelled_matches(block.text, doc, matches)
        for match in matches:
            label = match.label
            if label == "third_party":
                if not _about_texts_or_number(match.sentence):
                    continue  # "Proud partner of the food bank": not who texts or gets the number
                if person_partner(block.text, match.start_char, match.end_char):
                    continue  # "finds you a doubles partner": a player, not another company
                if household_partner(block.text, match.start_char, match.end_char):
                    continue  # "your spouse or partner can sign up too": a person at home
                if stock_sells_out(block.text, match.start_char, match.end_char):
                    continue  # "when a colour sells out, leave your number": stock runs out
                if persons_question(match.sentence):
                    continue  # "Can my partner get the texts too?": an FAQ asks, the answer says
                reading = partner_reading(block.text, match.start_char, match.end_char, brand)
                if reading == "own":
                    continue  # "Northfield Comfort Partners will send texts": the sender
                label = "third_party" if reading == "others" else "third_party_name"
            disclosure.elements.setdefault(label, []).append(
                ElementFound(label, match.text, match.sentence, block, is_shown)
            )
        named = {f.sentence for f in disclosure.elements.get("third_party", [])}
        for start, end in other_senders(block.text):
            if in_brand_name(block.text, start, end, brand):
                continue  # the business's own name is never another sender
            sentence = _sentence_with(doc, block.text[start:end])
            if sentence not in named:  # "texts from Acme and the carriers we represent"
                disclosure.elements.setdefault("third_party", []).append(
                    ElementFound("third_party", block.text[start:end], sentence, block, is_shown)
                )
        if not any(m.label == "message_types" for m in matches):
            for kind in _KIND_OF_MESSAGE.finditer(block.text):
                said = _sentence_with(doc, kind.group(0))
                if (
                    kind.group(1).lower() not in _NOT_A_SUBJECT
                    and not kind_by_another_channel(said)
                    and not _POSTED_ON_A_BOARD.search(said)
                ):
                    disclosure.elements.setdefault("message_types", []).append(
                        ElementFound("message_types", kind.group(0), said, block, is_shown)
                    )
                    break
        # each sentence with its text-speak written out, read once for both readers below
        spelled = [spell_out(sentence.text) for sentence in doc.sents]
        _plain_elements(disclosure, doc, block, is_shown, spelled)
        granted = False  # the sentence before granted something with no channel named
        for sentence, spelled_sentence in zip(doc.sents, spelled, strict=True):
            labels = vocabulary("optin").labels_in(sentence.text)
            if spelled_sentence != sentence.text:
                labels |= vocabulary("optin").labels_in(spelled_sentence)  # "pls txt me ..."
            spells_out = _spells_out_the_grant(sentence.text, labels, granted)
            granted = "consent_verb" in labels and "sms_channel" not in labels
            if (
                {"sms_channel", "consent_verb"} <= labels
                or _agrees_to_its_messages(block, sentence.text, labels)
                or spells_out
            ):
                disclosure.elements.setdefault("consent_statement", []).append(
                    ElementFound(
                        "consent_statement",
                        sentence.text.strip(),
                        sentence.text.strip(),
                        block,
                        is_shown,
                    )
                )
        if (
            brand is not None
            and names_sender_here(block, heading)
            and (
                name := brand.found_in(block.text)
                or brand.short_form_in(block.text)
                or brand.program_name_in(block.text)
                or brand.shared_word_in(block.text)
                or lead_word_sender(brand, block.text, form_text)
            )
        ):
            disclosure.elements.setdefault("brand", []).append(
                ElementFound("brand", name, _sentence_with(doc, name), block, is_shown)
            )
    disclosure.links = _links(form, consent)
    return disclosure


def lead_word_sender(brand: BrandNames, text: str, form_text: str) -> str | None:
    """The brand's distinctive first word named as the sender, when the rest of the name is
    the trade it works in: "texts from Parcelnest" for Parcelnest Package Lockers, on a form
    that speaks of "package" and "locker" in lower case. A coined first word and a generic
    trade phrase after it is how such a business shortens its name; the form's own lower-case
    use of each remaining word shows they are ordinary words, not more of a name. The word must
    follow "from" or "by" and not be carried on by another capitalised word ("from Parcelnest
    Homes" names someone else), and must never stand in lower case on the form (an ordinary
    word such as "summit" or "harbor" is not a name alone). Near misses: "from Acme" for Acme
    Sterling Lockers (the form never writes "sterling"), "from Blue" (a common lead word)."""
    # imported here: analyzers.inputs imports this module
    from analyzers.inputs.brand import COMMON_LEAD_WORDS, strip_legal_suffix, strip_marks

    for variant in brand.variants():
        words = re.findall(r"[\w'’-]+", strip_legal_suffix(variant))
        if len(words) < 2:
            continue
        first, rest = words[0], [w for w in words[1:] if w.lower() not in {"and", "of", "the"}]
        if (
            len(first) < 4
            or not first[:1].isupper()
            or first.lower() in COMMON_LEAD_WORDS
            or re.search(rf"\b{re.escape(first.lower())}\b", form_text)
        ):
            continue
        if not rest or not all(
            re.search(rf"\b{re.escape(w.lower().removesuffix('s'))}s?\b", form_text) for w in rest
        ):
            continue
        said = re.search(
            rf"\b(?:from|by)\s+{re.escape(first)}(?![\w'’&-])(?!\s+[A-Z])", strip_marks(text)
        )
        if said:
            return first
    return None


# a heading or a fieldset's legend, by the element the crawler's selector ends in
_HEADING = re.compile(r"(?:^|[\s>])(?:h[1-6]|legend)(?:[.#:\[][^\s>]*)?$", re.IGNORECASE)


def _form_heading(blocks: list[TextBlock]) -> TextBlock | None:
    """The heading right above the form, the nearest one of the text before it (the crawler
    keeps that text nearest first): the title of the form's own section ("Contact Form"),
    where a heading further up titles the page or another section."""
    return next(
        (b for b in blocks if b.where == "before" and _HEADING.search(b.selector or "")), None
    )


def names_sender_here(block: TextBlock, heading: TextBlock | None) -> bool:
    """May the business named in this block be the disclosure's sender? The form's own words
    (its labels and fine print) and the heading or legend that introduces it ("Text alerts
    from Acme Dental") name who sends; so does a paragraph next to it that speaks of texts.
    The page's title further up ("Contact Acme", above three other sections) and a company
    line or copyright under the form ("Acme Inc. · United States", "© 2026 Acme Inc.") name
    the site, not the sender of these texts: "If you provide a mobile number, you consent to
    receive service-related SMS about this request" under them names no one. `heading` is
    the form's own (_form_heading)."""
    if block.where not in ("before", "after"):
        return True
    return block is heading or speaks_of_messages(_without_text_us_links(block))


def _without_text_us_links(block: TextBlock) -> str:
    """The block's words without those of its links that open the person's own messaging app
    (an sms: link, "Text Acme Tutoring (518) 555-0100"): such a button is the person's text to
    the business, and the name on it says whom to text, not who sends the texts the form's
    box agrees to. A paragraph about the program around the link still speaks of texts."""
    text = block.text
    for link in block.links:
        if link.href.lower().startswith("sms:") and link.text:
            text = text.replace(link.text, " ")
    return text


def _vocabulary_matches(doc) -> list[PhraseMatch]:
    return [
        m
        for m in vocabulary("disclosure").find(doc)
        if not _count_of_something_else(m, doc)
        and not _one_kind_now_and_then(m, doc)
        and not _said_of_another_channel(m, doc)
    ] + [m for m in vocabulary("optin").find(doc) if m.label in _OPTIN_LABELS]


def _spelled_matches(text: str, doc, found: list[PhraseMatch]) -> list[PhraseMatch]:
    """What the block states once its text-speak is read as the words it stands for
    (analyzers/text/shorthand.py, the one table the campaign file's readers use too): the
    consent label "Yes! pls txt me appt reminders" is "please text me appointment reminders".
    Each match is quoted as written, mapped back through the reading's offsets, and only where
    the block as written did not already state that element at that place. Digits, codes and
    names ("2FA", "4U Salon", a URL's "/u/") are never rewritten, so nothing is found in them."""
    spelled, where = spelled_reading(text)
    if spelled == text:
        return []
    spelled_doc = parse(spelled)
    added: list[PhraseMatch] = []
    for match in _vocabulary_matches(spelled_doc):
        start, end = where[match.start_char], where[match.end_char]
        if any(f.label == match.label and f.start_char < end and start < f.end_char for f in found):
            continue
        sentence = next(
            (s.text for s in doc.sents if s.start_char <= start < s.end_char), match.sentence
        )
        added.append(PhraseMatch(match.label, text[start:end], start, end, sentence.strip()))
    return added


_NUMBER_OR_CONSENT = re.compile(
    r"\b(numbers?|mobile|phone|cell|consent\w*|contact(ed)? you|"
    r"opt(ed)?[\s-]?in|subscri\w+|shared?|sharing|disclosed?)\b",
    re.IGNORECASE,
)


def _about_texts_or_number(sentence: str) -> bool:
    """Others count in the consent only in a sentence about the texts, the number or the
    consent, not in the business's story next to the form."""
    return speaks_of_messages(sentence) or bool(_NUMBER_OR_CONSENT.search(sentence))


def _plain_elements(
    disclosure: Disclosure, doc, block: TextBlock, is_shown: bool, spelled: list[str]
) -> None:
    """Message types and frequency in plain words ("texts about your service ticket", "one or
    two texts per visit"), for the blocks where the vocabulary found none. `spelled` holds each
    sentence with its text-speak written out ("pls txt me open shifts"): what is found only in
    that reading is quoted as the owner's whole sentence."""
    sentences = [sentence.text for sentence in doc.sents]

    def frequency_said(said: list[str], i: int) -> str | None:
        # a count with no noun of its own counts what the sentence before or after named
        return frequency_in(said[i], tuple(said[max(i - 1, 0) : i] + said[i + 1 : i + 2]))

    def frequency(i: int) -> str | None:
        if kind_by_another_channel(sentences[i]):
            return None  # "We email our newsletter twice a month"
        return frequency_said(sentences, i) or (
            sentences[i].strip() if spelled != sentences and frequency_said(spelled, i) else None
        )

    def message_type(i: int) -> str | None:
        if kind_by_another_channel(sentences[i]):
            return None  # "Order updates are available in your account dashboard"
        return message_type_in(sentences[i]) or (
            sentences[i].strip()
            if spelled[i] != sentences[i] and message_type_in(spelled[i])
            else None
        )

    readers = (("message_types", message_type), ("frequency", frequency))
    for label, reader in readers:
        if any(found.block is block for found in disclosure.elements.get(label, [])):
            continue
        for i, sentence in enumerate(doc.sents):
            if words := reader(i):
                disclosure.elements.setdefault(label, []).append(
                    ElementFound(label, words, sentence.text.strip(), block, is_shown)
                )
                break


# a line that is nothing but a cap on a count per period: "Max 6/mo.", "Up to 4/wk"
_BARE_CAP = re.compile(
    r"^\s*(?:max(?:imum)?\.?|up\s+to|at\s+most|no\s+more\s+than)\s+\d+\s*(?:/|per\s+|a\s+)"
    r"(?:day|wk|week|mo|mth|month|yr|year)s?\.?\s*$",
    re.IGNORECASE,
)


def _count_of_something_else(match: PhraseMatch, doc) -> bool:
    """A frequency found in a sentence that, with its neighbours, never speaks of texts: the
    course's "once a quarter" in the FAQ right below the form; or a count of what its own
    clause names (`counts_another_thing`), even next to the texts. A line that is only a cap
    per period ("Max 6/mo.", `_BARE_CAP`) counts the texts wherever it stands."""
    if match.label != "frequency":
        return False
    sentences = [sentence.text for sentence in doc.sents]
    where = next(
        (
            i
            for i, sentence in enumerate(doc.sents)
            if sentence.start_char <= match.start_char < sentence.end_char
        ),
        None,
    )
    neighbours = tuple(
        sentences[i]
        for i in (where - 1, where + 1)
        if where is not None and 0 <= i < len(sentences)
    )
    if where is not None and counts_another_thing(
        sentences[where], match.start_char - list(doc.sents)[where].start_char
    ):
        return True  # "Join our text club. Members may visit 3x per week."
    if where is not None and fronts_another_clause(
        sentences[where],
        match.start_char - list(doc.sents)[where].start_char,
        match.end_char - list(doc.sents)[where].start_char,
    ):
        return True  # "Twice a season we sell offcuts at 40% off. Text subscribers hear first."
    if frequency_of_another_thing(doc.text, match.start_char, match.end_char):
        return True  # "Lawn service frequency varies by season"
    if only_bounds_another_state(doc.text, match.start_char, match.end_char):
        return True  # "Only required if you wish to receive SMS notifications"
    if _BARE_CAP.match(match.sentence):
        # the fine print's "Max 6/mo." names no thing and no verb: at the consent it can only
        # cap the texts the disclosure is about ("Max 6 guests per table" names its guests)
        return False
    return not count_of_texts(match.sentence, neighbours)


# adjectives of how often: they say how often the messages come only when they modify the
# messages themselves ("occasional texts"), not one kind named in a list ("the occasional promo")
_FREQUENCY_ADJECTIVES = frozenset({"occasional", "periodic"})
_DETERMINERS = frozenset({"the", "a", "an"})
_LIST_JOINS = frozenset({"and", "or", "plus", "&", ","})
# where a noun phrase ends: a preposition, a conjunction, a verb's auxiliary, punctuation
_PHRASE_ENDS = frozenset(
    {"by", "from", "to", "via", "at", "on", "about", "for", "with", "of", "in", "when", "as"}
    | _LIST_JOINS
    | {"but", "that", "which", "who"}
    | AUXILIARIES
)


def _one_kind_now_and_then(match: PhraseMatch, doc) -> bool:
    """A frequency read from an adjective that modifies one kind of message, not the messages:
    in "class updates and the occasional promo by text", "occasional" says a promo comes now and
    then; how often the texts come is not said. The adjective speaks for the whole program only
    when the noun it modifies is the messages themselves (texts, alerts, updates ...) and that
    noun is not a later member of a list of kinds ("order alerts and occasional reminders"):
    "I agree to receive occasional texts" states a frequency, "texts come occasionally" too (an
    adverb modifies the sending)."""
    if match.label != "frequency":
        return False
    span = doc.char_span(match.start_char, match.end_char, alignment_mode="expand")
    if span is None:
        return False
    for token in span:
        if token.lower_ not in _FREQUENCY_ADJECTIVES:
            continue
        before = token.i - 1
        while before >= 0 and doc[before].lower_ in _DETERMINERS:
            before -= 1
        in_a_list = before >= 0 and doc[before].lower_ in _LIST_JOINS
        phrase = []
        for word in doc[token.i + 1 : token.i + 5]:
            if word.is_punct or word.lower_ in _PHRASE_ENDS:
                break
            phrase.append(word.lower_)
        if not phrase:
            continue  # "texts are occasional": said of the texts
        return in_a_list or phrase[-1] not in MESSAGE_WORDS
    return False


def _said_of_another_channel(match: PhraseMatch, doc) -> bool:
    """A kind of message, an opt-out or a keyword said of another channel than the texts
    (analyzers/optin/channels.py): promotions or a count "by email", "To opt out, call us", the
    letters of "Call 1-800-HELP-NOW", a keyword exclaimed ("STOP! Read this") or texted to
    fetch something ("Text END to get the ending of our story"); or promotions
    named as the offers themselves ("Promotions are subject to availability":
    `plain_words.offers_not_texts`); or a "not liable" line about another carrier, another
    party than the carriers, or another thing than the texts' delivery
    (analyzers/optin/liability.py); or a carrier's charge for another thing than the texts, "a
    fee to switch plans" (analyzers/optin/charges.py)."""
    if match.label == "rates":
        return not charged_for_texts(match.sentence)
    if match.label == "message_types" and offers_not_texts(match.sentence):
        return True  # "Promotions are subject to availability": the offers, not the texts
    if match.label == "message_types" and callout_names_the_only_kind(match.sentence):
        return True  # "Reminder: bring your insurance card": the writer's label on a notice
    if match.label == "message_types" and kind_word_as_verb(doc.text, match.start_char):
        return True  # "We offer services such as cleanings": what the business sells
    if match.label in ("message_types", "frequency"):
        # "We send our newsletter by email once a month": how often the emails come
        return kind_by_another_channel(match.sentence)
    if match.label == "carrier_liability":
        # "UPS is not liable for delayed deliveries", "We are not liable for delayed texts"
        return not (excused_for_texts(match.sentence) and carriers_excused(match.sentence))
    if match.label in ("help", "stop") and (
        in_vanity_number(doc.text, match.start_char, match.end_char)
        or keyword_as_interjection(doc.text, match.start_char, match.end_char)
        # "STOP by our booth at the Spring Fair": a verb of visiting, or a word of a name
        or keyword_as_plain_word(doc.text, match.start_char, match.end_char)
    ):
        return True
    if match.label == "stop" and keyword_for_something_else(
        doc.text, match.start_char, match.end_char
    ):
        return True  # "Reply END-OF-SEASON for our catalog", "Text END to get the ending"
    return match.label == "stop" and opt_out_by_other_means(match.sentence)


def _sentence_with(doc, needle: str) -> str:
    for sentence in doc.sents:
        if needle.lower() in sentence.text.lower():
            return sentence.text.strip()
    return doc.text[:200]


def _links(form: Form, consent: list[Control]) -> list[Link]:
    """Links at the point of consent: in the labels, the form and the text beside it. The site's
    menu and footer are not "at the point of consent", even when they sit right below the form."""
    links: list[Link] = []
    seen: set[str] = set()
    for link in (
        [lk for c in consent for lk in c.label_links]
        + form.links
        + [lk for block in form.texts for lk in block.links]
    ):
        if link.region in ("nav", "header", "footer"):
            continue
        if link.href not in seen:
            seen.add(link.href)
            links.append(link)
    return links


def consent_sentences(disclosure: Disclosure, consent: list[Control]) -> list[ElementFound]:
    """The sentences that give SMS consent: a box's label, or "by submitting ... texts"."""
    found = [f for f in disclosure.elements.get("consent_statement", [])]
    labels = {c.label for c in consent}
    in_label = [f for f in found if f.block.where == "label" or f.block.text in labels]
    return in_label or found
