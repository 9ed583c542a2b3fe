"""The registration package: the campaign file, its model, and the helpers its checks share.

- `model`: `load_campaign(path)` reads the YAML/JSON file of CAMPAIGN.md into a validated
  `Campaign`, or raises `CampaignFileError` with one `file:line: problem` per problem.
- `package`: the package's text fields, brand-name matching, findings placed on a field's line.
- `phrases`: the shared vocabularies (analyzers/vocab/*.yaml) matched without spaCy.
- `use_cases`: TCR use case names and what a message looks like (use_cases.yaml).
- `content_terms`: prohibited-content and lending terms from the content vocabularies.
- `phones`, `emails`, `language`: NANP numbers, e-mail addresses, English and emoji.
- `fixes`: paste-ready samples, replies and disclosures built from the brand's own details.
- `segments`: GSM 03.38 / UCS-2 segment counting of a message.
- `links`: links in a message, bare domains ("ourbakery.com") included.
- `sample_content`: phishing, sensitive-data requests, prescription offers, get-rich-quick,
  prize, lead-generation wording and profanity, read in context (sample_content.yaml).
- `optin_methods`: web form, keyword, verbal or paper opt-in in the message flow.
- `spelling`: near-spellings of the registered brand name.

Nothing here imports spaCy, so `prevet check-campaign` stays fast.
"""
