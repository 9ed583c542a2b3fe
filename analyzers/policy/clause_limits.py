"""Limits: a sentence that names everyone who may hold mobile data, or all it may be used for.

A promise is often worded as a limit, not a denied verb: "Only our SMS provider ever sees your
number", "Apart from our message delivery vendor, nobody outside our company handles your
mobile number", "Your mobile number is used only to send you the texts you asked for". The
limit closes the number's way out: whoever it names is everyone who gets the data, whatever it
names is all the data is for. Named as the business, its staff and the providers that send
its texts, nobody else gets it: the promise. The same shape naming advertisers or partners
("No one other than our advertising partners receives the phone numbers") lets them in: the
exception. A limit lifted ("Nothing in this policy prevents us from sharing your number with
our advertising partners") is a permission, not a promise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy loads on first use
    from spacy.tokens import Doc

from analyzers.policy.clause_conditions import _outside_recipient, _partner_recipient
from analyzers.policy.clause_negation import _locally_negated
from analyzers.policy.clause_parts import _RESTRICTING, Clause, _Parts
from analyzers.policy.clause_verbs import _act_rejected

# nobody, save those named: "no one other than X", "nobody but X", "apart from X, nobody"
_NOBODY = {"nobody", "none", "noone"}
_SAVE = {"other", "except", "but", "besides", "apart", "aside", "beyond"}
_SAVE_TAIL = {"than", "from", "for"}  # "other than", "apart from", "except for"

# the business itself, or people who work for it, named among the holders
_OURSELVES = {
    "we", "us", "our", "ourselves", "own", "staff", "team", "teams", "employees", "people",
    "personnel",
}  # fmt: skip

# what the holders do with the data: receive, see, hold, handle it
_HOLDING = {"handle", "handles", "handled", "handling", "hold", "holds", "store", "stores"}

# filler between the holders and their verb: "Only our SMS provider ever sees ..."
_BEFORE_VERB = {"ever", "can", "could", "will", "may", "might", "would", "should", "also", "does"}


def _nobody_at(doc: Doc, i: int) -> int | None:
    """The end of "nobody" / "no one" / "none" at token i, or None."""
    word = doc[i].lower_
    if word in _NOBODY:
        return i + 1
    if word == "no" and i + 1 < len(doc) and doc[i + 1].lower_ in ("one", "-"):
        return i + 2 if doc[i + 1].lower_ == "one" else i + 3
    return None


def _save_phrase(doc: Doc, i: int, end: int) -> int | None:
    """The end of "other than" / "except (for)" / "but" / "besides" / "apart from" at i."""
    word = doc[i].lower_
    if word not in _SAVE:
        return None
    if i + 1 < end and doc[i + 1].lower_ in _SAVE_TAIL:
        return i + 2
    return i + 1 if word in ("except", "but", "besides", "beyond") else None


def _holders(parts: _Parts, segment: tuple[int, int], verb: int) -> tuple[int, int, int] | None:
    """Where the subject of the holding verb names the whole set of holders:
    - "Only X [ever] sees ...": "only" opens the subject;
    - "No one other than X receives ...", "Nobody but X has access ...";
    - "Apart from X, nobody [outside our company] handles ...".
    Returned: the holders' span, and where the subject ends (after "nobody" in the last form:
    its denial is the subject's, not the verb's). None when the subject is no such closed
    set."""
    doc = parts.doc
    start = segment[0]
    words = [t for t in doc[start:verb] if not t.is_punct or t.text == ","]
    if not words:
        return None
    first = words[0]
    stop = verb
    while stop > start and doc[stop - 1].lower_ in _BEFORE_VERB:
        stop -= 1
    if first.lower_ in _RESTRICTING:
        return (first.i + 1, stop, stop)
    nobody = _nobody_at(doc, first.i)
    if nobody is not None and nobody < stop:
        saved = _save_phrase(doc, nobody, stop)
        if saved is not None:
            return (saved, stop, stop)
        return None
    saved = _save_phrase(doc, first.i, stop)
    if saved is None:
        return None
    comma = next((t.i for t in doc[saved:stop] if t.text == ","), None)
    if comma is None:
        return None
    after = next((t.i for t in doc[comma + 1 : stop] if not t.is_punct), None)
    if after is None or _nobody_at(doc, after) is None:
        return None
    return (saved, comma, _nobody_at(doc, after))


def receivers_closed(parts: _Parts, segment: tuple[int, int]) -> Clause | None:
    """The holders of mobile data named as a closed set, the subject of a verb of receiving or
    holding: "Only you and our scheduling team can see the mobile number on your account",
    "No one other than our staff and the platform that delivers our texts has access to your
    number", "Apart from our message delivery vendor, nobody outside our company handles your
    mobile number". When they are the business, its people and its providers: the promise.
    When partners or outside parties are among them ("Apart from our co-branding partners,
    nobody ..."): the exception. The data must follow the verb: "Only our staff see the
    schedule" names no mobile data; "We share data only with vendors" is a sharing verb's
    recipients, read by the verb's own clause."""
    doc = parts.doc
    start, end = segment
    if parts.has("hedge", start, end) or not parts.has("mobile_data", start, end):
        return None
    verbs = [s for s, _e in parts.within("receive_verb", start, end)]
    verbs += [t.i for t in doc[start:end] if t.lower_ in _HOLDING]
    for verb in sorted(verbs):
        if not parts.has("mobile_data", verb, end):
            continue
        found = _holders(parts, segment, verb)
        if found is None or found[1] <= found[0]:
            continue
        if _locally_negated(parts, found[2], verb):
            return None  # "Only our staff do not see it": no limit on who does
        holders = (found[0], found[1])
        text = doc[start:end].text.strip(" ;,").rstrip(".;:,")
        if _partner_recipient(parts, holders) or _outside_recipient(parts, holders):
            why = f"partners or outside parties are among those who get mobile data: “{text}”"
            return Clause("exception", "mobile", why, attempted=True)
        # "you" is the subscriber, not a holder beside the business ("Only you can see the
        # texts sent to your number")
        named = [t.lower_ for t in doc[holders[0] : holders[1]]]
        if _marketing_after(parts, (verb, len(doc))):
            return None  # "Only our texting platform receives it, and it uses it to send you
            # marketing from its partners": who holds it is closed, what it is for is not
        if parts.has("recipient_provider", *holders) or _OURSELVES.intersection(named):
            why = f"only the business and its providers get mobile data: “{text}”"
            return Clause("promise", "mobile", why, attempted=True)
    return None


def _marketing_after(parts: _Parts, region: tuple[int, int]) -> bool:
    """Does the rest of the sentence give the data a marketing use or a partner, not denied?"""
    named = parts.within("purpose_marketing", *region) + [
        (s, e) for s, e in parts.within("recipient_partner", *region)
    ]
    return any(not _locally_negated(parts, region[0], s) for s, _e in named)


_USED = {"use", "uses", "used", "using"}
# "for no purpose other than", "for nothing but", "for no other reason than"
_NO_OTHER = {"no", "nothing"}
_PURPOSE_NOUNS = {"purpose", "purposes", "reason", "reasons", "use", "uses", "other", "else"}
# what a use confined to the business's own texting does: it sends the subscriber messages
_SENDING = {
    "send", "sends", "sending", "text", "texts", "texting", "message", "messages", "messaging",
    "deliver", "delivers", "delivering", "contact", "contacting", "remind", "reminding",
    "reminders", "notify", "notifying", "notifications", "alert", "alerts", "sms",
}  # fmt: skip
# "for our use alone", "for our own use only", "for internal use alone"
_OUR_USE_ALONE = {"alone", "only", "solely", "exclusively"}


def _purpose_after(doc: Doc, used: int, end: int) -> int | None:
    """Where the one purpose a use is confined to starts, after "used": "used only to send
    ...", "used solely for texting you", "used for no purpose other than sending ...", "used
    for nothing but ...". None when the use is not confined."""
    words = doc[used + 1 : min(end, used + 8)]
    if not words:
        return None
    if words[0].lower_ in _RESTRICTING and len(words) > 1 and words[1].lower_ in ("to", "for"):
        return words[1].i + 1
    if words[0].lower_ != "for" or len(words) < 3 or words[1].lower_ not in _NO_OTHER:
        return None
    for t in words[2:]:
        if t.lower_ in ("than", "but", "except"):
            return t.i + 1
        if t.lower_ not in _PURPOSE_NOUNS:
            return None
    return None


def use_limited(parts: _Parts, segment: tuple[int, int]) -> Clause | None:
    """Mobile data whose use is confined to the business's own texting: "Your mobile number is
    used only to send you the text messages you asked for", "Text opt-in data is used for no
    purpose other than sending you the messages in our program", "Texting subscribers' numbers
    are for our use alone". All the data is for is the messages the business sends, so no one
    else gets it for theirs: the promise. The purpose must name the subscriber as the one the
    texts go to ("send you", "texting you"): "Cell numbers for our text alerts are used only to
    send the alerts" confines the use to a purpose and says nothing of who else may send them
    (round 34's near miss). A purpose that names a partner or an outside party
    ("used only to send you offers from our partners") is theirs too: not this promise
    (`_use_confined` reads "used solely for marketing by our franchisees"). A use confined to
    something else than sending texts ("used only for billing") says nothing of texting, and a
    use denied ("is not used only to ...") confines nothing."""
    doc = parts.doc
    start, end = segment
    if parts.has("hedge", start, end) or not parts.has("mobile_data", start, end):
        return None
    text = doc[start:end].text.strip(" ;,").rstrip(".;:,")
    for token in doc[start:end]:
        if token.lower_ == "for" and _our_use_alone(doc, token.i, end):
            if not parts.has("mobile_data", start, token.i) or _locally_negated(
                parts, start, token.i
            ):
                continue
            why = f"mobile data is for the business's own use alone: “{text}”"
            return Clause("promise", "mobile", why, attempted=True)
        if token.lower_ not in _USED or _locally_negated(parts, start, token.i):
            continue
        if parts.has("mobile_data", start, token.i) and _others_marketing_denied(
            parts, token.i, end
        ):
            why = f"mobile data is never used for others' marketing: “{text}”"
            return Clause("promise", "mobile", why, attempted=True)
        purpose = _purpose_after(doc, token.i, end)
        if purpose is None or not parts.has("mobile_data", start, token.i):
            continue
        region = (purpose, len(doc))
        if _partner_recipient(parts, region) or _outside_recipient(parts, region):
            return None
        if not _messages_you(doc, purpose, end):
            continue
        why = f"mobile data is used only for the business's own texts: “{text}”"
        return Clause("promise", "mobile", why, attempted=True)
    return None


def _our_use_alone(doc: Doc, i: int, end: int) -> bool:
    """ "for our use alone", "for our own internal use only" at token i ("for")."""
    words = [t.lower_ for t in doc[i + 1 : min(end, i + 6)]]
    if not words or words[0] != "our":
        return False
    rest = words[1:]
    while rest and rest[0] in ("own", "internal"):
        rest = rest[1:]
    return len(rest) >= 2 and rest[0] == "use" and rest[1] in _OUR_USE_ALONE


def _messages_you(doc: Doc, purpose: int, end: int) -> bool:
    """Does the purpose send messages to the subscriber: a sending word with "you" right after
    it ("to send you the texts", "texting you", "sending you the messages")?"""
    return any(
        t.lower_ in _SENDING and t.i + 1 < end and doc[t.i + 1].lower_ == "you"
        for t in doc[purpose:end]
    )


# a verb that holds sharing back; negated ("Nothing in this policy prevents us from ..."), it
# lifts the hold
_HOLDING_BACK = {
    "limit", "limits", "restrict", "restricts", "prevent", "prevents", "prohibit", "prohibits",
    "bar", "bars", "stop", "stops", "preclude", "precludes",
}  # fmt: skip
# what the hold is on: "from sharing ...", "how our affiliates use ..."
_HELD = {"from", "how", "what", "whom", "who", "when", "where"}


def limit_lifted(parts: _Parts, segment: tuple[int, int]) -> Clause | None:
    """A denied hold on sharing is a permission: "Nothing in this policy prevents us from
    sharing your mobile number with our advertising partners", "No part of this policy
    restricts how our affiliates use the contact information you give us, including phone
    numbers". The negation belongs to the verb of holding back, not to the sharing after
    "from" or "how", which the sentence leaves free. With partners or a marketing use among
    what it leaves free, and mobile data named: the exception. "Nothing prevents you from
    opting out" holds back no sharing; "Nothing in this policy permits us to share ..." is
    the promise (`_permission_denied`)."""
    doc = parts.doc
    start, end = segment
    if not parts.has("mobile_data", start, end):
        return None
    for verb in doc[start:end]:
        if verb.lower_ not in _HOLDING_BACK or not _locally_negated(parts, start, verb.i):
            continue
        held = next(
            (t.i for t in doc[verb.i + 1 : min(end, verb.i + 4)] if t.lower_ in _HELD), None
        )
        if held is None:
            continue
        region = (held, end)
        if not (
            parts.has("share_verb", *region)
            or parts.has("handover_verb", *region)
            or parts.has("receive_verb", *region)
            or any(t.lower_ in _USED for t in doc[held:end])
        ):
            continue
        if _partner_recipient(parts, region) or parts.has("purpose_marketing", *region):
            text = doc[start:end].text.strip(" ;,").rstrip(".;:,")
            why = f"nothing holds back sharing mobile data with partners: “{text}”"
            return Clause("exception", "mobile", why, attempted=True)
    return None


def act_ruled_out(parts: _Parts, segment: tuple[int, int]) -> Clause | None:
    """An act of handing mobile data over, named as the subject and rejected by its predicate:
    "Selling your number is off the table, and so is passing it to anyone who'd market to
    you". The verb reader leaves a rejected act unread (`_act_rejected`: named, not stated);
    here the rejection is the statement. Every act rejected a sale: the sale promise ("Selling
    your number is off the table" says nothing of giving it away); a handing-over among them:
    the promise. The data must be the act's object: "Selling products is off the table" is no
    statement about the number."""
    doc = parts.doc
    start, end = segment
    acts = [
        s
        for label in ("share_verb", "handover_verb")
        for s, _e in parts.within(label, start, end)
        if doc[s].lower_.endswith("ing") and _act_rejected(doc, s, start, end)
    ]
    acts = [s for s in acts if parts.has("mobile_data", s, end) or _object_points_back(doc, s)]
    if not acts:
        return None
    text = doc[start:end].text.strip(" ;,").rstrip(".;:,")
    if all(parts.within("sale_verb", s, s + 1) for s in acts):
        why = f"selling mobile data is ruled out; nothing is said of sharing it: “{text}”"
        return Clause("sale_promise", "mobile", why)
    why = f"handing mobile data over is ruled out: “{text}”"
    return Clause("promise", "mobile", why, attempted=True)


def _object_points_back(doc: Doc, verb: int) -> bool:
    """ "passing it to anyone": the act's object is a pronoun for the data named before."""
    return verb + 1 < len(doc) and doc[verb + 1].lower_ in ("it", "them")


# what data is (not) "for": "not for sale", "not for sharing", "not for rent"
_FOR_SALE = {"sale", "rent", "rental", "hire", "trade", "lease"}
_FOR_SHARING = {"sharing", "share", "distribution", "disclosure", "release", "transfer"}


def not_for_sale(parts: _Parts, segment: tuple[int, int]) -> Clause | None:
    """Mobile data said not to be for sale or sharing: "Your mobile number is not for sale, and
    it is not for sharing either". The copula's negation denies what the data is for: not for
    sharing is the promise, not for sale alone the sale promise. The data is the subject
    before the copula (or "it" for it, after data the segment named)."""
    doc = parts.doc
    start, end = segment
    found: set[str] = set()
    for t in doc[start : end - 1]:
        if t.lower_ != "for" or t.i < 2:
            continue
        kind = doc[t.i + 1].lower_
        if kind not in _FOR_SALE and kind not in _FOR_SHARING:
            continue
        if doc[t.i - 1].lower_ not in ("not", "never") or not _locally_negated(parts, start, t.i):
            continue
        if not (
            parts.has("mobile_data", start, t.i)
            or (_subject_pronoun(doc, start, t.i) and parts.has("mobile_data", 0, start))
        ):
            continue  # "..., and it is not for sharing either": "it" for the number before
        found.add("sharing" if kind in _FOR_SHARING else "sale")
    if not found:
        return None
    text = doc[start:end].text.strip(" ;,").rstrip(".;:,")
    if "sharing" in found:
        return Clause(
            "promise", "mobile", f"mobile data is not for sharing: “{text}”", attempted=True
        )
    return Clause("sale_promise", "mobile", f"mobile data is not for sale: “{text}”")


def _subject_pronoun(doc: Doc, start: int, end: int) -> bool:
    """Does the clause open with "it" or "they" ("and it is not for sharing either")?"""
    first = next((t for t in doc[start:end] if t.is_alpha and t.lower_ not in ("and", "but")), None)
    return first is not None and first.lower_ in ("it", "they")


_AVAILABLE = {"available", "accessible"}
_COPULA = {"is", "are", "be", "remains", "remain", "stays", "stay"}
_NOT_OR_ADVERB = {"not", "never", "also", "however", "still", "only", "n't", "n’t"}


def available_to(parts: _Parts, segment: tuple[int, int]) -> Clause | None:
    """Mobile data said to be available to a recipient: "Your mobile number is not for sale.
    It is, however, available to our affiliates for their own campaigns." The copula's subject
    (the data, or "it" for the data named before) is there for whoever follows "to": partners
    or outside parties, the exception; denied ("is not available to third parties"), the
    promise. "Our team is available to help with your texts" names no data as the subject and
    no recipient after "to"."""
    doc = parts.doc
    start, end = segment
    for t in doc[start : end - 1]:
        if t.lower_ not in _AVAILABLE or doc[t.i + 1].lower_ != "to":
            continue
        # the copula right before ("is available", "is not available", "is, however,
        # available"): "made available to" is the sharing verb's own
        copula = next(
            (
                w.i
                for w in reversed(doc[max(start, t.i - 3) : t.i])
                if w.lower_ in _COPULA
                and all(x.lower_ in _NOT_OR_ADVERB or x.is_punct for x in doc[w.i + 1 : t.i])
            ),
            None,
        )
        if copula is None or not (
            parts.has("mobile_data", start, copula)
            or (_subject_pronoun(doc, start, copula) and parts.has("mobile_data", 0, start))
        ):
            continue
        recipients = (t.i + 2, end)
        if not (_partner_recipient(parts, recipients) or _outside_recipient(parts, recipients)):
            continue
        text = doc[start:end].text.strip(" ;,").rstrip(".;:,")
        if _locally_negated(parts, start, t.i):
            return Clause(
                "promise",
                "mobile",
                f"mobile data is not available to others: “{text}”",
                attempted=True,
            )
        return Clause("exception", "mobile", f"mobile data is available to others: “{text}”")
    return None


# whose marketing: someone else's, not the business's own
_OTHERS = {"else", "else's", "others", "others'", "other", "third", "outside", "their"}


def _others_marketing_denied(parts: _Parts, used: int, end: int) -> bool:
    """After "used", a purpose denied that is someone else's marketing: "Your phone number:
    used to text you, never to market someone else's products", "used for our reminders and
    never for other companies' advertising". The data's use for anyone else's marketing is
    what the promise denies. "never to market to you more than weekly" is the business's own."""
    doc = parts.doc
    for t in doc[used + 1 : end - 1]:
        if t.lower_ not in ("never", "not") or doc[t.i + 1].lower_ not in ("to", "for"):
            continue
        reach = (t.i + 1, min(end, t.i + 7))
        if not parts.has("purpose_marketing", *reach):
            continue
        if any(w.lower_ in _OTHERS for w in doc[reach[0] : reach[1]]) or _partner_recipient(
            parts, reach
        ):
            return True
    return False
