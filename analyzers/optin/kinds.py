"""Which kinds of texts one SMS consent covers: marketing, or service and informational.

The reader behind optin.marketing_not_separate. A kind about the person's own dealings (an
order, an appointment, their membership) is service; a promotional one, or one listed under
texts the consent calls promotional, is marketing. The business's own name is no kind of
message ("Summitview Auto Sales may text me ..." names no sales). A kind that names no subject
("future company updates") is read with what the site's terms say the same text program sends:
when they name offers, that kind is where the offers come (open_kind_is_marketing). Kept out of
the check module so that the check stays a verdict over what this reader finds.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analyzers.optin.consent_words import consent_texts
from analyzers.optin.model import OptInForm
from analyzers.optin.plain_words import message_subjects
from analyzers.text.vocabulary import PhraseMatch, vocabulary
from crawler.roles import plays_policy_role
from crawler.snapshot import Page

if TYPE_CHECKING:  # only an annotation here; the inputs package imports opt-in readers
    from analyzers.inputs.brand import BrandNames

# the consent calls its messages marketing as a whole: "(marketing texts)", "recurring automated
# marketing messages"
_ALL_MARKETING = re.compile(
    r"\b(?:marketing|promotional|promo)\s+(?:text\s+|sms\s+)?"
    r"(?:texts|messages|msgs|sms|alerts|notifications|offers)\b",
    re.IGNORECASE,
)


# the non-sharing promise names purposes of sharing, not kinds of texts: "will not be shared
# with third parties for marketing or promotional purposes"
_ABOUT_SHARING = re.compile(
    r"\b(?:shared?|sold|sell|rented|rent|disclosed|transferred|"
    r"passed|given)\b"
    r"[^.;]{0,80}\bfor\b[^.;]{0,40}\bpurposes?\b",
    re.IGNORECASE,
)


# a word for the messages themselves, the noun an "about" can qualify
_MESSAGE_NOUN = re.compile(
    r"\b(?:texts|messages|msgs|sms|alerts|notifications|offers)\b", re.IGNORECASE
)
_OWN = re.compile(r"\s*(?:my|your|their|his|her|the person'?s)\b", re.IGNORECASE)


def _promotions_about(text: str, at: int) -> bool:
    """Is what follows `at` (the words after an "about") what promotional texts are about?
    "recurring promotional texts from Acme about class openings": the nearest message noun
    before it in the clause is the promotional one, with no second kind coordinated between
    ("promotional texts and texts about my class" names two), and the subject is not the
    person's own ("about my booking")."""
    if _OWN.match(text, at):
        return False
    clause = re.split(r"[.;:!?]", text[:at])[-1]
    nouns = list(_MESSAGE_NOUN.finditer(clause))
    if not nouns or re.search(r",|&|\b(?:and|or|plus)\b", clause[nouns[-1].end() :]):
        return False
    return any(m.end() == nouns[-1].end() for m in _ALL_MARKETING.finditer(clause))


# what a promotional program's texts are, listed after it: "promotional texts from Acme:
# specials, event and trivia reminders", "marketing messages such as deals and tasting nights",
# "marketing text messages (such as cart reminders and new-drop alerts)"
_LIST_OPENS = re.compile(
    r"(?:\s+from\s+[^,.;:!?]{1,60}?)?\s*(?::|(?:,?\s+|\s*(?P<paren>\()\s*)"
    r"(?:such\s+as|like|including|incl\.|e\.g\.,?)\s|\s*(?P<bare>\()\s*(?=[\w\"'])"
    r"|\s+(?P<about>about|regarding)\s)",
    re.IGNORECASE,
)
# a kind in an "about" list that is a message kind of its own, by its form word: "marketing
# texts about sales and appointment reminders" names the reminders beside the sales
_OWN_FORM_KIND = re.compile(
    r"\b(?:reminders?|confirmations?|updates?|receipts?|notifications?|notices?|alerts?|"
    r"texts?|messages?)\b",
    re.IGNORECASE,
)


def _promotional_lists(text: str) -> list[tuple[int, int]]:
    """Where the consent lists what its promotional texts are: from the colon, "such as",
    "like" or "including" after "promotional texts (from Acme)" to the end of the sentence.
    Every kind in that list is one of the promotional texts ("promotional texts from a bar:
    specials, event and trivia reminders": the trivia reminder is a promotion of the bar's),
    while "promotional texts and appointment reminders" names two kinds side by side. Examples
    in brackets ("marketing texts (such as cart reminders and new-drop alerts)") end at the
    closing bracket: a shop's cart reminder is one of its marketing texts, as CTIA reads it.
    A bare bracket lists them as well ("marketing texts (class openings, demo days, sales)"),
    and so does "about" ("sends marketing texts about classes, demo days and sales": each is
    what the marketing texts are about); a kind with a form word of its own in an "about" list
    ("marketing texts about sales and appointment reminders") stays a second kind."""
    spans = []
    for named in _ALL_MARKETING.finditer(text):
        opens = _LIST_OPENS.match(text, named.end())
        if opens:
            bracket = opens.group("paren") or opens.group("bare")
            ends = r"[.;!?)](?:\s|$)|\)" if bracket else r"[.;!?](?:\s|$)"
            end = re.compile(ends).search(text, opens.end())
            spans.append((opens.end(), end.start() if end else len(text)))
    return spans


