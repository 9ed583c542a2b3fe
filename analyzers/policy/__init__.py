"""Reading legal documents as a reviewer does: sentences under their headings, clause verdicts.

`sentences` splits a policy page into sentences that remember their heading and the list they
belong to; `clauses` decides, sentence by sentence, whether a privacy policy promises not to
share mobile opt-in data or carves out an exception; `recognize` tells a real policy from a
404 page or a one-liner; `terms_elements` finds the SMS program disclosures in terms.
"""
