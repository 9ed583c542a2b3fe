"""Precision and recall of the privacy clause classifier over the labelled sentences, and the
time to analyze a long policy.

Usage: python bench/clause_precision.py [--speed] [--paraphrases-only] [--paraphrases=DIR]

Reads tests/data/privacy_sentences.yaml (the set the rules were written against) and
tests/data/privacy_sentences_holdout.yaml (written afterwards, never tuned on) and prints, per
label and for the decision that matters to a reviewer (promise / exception), precision and
recall on each set. With --speed, times sentence splitting and clause analysis of 50-page policies
(CPU time: the machine may be shared, wall time is printed too).

Then the paraphrase bench (tests/data/paraphrases/, written blind by someone who had not read
the vocabularies): privacy.yaml items {text, label: promise|exception|neither, family} are
scored per family (promise, exception, exclusion, sale) on the promise/exception decision;
disclosure.yaml items {text, element, present, context: optin|terms} are scored per element
and context with the detectors the optin.* and terms.* checks use.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyzers.policy.clauses import LABELS, classify  # noqa: E402

SETS = {
    "tuning": ROOT / "tests" / "data" / "privacy_sentences.yaml",
    "holdout": ROOT / "tests" / "data" / "privacy_sentences_holdout.yaml",
}
# what a reviewer acts on: the promise is there / an exception is there
GROUPS = {"promise": {"promise"}, "exception": {"exception", "general_exception"}}


def load(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def predict(item: dict) -> str:
    return classify(
        item["text"],
        heading=item.get("heading", ""),
        lead_in=item.get("lead_in", ""),
        previous=item.get("previous", "none"),
    ).label


def scores(pairs: list[tuple[str, str]], wanted: set[str]) -> tuple[float, float, int]:
    tp = sum(1 for gold, got in pairs if gold in wanted and got in wanted)
    fp = sum(1 for gold, got in pairs if gold not in wanted and got in wanted)
    fn = sum(1 for gold, got in pairs if gold in wanted and got not in wanted)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp + fn


def report(name: str, items: list[dict]) -> list[tuple[str, str]]:
    pairs = [(item["label"], predict(item)) for item in items]
    correct = sum(1 for gold, got in pairs if gold == got)
    print(f"\n{name}: {len(items)} sentences, accuracy {correct / len(items):.1%}")
    print(f"  {'label':18} {'precision':>9} {'recall':>7} {'n':>4}")
    for label in LABELS:
        p, r, n = scores(pairs, {label})
        print(f"  {label:18} {p:9.1%} {r:7.1%} {n:4}")
    for group, members in GROUPS.items():
        p, r, n = scores(pairs, members)
        print(f"  {'[' + group + ']':18} {p:9.1%} {r:7.1%} {n:4}")
    for item, (gold, got) in zip(items, pairs, strict=True):
        if gold != got:
            print(f"    miss: want {gold}, got {got}: {item['text'][:90]}")
    return pairs


SECTIONS = (
    (
        "Information We Collect",
        "We collect information that you provide directly to us, such as when you create an "
        "account, request customer support, or otherwise communicate with us. The types of "
        "information we may collect include your name, email address, postal address, phone "
        "number, and any other information you choose to provide.",
    ),
    (
        "How We Use Information",
        "We use the information we collect to operate, maintain and improve our services, to "
        "process transactions and send related notices, to respond to your comments and "
        "questions, and to monitor trends, usage and activities in connection with our services.",
    ),
    (
        "Sharing of Information",
        "We may share information with service providers who help us operate our business, and "
        "we may disclose information when required by law or to respond to legal process. We do "
        "not sell personal information. In connection with a merger or sale of assets, "
        "information may be transferred to the buyer.",
    ),
    (
        "Cookies",
        "We and our analytics providers use cookies, web beacons and similar technologies to "
        "remember your preferences and understand how visitors use the site. Most browsers "
        "accept cookies by default; you can usually set your browser to remove or reject them.",
    ),
    (
        "Security and Retention",
        "We take reasonable measures to help protect information about you from loss, theft, "
        "misuse and unauthorized access. We keep information for as long as we need it for the "
        "purposes described in this policy or as the law requires.",
    ),
    (
        "Your Choices",
        "You may update or correct your account information at any time by contacting us. You "
        "may opt out of promotional emails by following the instructions in those emails. If "
        "you opt out, we may still send you non-promotional messages about your account.",
    ),
)


def long_policy(pages: int = 50, *, worst_case: bool = False) -> str:
    """A long policy: sections of legal prose, the SMS clause at the end. `worst_case`
    repeats only the sharing section, so that every other sentence is a candidate clause."""
    sections = [SECTIONS[2]] if worst_case else list(SECTIONS)
    words, parts, n = 0, [], 0
    while words < pages * 500:
        title, text = sections[n % len(sections)]
        parts.append(f"{n + 1}. {title}\n{text}\n")
        words += len(text.split()) + 3
        n += 1
    return (
        "Privacy Policy\n" + "".join(parts) + "SMS Messaging\nNo mobile information will "
        "be shared with third parties or affiliates for marketing or promotional purposes.\n"
    )


def speed() -> None:
    from analyzers.policy.sharing import analyze_sharing
    from analyzers.text.sentences import split_sentences

    classify("warm up the pipeline.")
    for worst in (False, True):
        text = long_policy(worst_case=worst)
        lines = [line for line in text.split("\n") if line]
        headings = [line for line in lines if len(line.split()) < 8]
        wall, cpu = time.perf_counter(), time.process_time()
        sentences = split_sentences(lines, headings)
        analysis = analyze_sharing(sentences)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        kind = "worst case (every section about sharing)" if worst else "mixed sections"
        print(
            f"\nlong policy, {kind}: {len(text.split())} words (~{len(text.split()) // 500} "
            f"pages), {len(sentences)} sentences, promise found: {bool(analysis.promises)}; "
            f"split + clause analysis {cpu:.3f}s CPU ({wall:.3f}s wall)"
        )


PARAPHRASES = ROOT / "tests" / "data" / "paraphrases"


def decision(label: str) -> str:
    """The reviewer's decision a classifier label stands for: promise, exception or neither."""
    for group, members in GROUPS.items():
        if label in members:
            return group
    return "neither"