def _list_members(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """The items of the consent's promotional lists, each as written ("class openings" of
    "marketing texts (class openings, demo days, sales)")."""
    members = set()
    for start, end in spans:
        for item in re.split(r",|;|\s(?:and|or|&|plus)\s", text[start:end]):
            item = " ".join(item.split()).strip(" .()").lower()
            if item:
                members.add(item)
    return members


def _named_as_a_member(text: str, match: PhraseMatch, members: set[str]) -> bool:
    """Is the kind "texts about X" where X is an item the consent already listed as one of its
    marketing texts? "you agree to receive marketing texts (class openings, demo days, sales)
    ... Get texts about class openings and sales": the second sentence names again what the
    first called marketing, the same texts, not a service kind beside them. The whole subject
    after "about" (to its comma or "and") must be such an item, not just share a word with
    one: "texts about your class" is still the person's own."""
    about = re.search(r"\babout\s", match.text, re.IGNORECASE)
    if about is None or not members:
        return False
    subject = _SUBJECT_END.split(text[match.start_char + about.end() : match.end_char + 80])[0]
    return " ".join(subject.split()).lower() in members


def _in_promotional_list(text: str, match: PhraseMatch, spans: list[tuple[int, int]]) -> bool:
    """A kind inside such a list, unless it is the person's own matter ("your order",
    "reminders of your appointment")."""
    if not any(start <= match.start_char < end for start, end in spans):
        return False
    rest = text[match.end_char : match.end_char + 60]
    rest = re.split(r"[,;:.!?]|\s(?:and|or|&|plus)\s", rest)[0]
    phrase = _modifiers(text, match) + match.text + rest
    if re.search(r"\b(?:my|your)\b", phrase, re.IGNORECASE):
        return False
    # what "marketing texts about ..." are about is a subject; a kind with a form word of its
    # own ("... about sales and appointment reminders") is a second kind coordinated in
    about_list = any(
        start <= match.start_char < end and re.search(r"\b(?:about|regarding)\s*$", text[:start])
        for start, end in spans
    )
    return not (about_list and _OWN_FORM_KIND.search(phrase))


# the person's own membership opening the list the texts are about: "texts about my
# membership, renewals, club events and newsletters"
_ABOUT_OWN_MEMBERSHIP = re.compile(
    r"\b(?:about|regarding|concerning)\s+(?:my|your)\s+(?:[\w-]+\s+)?membership\b"
    r"[^.;:!?]*$",
    re.IGNORECASE,
)


def _members_newsletter(text: str, match: PhraseMatch) -> bool:
    """A newsletter listed with the person's own membership as what the texts are about
    ("text messages from the Club about my membership, renewals, club events and
    newsletters") is the organization's news to its member, part of the membership the
    person holds: informational, not a promotion. Not when the consent calls its texts
    promotional, nor a newsletter beside offers or deals (their own words stay marketing)."""
    if not re.fullmatch(r"(?:[\w-]+\s+)?newsletters?", match.text.strip(), re.IGNORECASE):
        return False
    if _ALL_MARKETING.search(text):
        return False
    return bool(
        _ABOUT_OWN_MEMBERSHIP.search(text[max(0, match.start_char - 200) : match.start_char])
    )


# generic news of the shop's stock: what is back, new or dropping is what it sells ("restock
# alerts", "back-in-stock texts", "new arrivals", "sneaker drops"); not a "drop-off" reminder
_PRODUCT_NEWS = re.compile(
    r"\b(?:re-?stocks?|re-?stocking|back[\s-]+in[\s-]+stock|new[\s-]+arrivals?|drops|"
    r"drop\s+(?:alerts?|notifications?|texts?|news|announcements?))\b",
    re.IGNORECASE,
)
# the form says its stock alerts are about the person's own pick: "when your saved items are
# back in stock", "when items you asked about are back", "when this size comes back"
_OWN_ITEM = re.compile(
    r"\b(?:your|my)\s+(?:saved|wanted|chosen|favou?rite|wish-?listed|requested|selected|"
    r"reserved)\s+(?:items?|products?|sizes?|titles?|books?|colou?rs?|pieces?|styles?)\b|"
    r"\b(?:items?|products?|sizes?|titles?|books?|styles?|pieces?)\s+(?:that\s+)?(?:you|i)\s+"
    r"(?:asked|requested|saved|want(?:ed)?|chose|picked|follow(?:ed)?|wish(?:ed)?)\b|"
    r"\b(?:this|that|the)\s+(?:item|product|size|colou?r|title|book|style|flavou?r|piece)\s+"
    r"(?:is|comes?)\s+back\b",
    re.IGNORECASE,
)


def _product_news(text: str, match: PhraseMatch) -> bool:
    """Is the kind generic news of the shop's stock? "restock alerts", "new arrivals", and
    "restock reminders" too: a form word ("reminders", "alerts", "updates") says how the news
    comes, so only what it is news of decides the kind -- "restock reminders" remind of the
    shop's range, as "appointment reminders" remind of the person's booking. A kind whose own
    words name the person's dealings ("shipping updates") is not."""
    phrase = _modifiers(text, match) + match.text
    if re.search(r"\bwhen\s*$", match.text, re.IGNORECASE):
        return _stock_goes_on_sale(_when_clause(text, match.end_char))
    if not _PRODUCT_NEWS.search(phrase):
        return False
    subject = re.sub(rf"\b{_FORM_WORD.pattern}\b", " ", phrase)
    return "transactional_content" not in vocabulary("optin").labels_in(subject)


# the end of a "when" clause: a mark, or a second thing the texts bring ("..., plus codes")
_CLAUSE_END = re.compile(r"[,;:.!?()]|\s(?:plus|but|as\s+well\s+as)\s", re.IGNORECASE)
# new goods put on sale: "new batches go live", "new flavours drop", "the new collection launches"
_NEW_GOES_ON_SALE = re.compile(
    r"\bnew\b[^,;:.!?]*?\b(?:go(?:es)?\s+live|launch(?:es)?|drops?|(?:is|are)\s+released|"
    r"(?:come|comes)\s+out|land|lands|hits?\s+the\s+shelves)\b",
    re.IGNORECASE,
)


_RESTOCK = re.compile(r"\b(?:re-?stocks?|re-?stocking|re-?stocked)\b", re.IGNORECASE)


def _when_clause(text: str, at: int) -> str:
    """The clause a "text you when" opens at `at`, to its comma or its "plus": "when new
    harvest batches and restocks go live" of "... go live, plus occasional discount codes"."""
    end = _CLAUSE_END.search(text, at)
    return text[at : end.start() if end else len(text)]


def _stock_goes_on_sale(clause: str) -> bool:
    """Is the event a "text you when" names the shop's stock going on sale? "We'll text you
    when new harvest batches and restocks go live" announces goods anyone may buy, a
    promotion of the range like "restock alerts" or "new arrivals"; "text you when your
    order is ready" is the person's own dealings, and "when the item you asked about is back"
    their own request (`_OWN_ITEM`), as is "when it is back in stock" on the item's page (a
    pronoun points at the one item the form is for)."""
    if re.search(r"\b(?:your|my)\b", clause, re.IGNORECASE) or _OWN_ITEM.search(clause):
        return False
    if re.match(r"\s*(?:it|it's|they|this|that|these|those)\b", clause, re.IGNORECASE):
        return False
    if "transactional_content" in vocabulary("optin").labels_in(clause):
        return False
    # a restock, or goods called new (a bare "a batch drops" is left as it was read before)
    return bool(_RESTOCK.search(clause) or _NEW_GOES_ON_SALE.search(clause))


# whatever the shop sells, picked by the person: "a fabric you pick", "the yarns you chose",
# "any colour you're waiting on"; the noun is open, so the sentence must say it comes back
_PICKED_THING = re.compile(
    r"\b(?:(?:a|an|the|any|each|every)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:that\s+|which\s+)?"
    r"(?:you|i)(?:['’]re|['’]ve|\s+are|\s+have)?\s+(?:pick(?:ed)?|cho(?:o)?se|chosen|"
    r"select(?:ed)?|ask(?:ed)?\s+(?:about|for)|request(?:ed)?|sav(?:e|ed)|"
    r"follow(?:ed|ing)?|waiting\s+(?:on|for))\b",
    re.IGNORECASE,
)
# the picked thing is what comes back: "... you pick is back", "... you chose are restocked"
_COMES_BACK = re.compile(
    r"[^,.;:!?]{0,30}?\b(?:is|are|comes?|gets?)\s+(?:back|restocked|in\s+stock)\b",
    re.IGNORECASE,
)
# or the stock alert is said to be for it: "restock alerts for the frames you ask about"
_ALERT_FOR = re.compile(
    r"\b(?:re-?stock|back[\s-]+in[\s-]+stock)\s+(?:alerts?|texts?|notices?|notifications?)\s+"
    r"(?:for|on|about)\s+[^,.;:!?]*$",
    re.IGNORECASE,
)


# the one item the form is for comes back: "when this item is restocked", "when it's back in
# stock", "when your size is back"
_ITEM_COMES_BACK = re.compile(
    r"\s*(?:(?:this|that|the|your|my)\s+(?:[\w'’-]+\s+){0,2}?(?:item|product|size|colou?r|"
    r"style|piece|title|book|pair|one)|it|they)(?:['’]s|\s+(?:is|are|comes?|gets?|goes))?\s+"
    r"(?:back|restocked|re-stocked|in\s+stock|available\s+again)\b",
    re.IGNORECASE,
)


def _asks_for_its_item_back(text: str, match: PhraseMatch) -> bool:
    """Is the kind "text me when" the one item the form is for comes back? "Text me when this
    item is restocked, and sign me up for emails and promotional texts" (a sold-out product's
    quick view): the alert is the person's own request about the item in front of them, a
    service message sent once, whatever the rest of the sentence calls promotional. Not a
    "when" about the shop's range ("when new batches and restocks go live"), which announces
    what it sells (`_stock_goes_on_sale`)."""
    if not re.search(r"\bwhen\s*$", match.text, re.IGNORECASE):
        return False
    return bool(_ITEM_COMES_BACK.match(_when_clause(text, match.end_char)))


def _picked_thing_comes_back(text: str) -> bool:
    """Is the alert for a thing the person picks, when it comes back? "we'll text you when a
    fabric you pick is back", "restock alerts for the frames you ask about": whatever the shop
    calls its goods, the one chosen is the person's own request. The picked thing must be
    what comes back (or what the alert is for): in "pick the times you choose; restock alerts
    cover our range" the pick is no item."""
    for picked in _PICKED_THING.finditer(text):
        if _COMES_BACK.match(text, picked.end()) or _ALERT_FOR.search(
            text[max(0, picked.start() - 60) : picked.end()]
        ):
            return True
    return False


def stock_news_is_own(optin: OptInForm) -> bool:
    """Does the form say that its stock alerts are about what the person picked ("we'll text
    you when your saved items are back in stock", "when a fabric you pick is back")? Then a
    "restock alert" answers the person's own request, as "text me when this size is back"
    does, and is not promotion."""
    return any(
        _OWN_ITEM.search(block.text) or _picked_thing_comes_back(block.text)
        for block in optin.form.texts
    )


def _kinds(text: str, own_items: bool = False) -> tuple[list[str], list[str]]:
    """Message types named in text, split into marketing and the rest (service/informational).

    A type about the person's own dealings (an order, an appointment, an account) is a service
    message; a promotional one is marketing. One that is neither ("restock notices", "event
    announcements") is informational, unless the consent calls all its texts marketing, as a
    shop's text club does: then it is part of that marketing program. What the texts are said
    to be "about" counts too ("calls and texts about my quote and pickup, plus special
    offers"). Generic news of the shop's stock ("restock alerts", "new arrivals", "drops")
    announces what it sells: marketing, unless the form says the alerts are about the person's
    own picks (`own_items`: "when your saved items are back in stock")."""
    marketing: list[str] = []
    other: list[str] = []
    all_marketing = bool(_ALL_MARKETING.search(text))
    promotional_lists = _promotional_lists(text)
    members = _list_members(text, promotional_lists)
    for match in vocabulary("disclosure").find(text):
        if (
            match.label != "message_types"
            or _negated(match)
            or _what_a_count_depends_on(text, match)
            or _the_act_of_receiving(text, match)
            or _NEEDS_ITS_OWN_CONSENT.search(match.sentence)
            or _ABOUT_SHARING.search(match.sentence)
            or _sent_by_other_channel(text, match)
            or _texts_as_verb(text, match)
        ):
            continue
        labels = vocabulary("optin").labels_in(match.text)
        if not labels & {"marketing_content", "transactional_content"}:
            if _about_own_deal(_whole_subject(text, match)):
                continue  # "text me about my offer": the offer is read as a kind of its own
            labels = vocabulary("optin").labels_in(_whole_subject(text, match))
        else:
            labels = _subject_kind(text, match) or labels
        about = re.search(r"\babout\s", match.text, re.IGNORECASE)
        if "marketing_content" in labels and (
            _the_persons_own_deal(text, match)
            or _members_newsletter(text, match)
            or _offers_in_own_matter(text, match)
            or _invitation_into_own_group(text, match)
        ):
            bucket = other
        elif _asks_for_its_item_back(text, match):
            item = f"when{_when_clause(text, match.end_char)}".strip()
            if item.lower() not in {k.lower() for k in other}:
                other.append(item)  # the request as the person makes it, not its "Text me"
            continue
        elif _in_promotional_list(text, match, promotional_lists) or _named_as_a_member(
            text, match, members
        ):
            bucket = marketing
        elif "marketing_content" in labels or (
            about and _promotions_about(text, match.start_char + about.end())
        ):
            bucket = marketing
        elif not own_items and _product_news(text, match):
            bucket = marketing
        elif (
            "transactional_content" not in labels
            or announces_an_offered_class(text, match)
            or _reminds_of_a_held_event(text, match)
        ) and _listed_with_a_promotion(text, match):
            bucket = marketing
        elif "transactional_content" not in labels and _opening_news_among_promotions(
            text, match.start_char, match.end_char
        ):
            bucket = marketing
        elif "transactional_content" in labels or not all_marketing:
            bucket = other
        else:
            bucket = marketing
        if match.text.lower() not in {k.lower() for k in bucket}:
            bucket.append(match.text)
    for offering in _own_offerings(text):
        if offering.lower() not in {k.lower() for k in marketing}:
            marketing.append(offering)
    if not other:
        other.extend(_service_subjects(text) or _notice_kinds(text, promotional_lists))
    for item in _requested_items(text):
        if item.lower() not in {k.lower() for k in other}:
            other.append(item)
    return marketing, other


# the person asks for one thing to be texted to them now: "Text me directions to this shop",
# "Send me the address", "text me a link to the map"; read to the end of its clause
_REQUESTED_ONCE = re.compile(
    r"\b(?:text|send)\s+me\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<item>(?:(?:driving|walking)\s+)?directions|address|map|link|menu|receipt|recipe|"
    r"copy)\b(?P<rest>[^,;.!?]*?)(?=\s+(?:and|plus|or)\s|[,;.!?]|$)",
    re.IGNORECASE,
)


def _requested_items(text: str) -> list[str]:
    """The one-off things the person asks to be texted ("Text me directions to this shop and
    the weekly flavor drop and deals": the directions): a text sent once, at their request, is
    a service message, whatever else the same box signs them up for. Not a link or copy of a
    promotion ("text me a link to this week's coupons"): that is the promotion."""
    found = []
    for match in _REQUESTED_ONCE.finditer(text):
        item = " ".join(f"{match.group('item')}{match.group('rest')}".split())
        if "marketing_content" not in vocabulary("optin").labels_in(item):
            found.append(item)
    return found


# a notice tells the person of something that happened or is due ("slip notices", "closure
# notices", "outage notices"): informational whatever its subject, unless the subject is a
# promotion ("sale notices") or the shop's stock ("restock notices": product news); a legal,
# privacy or cookie notice is a page's, not a text
_NOTICES = re.compile(r"\b([a-z][\w'’-]*)\s+(notices?)\b", re.IGNORECASE)
_NO_NOTICE_KIND = re.compile(
    r"(?:legal|privacy|cookies?|copyright|public|this|these|that|those|our|your|my|any|such|"
    r"all|some|and|or|re-?stock|back|stock)$",
    re.IGNORECASE,
)


# a notice of the business's own opening: "closing notices", "closure alerts", "holiday-hours
# notices" (not "slip notices" nor "outage notices": something the person holds or uses)
_OPENING_NEWS = re.compile(
    r"(?:closing|closings|closure|closures|closed|reopening|opening|holiday|hours|sell-?out|"
    r"sold-?out)$",
    re.IGNORECASE,
)


def _opening_news_among_promotions(text: str, start: int, end: int) -> bool:
    """ "Old Dock BBQ will text you weekly specials, promotions, sell-out alerts and closing
    notices": whether the place is open today is news for anyone who might come and buy, sent
    to the same club list as its specials, like its stock running out; one program, not a
    service kind beside the marketing. Only in a sentence that lists a promotion and names
    nothing of the person's own. Near misses: "weather closure notices about your rental"
    (the person's own), "closure notices and class reminders" (no promotion)."""
    said = re.sub(r"[\s-]*[\w'’]+$", "", text[max(0, start - 20) : end])  # without its noun
    if not _OPENING_NEWS.search(said):
        return False
    starts = [text.rfind(mark, 0, start) for mark in ".!?;"]
    ends = [e for e in (text.find(mark, end) for mark in ".!?;") if e >= 0]
    sentence = text[max(starts) + 1 : min(ends, default=len(text))]
    if _OWN_WORD.search(sentence):
        return False
    return "marketing_content" in vocabulary("optin").labels_in(sentence)


def _notice_kinds(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Notices the consent names before its promotions, none of them a promotion nor listed
    among the promotional texts: "slip notices and recurring automated marketing texts (fuel-dock
    specials, ...)" names a service kind and a marketing one. `spans`: the promotional lists
    (`_promotional_lists`)."""
    found = []
    for notice in _NOTICES.finditer(text):
        sentence_start = max(text.rfind(mark, 0, notice.start()) for mark in ".!?")
        if (
            _NO_NOTICE_KIND.match(notice.group(1))
            or any(start <= notice.start() < end for start, end in spans)
            # after the marketing texts in its sentence it is what they carry ("marketing
            # texts from Skyline with offers, Glow nights and closure notices")
            or _ALL_MARKETING.search(text, sentence_start + 1, notice.start())
            or _opening_news_among_promotions(text, notice.start(2), notice.end())
        ):
            continue
        if "marketing_content" not in vocabulary("optin").labels_in(notice.group(0)):
            found.append(notice.group(0))
    return found


# "This store texts its new weekly flavors": a determiner makes the word before "texts" the
# sentence's subject, and what follows is the verb's object
_SUBJECT_BEFORE = re.compile(r"\b(?:this|the|our|each|every|your)\s+$", re.IGNORECASE)
_OBJECT_AFTER = re.compile(r"\s+(?:its|their|our|your|you|the|a|an|new|weekly|daily|\w+s\b)")


def _texts_as_verb(text: str, match: PhraseMatch) -> bool:
    """Is the kind's "texts" the verb of a sentence whose subject is the noun before it? "This
    store texts its new weekly flavors" names what the store sends, not "store texts" (m32b
    swirlbay, blind round 32); "our store texts are weekly" keeps the noun."""
    words = match.text.split()
    if len(words) != 2 or words[1].lower() not in ("texts", "text"):
        return False
    return bool(
        _SUBJECT_BEFORE.search(text[max(0, match.start_char - 20) : match.start_char])
        and _OBJECT_AFTER.match(text, match.end_char)
    )


# a channel other than text named as the way one kind comes: "the monthly email newsletter",
# "emails with offers", "offers by e-mail", "coupons in your inbox"
_OTHER_CHANNEL = re.compile(r"\b(?:e-?mails?|e-?mailed|inbox|postal|mailers?)\b", re.IGNORECASE)
_OTHER_CHANNEL_AFTER = re.compile(
    r"\s*(?:(?:sent\s+)?(?:by|via|through|over|in|to)\s+(?:my\s+|your\s+)?"
    r"(?:e-?mail|inbox|post|mail)\b)([^,.;:!?]{0,30})",
    re.IGNORECASE,
)
_TEXT_CHANNEL = re.compile(r"\b(?:text(?:s|ed)?|sms|txt|mobile|phone)\b", re.IGNORECASE)
# a text channel coordinated before the other one: "text and email offers", "SMS or e-mail deals"
_TEXT_COORDINATED = re.compile(r"\b(?:text|sms|txt)\s*(?:and|or|&|/|,|and/or)\s*$", re.IGNORECASE)


def _sent_by_other_channel(text: str, match: PhraseMatch) -> bool:
    """Is the kind said to come by another channel, not by text? "Send me tax-deadline
    reminders by text and the monthly email newsletter": the newsletter is e-mail; that the
    one box takes e-mail too is optin.bundled_consent's finding, but it is no marketing text
    beside the reminders. Only the kind's own words decide (its modifiers back to a comma or
    "and", and a "by e-mail" right after it). Not when a text channel is named with the other
    ("text and email offers", "offers by email or text"): those come by text as well."""
    before = text[max(0, match.start_char - 40) : match.start_char]
    modifiers = _modifiers(text, match)
    after = _OTHER_CHANNEL_AFTER.match(text, match.end_char)
    own = modifiers + match.text
    if not (_OTHER_CHANNEL.search(own) or after):
        return False
    if re.search(r"\b(?:by|via|through|over)\s+(?:e-?mail|mail|post)\b", modifiers, re.I):
        # "contact me by text message and by email with sale invitations": the channel is how
        # the verb reaches the person, named beside the text channel, not the kind's own
        return False
    if _TEXT_CHANNEL.search(own) or (after and _TEXT_CHANNEL.search(after.group(1))):
        return False
    # "text and email offers": the text channel and the other one modify the kind together
    # ("reminders by text and the email newsletter" coordinates two kinds instead)
    return not (
        _OTHER_CHANNEL.match(modifiers.lstrip())
        and _TEXT_COORDINATED.search(before[: len(before) - len(modifiers)])
    )


# words that say how a message comes, not what it is about: "reminders", "alerts", "updates"
_FORM_WORD = re.compile(
    r"(?:reminders?|alerts?|updates?|notifications?|notices?|messages?|texts?|confirmations?)",
    re.IGNORECASE,
)
# what a message is about, right after its form word: "reminders about book sales and events"
_ITS_SUBJECT = re.compile(
    r"\s+(?:about|regarding|concerning|of|for|on)\s+([^.;:!?]{1,100})", re.IGNORECASE
)
_KINDS = frozenset({"marketing_content", "transactional_content"})


_HEAD = re.compile(rf"(?:(?:text|sms|txt|mobile)\s+)?{_FORM_WORD.pattern}\b", re.IGNORECASE)
# what may follow the form word inside the phrase the vocabulary matched ("reminders about our")
_LINKING = re.compile(
    r"\b(?:about|regarding|concerning|of|for|on|re|my|your|our|the|this|these|each|any|"
    r"upcoming|an|a)\b",
    re.IGNORECASE,
)


def _subject_kind(text: str, match: PhraseMatch) -> set[str]:
    """The kind of "reminders about X" is X's: reminders of sales and events are promotion,
    reminders of an appointment are service. Empty when the phrase is more than a form word
    and its "about", or its subject is not of exactly one kind (then it keeps its own kind)."""
    head = _HEAD.match(match.text)
    if head is None or _LINKING.sub("", match.text[head.end() :]).strip():
        return set()
    subject = _ITS_SUBJECT.match(text, match.start_char + head.end())
    if subject is None:
        return set()
    kinds = vocabulary("optin").labels_in(subject.group(1)) & _KINDS
    return kinds if len(kinds) == 1 else set()


# one transaction, not a promotion: the singular "offer", "deal", "sale"
_ONE_DEAL = re.compile(r"(?:offer|deal|sale)", re.IGNORECASE)
# the person's own matter, then a list of its parts: "regarding my property inquiry, including
# requests for details, scheduling, and offer updates"
_OWN_MATTER_LIST = re.compile(
    r"\b(?:about|regarding|concerning|on|for)\s+(?:my|your)\s+[^.;:!?]{1,60}?,?\s+"
    r"(?:including|such as|like)\b[^.;:!?]*$",
    re.IGNORECASE,
)
_PROMOTIONAL_MODIFIER = re.compile(
    r"\b(?:special|exclusive|limited|great|best|new|our|promotional|seasonal|weekly|"
    r"daily|flash|holiday)\s+$",
    re.IGNORECASE,
)


def _the_persons_own_deal(text: str, match: PhraseMatch) -> bool:
    """ "Offer updates" among the parts of the person's own inquiry ("regarding my property
    inquiry, including ... scheduling, and offer updates"), or "your offer", "my sale": one
    transaction of the person's, the offer on their home ("the offer on your home", "your
    cash offer"), not a promotion. Plural kinds
    ("offers", "deals") and promoted ones ("a special offer") stay marketing."""
    if not _ONE_DEAL.fullmatch(match.text.strip()):
        return False
    before = text[max(0, match.start_char - 200) : match.start_char]
    if _PROMOTIONAL_MODIFIER.search(before):
        return False
    if re.search(r"\b(?:my|your)\s+(?:[\w'’-]+\s+)?$", before, re.IGNORECASE):
        return True  # "your offer", "my cash offer" (a promoted one was ruled out above)
    if _ON_OWN_THING.match(text, match.end_char):
        return True  # "the offer on your home"
    if _in_service_bracket(text, match.start_char):
        return True  # "transaction updates (offer, inspection and closing milestones)"
    return bool(_OWN_MATTER_LIST.search(before))


def _in_service_bracket(text: str, at: int) -> bool:
    """Is `at` inside a bracket that lists the parts of a service kind named right before it?
    "transaction updates (offer, inspection, appraisal and closing milestones)": the bracket
    says what the updates are updates of, the steps of the person's own transaction, so a
    singular "offer" in it is the offer in that deal, as the bracket after "marketing texts"
    lists promotions (_promotional_lists). The kind before the bracket must be a message kind
    that is not marketing ("order updates (sale, pickup)" yes; "weekly specials (sale ...)" or
    "marketing texts (offer ...)" no)."""
    opens = text.rfind("(", 0, at)
    if opens < 0 or ")" in text[opens:at]:
        return False
    head = _SUBJECT_END.split(text[max(0, opens - 60) : opens])[-1].strip()
    if not head or _ALL_MARKETING.search(head):
        return False
    kinds = [m for m in vocabulary("disclosure").find(head) if m.label == "message_types"]
    if not kinds or not head.lower().endswith(kinds[-1].text.lower()):
        return False
    return "marketing_content" not in vocabulary("optin").labels_in(head)


# a group the person is in with other people, that an invitation asks them into: "Safety Circle
# invitations", "team invites", "an invitation to join your family group"
_PERSONS_GROUP = (
    r"(?:circles?|groups?|teams?|households?|famil(?:y|ies)|crews?|squads?|workspaces?)"
)
_GROUP_BEFORE = re.compile(rf"\b{_PERSONS_GROUP}\s+$", re.IGNORECASE)
_GROUP_AFTER = re.compile(
    rf"\s+to\s+join\s+(?:(?:my|your|their|his|her|a|an|the)\s+)(?:[\w'’-]+\s+){{0,2}}?"
    rf"{_PERSONS_GROUP}\b",
    re.IGNORECASE,
)
_INVITATION = re.compile(r"(?:invitations?|invites?)", re.IGNORECASE)


def _invitation_into_own_group(text: str, match: PhraseMatch) -> bool:
    """Is "invitations" an invitation into a group of people the person belongs to? A safety
    app's "Safety Circle invitations", a sports app's "team invites", "invitations to join your
    family group": another user asks the person into their own circle, and the app relays it,
    a message of the service the person uses, not a promotion. The words right before the
    invitation, or a "to join my/your/a ..." after it, name that group. An invitation to what
    the business holds or sells ("invitations to our events", "VIP sale invites", "special
    invitations") stays marketing."""
    if not _INVITATION.fullmatch(match.text.strip()):
        return False
    sentence_start = max(text.rfind(mark, 0, match.start_char) for mark in ".!?;,:") + 1
    before = text[sentence_start : match.start_char]
    if _PROMOTIONAL_MODIFIER.search(before) or re.search(
        r"\b(?:vip|sales?|events?|party|parties|exclusive|special)\s+(?:[\w'’-]+\s+)?$",
        before,
        re.IGNORECASE,
    ):
        return False
    return bool(_GROUP_BEFORE.search(before) or _GROUP_AFTER.match(text, match.end_char))


# what an offer made to the person in their own matter is an offer of: to settle their debt,
# a shift or a job to work, a change to their loan; "your"/"my" offers are theirs as well
_OWN_MATTER_OFFER = re.compile(
    r"(?:^|\s)(?:settlement|shift|job|work|employment|loan[\s-]+modification|modification|"
    r"payoff|counter|my|your)\s+$",
    re.IGNORECASE,
)


def _offers_in_own_matter(text: str, match: PhraseMatch) -> bool:
    """Is "offers" modified by the person's own matter? "settlement offers" in "texts about my
    debt relief program, settlement offers and payment reminders" are what a creditor offers to
    settle the person's debt, "shift offers" to a worker are work to take, "job offers" and
    "loan-modification offers" likewise: messages in the person's own dealings, not
    promotions, said bare or as what texts are about ("texts about shift offers"). The
    modifier right before "offers" decides; a promoted one ("special offers",
    "exclusive offers") or offers from someone else ("offers from our partners") stay
    marketing."""
    phrase = _modifiers(text, match) + match.text
    offers = re.search(r"\boffers?\s*$", phrase, re.IGNORECASE)
    if offers is None:
        return False
    modifiers = phrase[: offers.start()]
    if _PROMOTIONAL_MODIFIER.search(modifiers) or re.search(
        r"\b(?:special|exclusive|limited|partner|promotional)\b", modifiers, re.IGNORECASE
    ):
        return False
    if re.match(r"\s+from\s+(?!(?:my|your)\b)", text[match.end_char :], re.IGNORECASE):
        return False
    return bool(_OWN_MATTER_OFFER.search(" " + modifiers))


# the deal is made on something the person owns: "the offer on your home", "a sale of my car"
_ON_OWN_THING = re.compile(r"\s+(?:on|for|of)\s+(?:my|your)\b", re.IGNORECASE)


# what the texts are about is the person's own single deal: "about my offer", "regarding your
# cash offer", "about the offer on your home"
_ABOUT_OWN_DEAL = re.compile(
    r"\b(?:about|regarding|concerning|on|for)\s+(?:(?:my|your)\s+(?:([\w'’-]+)\s+)?"
    r"(?:offer|deal|sale)\s*$|(?:the|an?)\s+(?:offer|deal|sale)\s+(?:on|for|of)\s+(?:my|your)\b)",
    re.IGNORECASE,
)


def _about_own_deal(subject: str) -> bool:
    """Is an open kind ("text me about my") about the person's own offer? "I'd like Acme Home
    Buyers to text me about my offer and walkthrough appointment": the offer is the one made on
    the person's house, a transaction, as "your offer" is (_the_persons_own_deal); the open
    words name no promotion. Not "about my special offer" (promoted) nor "about your deals"
    (plural: promotions the person may take)."""
    found = _ABOUT_OWN_DEAL.search(subject.strip())
    if found is None:
        return False
    return not (found.group(1) and _PROMOTIONAL_MODIFIER.search(found.group(1) + " "))


# the list item right before a kind, back to the comma or coordinator before it, and the one
# right after it: "weekly specials" and "event texts" in "weekly specials and event texts"
_ITEM_BEFORE = re.compile(
    r"(?:^|[,;:(]|\s(?:and|or|&|plus)\s)([^,;:.()!?]*?)\s*(?:,\s*(?:and|or|&)?|\s(?:and|or|&))\s*$",
    re.IGNORECASE,
)
_ITEM_AFTER = re.compile(r"\s*(?:,\s*(?:and|or|&)?|\s(?:and|or|&))\s+([^,;:.()!?]+)", re.IGNORECASE)


# a gathering the business puts on: "event texts", "tasting night alerts", "party invites",
# "open-studio night announcements", a restaurant's "pop-up dinner announcements" and its
# themed "boat-noodle weekends" (blind m38)
_HELD_EVENT = re.compile(
    r"\b(?:events?|happenings|tastings?|parties|nights?|open\s+mics?|live\s+music|"
    r"dinners?|suppers?|brunch(?:es)?|pop-?ups?|feasts?|festivals?|weekends?)\b",
    re.IGNORECASE,
)
# a class or course the business offers, named right before the announcements of it: "class
# announcements", "new workshop news" (not "class schedule announcements", news of a schedule
# for the people booked, nor "class reminders", the person's own class)
_OFFERED_CLASS = re.compile(r"\b(?:class(?:es)?|courses?|workshops?|camps?)\s+$", re.IGNORECASE)
_ANNOUNCING = re.compile(r"announcements?|news|invites|invitations", re.IGNORECASE)
# where one item of a list ends and the next begins: "specials, event texts and offers"
_SERIES_BREAK = re.compile(
    r"\s*[,:(]\s*(?:(?:and|or|&|plus)\s+)?|\s+(?:and|or|&|plus)\s+", re.IGNORECASE
)
_OWN_WORD = re.compile(r"\b(?:my|your)\b", re.IGNORECASE)


def announces_an_offered_class(text: str, match: PhraseMatch) -> bool:
    """ "class announcements": news of the classes the business offers (_OFFERED_CLASS)."""
    before = text[max(0, match.start_char - 20) : match.start_char]
    return bool(_ANNOUNCING.fullmatch(match.text) and _OFFERED_CLASS.search(before))


def _event_item(item: str) -> bool:
    """Is a list item news of what the business puts on, none of it the person's own?"""
    if _OWN_WORD.search(item):
        return False
    announced = re.search(rf"({_ANNOUNCING.pattern})\W*$", item, re.IGNORECASE)
    return bool(
        _HELD_EVENT.search(item) or (announced and _OFFERED_CLASS.search(item[: announced.start()]))
    )


_REMINDERS = re.compile(r"\breminders?\s*$", re.IGNORECASE)


def _reminds_of_a_held_event(text: str, match: PhraseMatch) -> bool:
    """Is the kind a reminder of what the business puts on, not of the person's own booking?
    "event reminders" from a sports bar, "trivia night reminders": "reminders" says how the
    news comes, the event what it is news of -- the bar's own events, open to anyone, as
    "event texts" are (`_listed_with_a_promotion` then reads them with the specials beside
    them). A reminder whose words name the person's own matter ("my event reminders",
    "appointment reminders", "class reminders", "reservation reminders for events") is a
    service message."""
    phrase = _modifiers(text, match) + match.text
    found = _REMINDERS.search(phrase)
    if found is None or _OWN_WORD.search(phrase):
        return False
    subject = phrase[: found.start()]
    if not _HELD_EVENT.search(subject):
        return False
    return "transactional_content" not in vocabulary("optin").labels_in(subject)


def _listed_with_a_promotion(text: str, match: PhraseMatch) -> bool:
    """Is a kind about the business's events, neither promotion nor service by its words
    ("event texts", "tasting night alerts", "class announcements"), listed in one series with
    a promotion, no item between the two the person's own? "weekly specials and event texts
    from a café" coordinates the café's events with its specials: one list of what the café
    sells, its events as much as a venue's show announcements (vocab/optin.yaml), the person's
    dealings nowhere in it. So does "class announcements, open-studio night announcements and
    special offers" from an art studio: each announcement is news of something it sells, and
    the series runs through them to the offers. Alone, or beside the person's own matter ("my
    membership and club events"), an event is informational; other news beside promotions
    ("weather alerts and promotions") stays a second kind: it is not something the business
    puts on to sell."""
    modifiers = _modifiers(text, match)
    if not (_HELD_EVENT.search(modifiers + match.text) or announces_an_offered_class(text, match)):
        return False
    sentence_start = max(text.rfind(mark, 0, match.start_char) for mark in ".!?;") + 1
    own_words = _SERIES_BREAK.split(text[sentence_start : match.start_char])[-1]
    if _OWN_WORD.search(modifiers + own_words + match.text):
        return False
    ends = [text.find(mark, match.end_char) for mark in ".!?;"]
    sentence_end = min([end for end in ends if end >= 0], default=len(text))
    # the item is the kind with its modifiers: "specials and event announcements" lists
    # "specials" before "event announcements", not before "announcements"
    item_start = max(sentence_start, match.start_char - len(modifiers))
    before = _SERIES_BREAK.split(text[sentence_start:item_start])
    after = _SERIES_BREAK.split(text[match.end_char : sentence_end])
    before_items = [i for i in before[:-1] if i.strip()] if _ends_in_break(text, item_start) else []
    after_items = [i for i in after[1:] if i.strip()] if len(after) > 1 else []
    for series in (list(reversed(before_items)), after_items):
        for item in series:
            kinds = vocabulary("optin").labels_in(item) & _KINDS
            if kinds == {"marketing_content"} and not _OWN_WORD.search(item):
                return True
            if not _event_item(item):
                break  # another kind of message ends the run of the business's events
    return False


def _ends_in_break(text: str, at: int) -> bool:
    """Does a list separator (a comma or a coordinator) come right before `at`?"""
    return bool(re.search(r"(?:[,:(]|\s(?:and|or|&|plus))\s*$", text[:at], re.IGNORECASE))


def _service_subjects(text: str) -> list[str]:
    """What the texts are said to be about, when it is the person's own dealings: "about my
    quote and pickup" (read to its first "and" or comma, so that "about deals on our services"
    stays a deal). A subject the consent listed among its marketing texts ("marketing texts
    (class openings, sales)") is one of them. A subject the person owns ("about my event
    date", "about your project") is their own dealings whatever its noun: the business texts
    them about their matter, a service message. What promotional texts are about is what they
    promote."""
    found: list[str] = []
    members = _list_members(text, _promotional_lists(text))
    for subject in message_subjects(text):
        first = _SUBJECT_END.split(subject)[0].strip()
        at = text.find(subject)
        if (at >= 0 and _promotions_about(text, at)) or " ".join(first.split()).lower() in members:
            continue  # what promotional texts are about, or one the consent listed as such
        labels = vocabulary("optin").labels_in(first)
        if "marketing_content" in labels:
            continue
        if "transactional_content" in labels or _PERSONS_OWN_MATTER.match(first):
            found.append(first)
    return found


# the person's own matter opening what the texts are about: "about my event date", "about
# your project"; not where the person is or what they like ("my area", "your interests")
_PERSONS_OWN_MATTER = re.compile(
    r"(?:my|your)\s+(?!(?:area|neighbou?rhood|city|town|region|community|local|interests?|"
    r"preferences?|favou?rites?|inbox|phone)\b)[\w'’-]+",
    re.IGNORECASE,
)


# where the first thing a list of message kinds names ends: a comma, a coordinator, a clause
_SUBJECT_END = re.compile(r"[,;:.()!?]|\s(?:and|or|&|from|by|at|to)\s", re.IGNORECASE)


def _whole_subject(text: str, match: PhraseMatch) -> str:
    """An open-ended kind ("texts about new" of "texts about new arrivals, restocks and sales")
    is read with the rest of its noun phrase, up to the first comma or "and": the words after
    "about" say what the texts are, not the one the pattern stopped at."""
    rest = text[match.end_char : match.end_char + 80]
    end = _SUBJECT_END.search(rest)
    return _modifiers(text, match) + match.text + (rest[: end.start()] if end else rest)


def _modifiers(text: str, match: PhraseMatch) -> str:
    """The words right before a kind, back to a comma or coordinator: "new-room" says what
    "new-room announcements" are about."""
    before = text[max(0, match.start_char - 40) : match.start_char]
    starts = [m.end() for m in _SUBJECT_END.finditer(before)]
    return before[starts[-1] :] if starts else ""


# "Message frequency varies based on sales activity": what the count of texts depends on
_DEPENDS_ON = re.compile(
    r"\b(?:based\s+on|depend(?:s|ing)?\s+on|according\s+to|varies\s+with)\s+"
    r"(?:(?:the|your|my|their|our)\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_HOW_OFTEN = re.compile(
    r"\b(?:frequency|how\s+often|number\s+of\s+(?:texts|messages|msgs)|msg\s+freq)", re.IGNORECASE
)


def _what_a_count_depends_on(text: str, match: PhraseMatch) -> bool:
    """ "Message frequency varies based on sales activity" says what the NUMBER of texts
    depends on, not what a text is: "sales" there is no kind of message (blind real38c, a
    store's sale notifications). Near miss: "We send sale alerts based on your interests"
    has no frequency in its sentence, and its alerts stay a kind."""
    before = text[max(0, match.start_char - 60) : match.start_char]
    return bool(_DEPENDS_ON.search(before)) and bool(_HOW_OFTEN.search(match.sentence))


def _the_act_of_receiving(text: str, match: PhraseMatch) -> bool:
    """ "I authorize the receipt of such solicitations" (blind real38b): "receipt of" is the
    act of receiving what follows, no receipt sent for a purchase. Near miss: "a receipt for
    your order", "order receipts" stay a service kind."""
    return match.text.lower() == "receipt" and bool(re.match(r"\s+of\b", text[match.end_char :]))


# "Separate consent is required for promotional messages", "Marketing texts need their own
# consent": a kind named to say this consent does not cover it
_NEEDS_ITS_OWN_CONSENT = re.compile(
    r"\b(?:separate|additional|its\s+own|their\s+own|a\s+second|another)\s+"
    r"(?:(?:express|written|opt-?in)\s+)?(?:consent|opt-?in|permission|agreement|sign-?up)\b",
    re.IGNORECASE,
)


# what the texts are about when it is the business's own offerings in general: "about
# AnswerFoundry's services", "about our products" (the business advertising itself)
_OWN_OFFERINGS = re.compile(
    r"\b(?i:about|regarding)\s+(?:(?i:our|the\s+business['’]s?)|"
    r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s)\s+"
    r"(?:(?i:other|new|additional|latest|related)\s+)?"
    r"(?P<kind>(?i:services|products|offerings|solutions|programs|plans))\b"
)


