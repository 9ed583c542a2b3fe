"""What a site is about: prohibited and restricted content, found in what a person reads.

`matching` finds category terms in text (vocabularies are data in analyzers/vocab/content/),
`zones` gathers a page's readable parts, `scoring` decides per page whether the business sells
or promotes the thing rather than merely mentioning it.
"""
