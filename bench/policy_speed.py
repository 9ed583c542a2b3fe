"""CPU to read a fifty-page privacy policy's sharing clauses, against tokenizing the same text.

Run: python bench/policy_speed.py. Prints CPU seconds of both and their ratio (measured in the
same run, so the ratio holds on a busy machine where a timed assertion in a test would not).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_clauses import long_policy  # noqa: E402

from analyzers.policy.clauses import classify  # noqa: E402
from analyzers.policy.sharing import analyze_sharing  # noqa: E402
from analyzers.text.sentences import split_sentences  # noqa: E402


def main() -> None:
    import spacy

    lines, headings = long_policy()
    classify("warm up the pipeline.")
    tokenizer = spacy.blank("en")
    start = time.process_time()
    for line in lines:
        tokenizer(line)
    baseline = time.process_time() - start
    start = time.process_time()
    analysis = analyze_sharing(split_sentences(lines, [*headings, "SMS"]))
    elapsed = time.process_time() - start
    print(f"words: {sum(len(line.split()) for line in lines)}  promises: {len(analysis.promises)}")
    print(f"tokenize only: {baseline:.3f} CPU s")
    print(f"sharing analysis: {elapsed:.3f} CPU s  ({elapsed / baseline:.1f}x tokenizing)")


if __name__ == "__main__":
    main()