def _own_offerings(text: str) -> list[str]:
    """Texts "about my request and about AnswerFoundry's services" (blind real38c): the
    business's services in general, beside the person's own matter, are what it sells, so the
    texts about them promote it. Near misses: "about my request and the services I booked",
    "about your services" (the person's own), and a negated one ("not about our products")."""
    found = []
    for offering in _OWN_OFFERINGS.finditer(text):
        sentence_start = max(text.rfind(mark, 0, offering.start()) for mark in ".!?") + 1
        clause = text[sentence_start : offering.start()]
        if re.search(r"\b(?:not|never|no|nor)\b[^,;]{0,30}$", clause, re.IGNORECASE):
            continue
        found.append(offering.group(0).split(None, 1)[1])
    return found


def _negated(match: PhraseMatch) -> bool:
    """ "we will not send marketing messages" (or "non-marketing texts") names a type in order to
    exclude it."""
    return bool(
        re.search(
            rf"\b(not|never|no|nor|non)\b[^.;]{{0,40}}{re.escape(match.text)}",
            match.sentence,
            re.IGNORECASE,
        )
    )


# the consent says it carries no marketing at all: "non-marketing text messages", "No marketing
# of any kind will be sent", "never used for promotional messages" (but "not required to
# receive marketing texts" says something else: the negation must govern the marketing word)
_NO_MARKETING = re.compile(
    r"\b(?:no|not|never|non|nothing|without)\b[\s-]+"
    r"(?:(?!required|condition|unless|until|only)[\w'’]+[\s-]+){0,3}?"
    r"(?:marketing|promotional|promotions|advertising)\b",
    re.IGNORECASE,
)