def paraphrase_privacy(items: list[dict]) -> None:
    """Per family: precision and recall of the promise and exception decisions."""
    print(f"\nparaphrases, privacy: {len(items)} sentences")
    print(f"  {'family':10} {'decision':10} {'precision':>9} {'recall':>7} {'n':>4} {'acc':>6}")
    families = sorted({item.get("family", "?") for item in items})
    rows = [(item, item["label"], decision(predict(item))) for item in items]
    for family in families:
        pairs = [(gold, got) for item, gold, got in rows if item.get("family", "?") == family]
        accuracy = sum(gold == got for gold, got in pairs) / len(pairs)
        for wanted in ("promise", "exception"):
            p, r, n = scores(pairs, {wanted})
            print(f"  {family:10} {wanted:10} {p:9.1%} {r:7.1%} {n:4} {accuracy:6.1%}")
    for item, gold, got in rows:
        if gold != got:
            print(f"    miss [{item.get('family')}]: want {gold}, got {got}: {item['text']}")


def detect_element(item: dict) -> bool:
    """Does the detector the checks use find the element in this sentence?"""
    import analyzers.inputs  # noqa: F401  (the element readers are imported through it)

    element = item["element"]
    if item.get("context", "optin") == "terms":
        from analyzers.policy.terms_elements import care_for_texts, sentence_elements

        # the terms paraphrases are sentences of SMS terms (or of the SMS section of the terms)
        heading = item.get("heading", "")
        if element == "help" and care_for_texts(item["text"], heading, sms_document=True):
            return True  # a customer-care contact for the texts (terms.help_missing)
        return element in sentence_elements(item["text"], heading=heading, sms_document=True)
    from analyzers.optin.disclosure import read_disclosure
    from crawler.snapshot import Form, TextBlock

    form = Form(selector="form", texts=[TextBlock(text=item["text"], where="inside")])
    label = "message_types" if element == "message_type" else element
    return read_disclosure(form, [], None).has(label)


def paraphrase_disclosure(items: list[dict]) -> None:
    """Per element and context: precision and recall of "the element is stated"."""
    print(f"\nparaphrases, disclosure: {len(items)} sentences")
    print(f"  {'element':18} {'context':7} {'precision':>9} {'recall':>7} {'pos':>4} {'neg':>4}")
    rows = [(item, bool(item["present"]), detect_element(item)) for item in items]
    keys = sorted({(item["element"], item.get("context", "optin")) for item in items})
    for element, context in keys:
        pairs = [
            ("yes" if gold else "no", "yes" if got else "no")
            for item, gold, got in rows
            if item["element"] == element and item.get("context", "optin") == context
        ]
        p, r, n = scores(pairs, {"yes"})
        print(f"  {element:18} {context:7} {p:9.1%} {r:7.1%} {n:4} {len(pairs) - n:4}")
    for element in sorted({item["element"] for item in items}):
        pairs = [
            ("yes" if gold else "no", "yes" if got else "no")
            for item, gold, got in rows
            if item["element"] == element
        ]
        p, r, n = scores(pairs, {"yes"})
        print(f"  {element:18} {'both':7} {p:9.1%} {r:7.1%} {n:4} {len(pairs) - n:4}")
    for item, gold, got in rows:
        if gold != got:
            kind = "missed" if gold else "false alarm"
            print(f"    {kind} [{item['element']}/{item.get('context', 'optin')}]: {item['text']}")


def paraphrases() -> None:
    folder = next(
        (Path(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--paraphrases=")), PARAPHRASES
    )
    privacy, disclosure = folder / "privacy.yaml", folder / "disclosure.yaml"
    if privacy.exists():
        paraphrase_privacy(load(privacy))
    if disclosure.exists():
        paraphrase_disclosure(load(disclosure))


def main() -> None:
    if "--paraphrases-only" not in sys.argv:
        everything: list[tuple[str, str]] = []
        for name, path in SETS.items():
            everything += report(name, load(path))
        print("\nall:")
        for group, members in GROUPS.items():
            p, r, n = scores(everything, members)
            print(f"  {'[' + group + ']':18} precision {p:.1%} recall {r:.1%} (n={n})")
    paraphrases()
    if "--speed" in sys.argv:
        speed()


if __name__ == "__main__":
    main()
