"""The registration package: the campaign file, its model, and the helpers its checks share.

- `model`: `load_campaign(path)` reads the YAML/JSON file of CAMPAIGN.md into a validated
  `Campaign`, or raises `CampaignFileError` with one `file:line: problem` per problem.
- `package`: the package's text fields, brand-name matching, findings placed on a field's line.
- `phrases`: the shared vocabularies (analyzers/vocab/*.yaml) matched without spaCy.
- `use_cases`: TCR use case names and what a message looks like (use_cases.yaml).
- `content_terms`: prohibited-content and lending terms from the content vocabularies.
- `phones`, `emails`, `language`: NANP numbers, e-mail addresses, English and emoji.
- `fixes`: paste-ready samples, replies and disclosures built from the brand's own details.

Nothing here imports spaCy, so `prevet check-campaign` stays fast.
"""