def disclaims_marketing(text: str) -> bool:
    """Does the consent state that it sends no marketing? Then what it lists (a game's "pick
    invitations", a rental's "booking updates") is by the business's own word not promotional,
    whatever words it uses, and there is no marketing consent to separate."""
    return bool(_NO_MARKETING.search(text))


def form_disclaims_marketing(optin: OptInForm) -> bool:
    """Does the form's own fine print state that its texts carry no marketing? "By checking
    the box above, you authorize Acme to send you text messages ... No marketing messages."
    under the one box says of that box's texts what the label would have said: the business's
    own word that nothing it lists is promotional (`disclaims_marketing`). Only the words
    inside the form count: a policy page or the site's footer speaks of the site at large. A
    promise about sharing ("never shared for marketing purposes") is about the number, not
    the texts, and says nothing here."""
    return any(
        disclaims_marketing(sentence) and not _ABOUT_SHARING.search(sentence)
        for block in optin.form.texts
        if block.where == "inside"
        for sentence in re.split(r"(?<=[.!?])\s+", block.text)
    )


# what a paragraph states only when it is the disclosure of text messages
_TEXT_ONLY_ELEMENTS = ("rates", "stop")


# "texts and emails from Acme, including marketing messages": the consent's messages include
# marketing among others it does not name
_INCLUDING = re.compile(
    r"\b(?:including|includes?|incl\.|which\s+(?:may|can|will|could)\s+include|"
    r"as\s+well\s+as|in\s+addition\s+to|along\s+with)\s+"
    r"(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# what the texts besides marketing are called when the consent does not name them
UNNAMED_OTHERS = "texts other than marketing"


def _others_included(text: str, marketing: list[str]) -> bool:
    """ "I agree to receive texts from Acme, including marketing messages": marketing is named
    as a part of what the consent covers, so the rest (what the form itself is for: a quote,
    a booking) is covered too. Not when the whole is marketing already ("promotional texts,
    including flash sales"; "promotional messages from Acme. This includes new flavors and
    deals")."""
    for kind in marketing:
        at = text.lower().find(kind.lower())
        if at < 0:
            continue
        sentence_start = max(text.rfind(mark, 0, at) for mark in ".!?") + 1
        before = text[sentence_start:at]
        marker = _INCLUDING.search(before)
        # the whole named before the marker, this sentence or an earlier one ("promotional
        # messages … This includes deals and codes"), must not be marketing already
        if marker and not _kinds(text[: sentence_start + marker.start()])[0]:
            return True
    return False


def consent_kinds(text: str, own_items: bool = False) -> tuple[list[str], list[str]]:
    """The kinds one consent names; "texts from Acme, including marketing messages" covers
    what the form itself is for besides the marketing."""
    marketing, other = _kinds(text, own_items)
    if marketing and not other and _others_included(text, marketing):
        other = [UNNAMED_OTHERS]
    return marketing, other


def without_own_name(text: str, brand: BrandNames | None) -> str:
    """The text with the business's own name put as "the business": a name is no kind of
    message ("Summitview Auto Sales may text me about my test drive" names no sales)."""
    if brand is None:
        return text
    text = _without_program_name(text, brand)
    for variant in sorted(brand.variants(), key=len, reverse=True):
        words = re.findall(r"\S+", variant)
        if len(words) < 2:
            continue  # one word is a name only where it is written as one; leave it
        spaced = r"\s+".join(map(re.escape, words))
        text = re.sub(rf"(?<![\w&]){spaced}(?![\w])", "the business", text, flags=re.IGNORECASE)
    return text


def _without_program_name(text: str, brand: BrandNames) -> str:
    """The sender written as the business's name with its program's title after it: "texts
    from SynPrism Sale Alerts" (blind real38c) names who sends them, so "Sale Alerts" there
    is a name, not a kind of text. Only in the sender's place (after "from") and only capitalized
    words joined to the name: "texts from SynPrism about sale alerts" keeps its kind."""
    for variant in sorted(brand.variants(), key=len, reverse=True):
        spaced = r"\s+".join(map(re.escape, variant.split()))
        text = re.sub(
            rf"(?<=\bfrom\s)(?i:{spaced})(?:\s+[A-Z][\w&'’-]*){{1,3}}(?![\w&])",
            "the business",
            text,
        )
    return text


# a few words before a colon that open a consent: the program's title ("Turn on shipment
# alerts:", "Stock alerts -"), not a sentence of its own
_TITLE = re.compile(r"^\s*((?:[\w'’&/-]+\s+){0,5}[\w'’&/-]+)\s*(?::|\s[-–—]\s)\s*")
_AGREEING = re.compile(r"\b(?:agree|consent|accept|authori[sz]e)", re.IGNORECASE)


def _without_title(text: str) -> str:
    """A consent opened by its program's title ("Turn on shipment alerts: I agree to receive
    marketing texts about new livestock shipments") says after the title what the messages
    are: when it calls them all marketing, the title is that marketing program's name, not a
    second kind. Kept when the title names more than one thing ("Order updates & deals:") or
    the sentence after it does not call its texts marketing as a whole."""
    title = _TITLE.match(text)
    if (
        title is None
        or _AGREEING.search(title.group(1))
        or re.search(r"&|\band\b|\bplus\b", title.group(1), re.IGNORECASE)
    ):
        return text
    rest = text[title.end() :]
    return rest if _ALL_MARKETING.search(rest) else text


def covered_types(
    optin: OptInForm, brand: BrandNames | None = None
) -> tuple[str, list[str], list[str]]:
    """What the one SMS consent covers: the types its own words name, else the types the
    program description next to it names in a sentence about texts."""
    texts = [t for t, _ in consent_texts(optin)]
    own_items = stock_news_is_own(optin)
    marketing, other = consent_kinds(
        without_own_name(" ".join(_without_title(t) for t in texts), brand), own_items
    )
    if marketing or other:
        return " ".join(texts), marketing, other
    elements = optin.disclosure.elements
    sms_sentences = {f.sentence for f in elements.get("sms_channel", [])}
    # the disclosure paragraph under the box ("Acme will text reminders and deals ... Msg &
    # data rates may apply. Reply STOP"): a block that states what only a text disclosure
    # states says in its sentences what the texts are, whatever verb it uses
    sms_blocks = {id(f.block) for label in _TEXT_ONLY_ELEMENTS for f in elements.get(label, [])}
    sms_sentences |= {
        f.sentence for f in elements.get("message_types", []) if id(f.block) in sms_blocks
    }
    about = " ".join(
        s
        for s in sorted(sms_sentences)
        if vocabulary("disclosure").first(s, "message_types") is not None
    )
    marketing, other = _kinds(without_own_name(about, brand), own_items)
    return about, marketing, other


def box_naming_both(
    optin: OptInForm, brand: BrandNames | None = None
) -> tuple[str, list[str], list[str]] | None:
    """The one consent box, among several, whose own label names marketing and service texts
    together ("I consent to texts regarding: project updates / appointment reminders /
    promotional offers", its kinds on lines of their own), with what it names. A second
    required box beside it ("I understand and agree to the following: Msg & data rates may
    apply ...") acknowledges the disclosure: it separates nothing, since the kinds are chosen
    together in the first box. Boxes that each name one kind are separate consents: none
    names both, and so is a box beside another that names kinds of texts of its own ("Text
    me order updates" / "Text me new-release announcements and shop promotions"): the person
    chooses between them. Only when every other box names no kind of message at all is the
    one naming both the whole choice."""
    own_items = stock_news_is_own(optin)
    read = []
    for control in optin.consent_controls:
        label = " ".join((control.label or "").split())
        read.append((label, consent_kinds(without_own_name(label, brand), own_items)))
    for i, (label, (marketing, other)) in enumerate(read):
        if not (marketing and other) or disclaims_marketing(label):
            continue
        if any(m or o for j, (_, (m, o)) in enumerate(read) if j != i):
            return None  # another box names kinds of texts: the kinds are chosen apart
        return label, marketing, other
    return None


# the act that gives the consent, in the consent sentence: "by providing your phone number",
# "by submitting this form"
_BY_SENDING = re.compile(
    r"\bby (?:submitting|providing|entering|completing|sending|signing up|clicking|tapping)\b",
    re.IGNORECASE,
)


def required_marketing_box(
    optin: OptInForm, brand: BrandNames | None = None
) -> tuple[str, list[str], list[str]] | None:
    """A box that must be ticked and names only marketing ("[required] I would like to receive
    offers and news"), on a form whose sentence says sending it agrees to other texts ("By
    providing your phone number you agree to receive informational text messages"): nobody
    can get the informational texts without ticking the marketing box, so the two ride on one
    consent however many boxes there are. (the two texts joined, marketing, other), else
    None. Near misses: the same box left optional (marketing is chosen apart), or a required
    marketing box with no other kind stated (a promotions-only program)."""
    own_items = stock_news_is_own(optin)
    statements = [
        f.sentence
        for f in optin.disclosure.elements.get("consent_statement", [])
        if _BY_SENDING.search(f.sentence)
        and "sms_channel" in vocabulary("optin").labels_in(f.sentence)
    ]
    for control in optin.consent_controls:
        label = " ".join((control.label or "").split())
        if not (control.must_be_ticked and label) or disclaims_marketing(label):
            continue
        marketing, other = consent_kinds(without_own_name(label, brand), own_items)
        if not marketing or other:
            continue
        for sentence in statements:
            if sentence in label or disclaims_marketing(sentence):
                continue
            said, others = consent_kinds(without_own_name(sentence, brand), own_items)
            if others and not said:
                return f"{label} — {sentence}", marketing, others
    return None


def lists_chosen_apart(optin: OptInForm) -> bool:
    """A form whose radio buttons pick one list ("( ) My classes: reminders and room changes
    / ( ) Offers: discounts and open houses") takes one list per sign-up: the one consent box
    agrees to the list picked, so marketing is chosen apart from service texts. It takes
    options of one radio group, one naming only service texts and another only marketing."""
    groups: dict[str, list[str]] = {}
    for control in optin.form.controls:
        if control.type == "radio" and control.name and control.label:
            groups.setdefault(control.name, []).append(control.label)
    for labels in groups.values():
        kinds = [_kinds(label) for label in labels]
        if any(m and not o for m, o in kinds) and any(o and not m for m, o in kinds):
            return True
    return False


# a kind that names no subject of the person's: news of the business itself, or updates to
# come with nothing said of what they are ("future company updates", "business news",
# "general updates"); not "service updates", "order updates" or "future updates on my order"
_OPEN_KIND = re.compile(
    r"\b(?:(?:future|general|occasional|periodic|other)\s+)?(?:company|business)\s+"
    r"(?:news|updates|announcements|communications)\b|"
    r"\b(?:future|general|periodic|occasional)\s+(?:news|updates|announcements)\b"
    r"(?!\s+(?:about|on|regarding|concerning|for|of|to)\s+(?:my|your|the|this)\b)",
    re.IGNORECASE,
)
# a sentence that speaks of the texts themselves: "via SMS", "text messages", "by text"
_BY_TEXT = re.compile(r"\b(?:sms|mms|texts?|text\s+messages?|txt|msgs?)\b", re.IGNORECASE)


def open_kind(text: str) -> str | None:
    """The consent's kind that says nothing of what it is about ("future company updates"),
    if it names one outside a negation ("we will not send company news")."""
    for found in _OPEN_KIND.finditer(text):
        clause = re.split(r"[.;:!?]", text[: found.start()])[-1]
        if not re.search(r"\b(?:not|never|no|nor)\b", clause, re.IGNORECASE):
            return found.group(0)
    return None


def program_marketing(pages: list[Page], form_page: Page | None = None) -> tuple[Page, str] | None:
    """Where the site's terms or privacy policy say the text program sends marketing: (page,
    sentence), a sentence that speaks of the texts ("You will receive appointment reminders,
    service notices and occasional offers via SMS") and names a promotional kind. The form's
    own page is left out: its consent is what is being read."""
    for page in pages:
        if page is form_page or page.status >= 400 or not plays_policy_role(page):
            continue
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", page.text[:50000]):
            if not _BY_TEXT.search(sentence) or disclaims_marketing(sentence):
                continue
            if _kinds(sentence)[0]:
                return page, sentence.strip()
    return None


def open_kind_is_marketing(
    consent: str, other: list[str], pages: list[Page], form_page: Page | None = None
) -> tuple[str, Page, str] | None:
    """One consent names service texts and an open kind ("regarding appointments ... and
    future company updates"), and the site's own terms for the same text program say it
    sends offers: the open kind is where those offers come in, so the one consent covers
    marketing and service together. (open kind, terms page, its sentence), else None.

    A consent that names only service kinds ("order updates") is not widened by the terms,
    nor one whose terms list no promotional kind: the open kind is read as what the program
    says it sends, not as marketing by itself."""
    if not other or disclaims_marketing(consent):
        return None
    kind = open_kind(consent)
    if kind is None:
        return None
    found = program_marketing(pages, form_page)
    if found is None:
        return None
    return kind, found[0], found[1]
