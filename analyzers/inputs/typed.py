"""The derived inputs as one typed object: `ctx.inputs.optin_forms -> list[OptInForm]`.

Every provider registered with `@provides(name)` has one property here of the same name, so a
reader's "go to definition" lands on the input and its type, and a type checker sees what a check
reads. Each property goes through `AnalysisContext.provide`, the one machinery that computes an
input once per context, keeps a provider's failure (`InputFailed`) so that every check needing
it says the same, and backs the names checks declare in `needs=`. The import of the inputs
package fails when a provider has no property here or a property has no provider.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for the types: the inputs load their own analyzers when computed
    from analyzers.content.scoring import CategoryVerdict, PageContent
    from analyzers.context import AnalysisContext
    from analyzers.inputs.brand import BrandNames
    from analyzers.optin.documented import DocumentedConsent
    from analyzers.optin.model import OptInForm
    from analyzers.optin.texted_inquiry import TextedInquiryForm
    from analyzers.policy.locate import DocumentLookup, PolicyDocument
    from analyzers.policy.sharing import SharingAnalysis
    from analyzers.policy.terms_elements import TermsReview
    from crawler.snapshot import AgeGate, Page


class Inputs:
    """The derived inputs of one context, each computed on first use (see the module docstring).

    A property raises `InputFailed` when its provider raised; the check reading it then needs
    review with the reason, and the other checks go on.
    """

    def __init__(self, ctx: AnalysisContext) -> None:
        self._ctx = ctx

    @classmethod
    def names(cls) -> frozenset[str]:
        """The input names a check may declare in `needs=` besides the built-in ones."""
        return frozenset(name for name, value in vars(cls).items() if isinstance(value, property))

    # the business and its site (analyzers/inputs/brand.py, site.py)

    @property
    def brand_names(self) -> BrandNames | None:
        """The campaign file's brand names, else those inferred from the site."""
        return self._ctx.provide("brand_names")

    @property
    def bot_walls(self) -> list[tuple[Page, str]]:
        """Pages that showed a bot challenge or a parked domain instead of the site, with why."""
        return self._ctx.provide("bot_walls")

    # what the pages are about (analyzers/inputs/content.py)

    @property
    def content_pages(self) -> list[PageContent] | None:
        """The judged pages read for content categories; None without pages."""
        return self._ctx.provide("content_pages")

    @property
    def content_verdicts(self) -> dict[str, list[CategoryVerdict]] | None:
        """Category -> the pages where it fired, highest score first; None without pages."""
        return self._ctx.provide("content_verdicts")

    @property
    def agegates(self) -> list[tuple[Page, AgeGate]]:
        """Every page that showed an age gate as it was rendered, with the gate."""
        return self._ctx.provide("agegates")

    # where people opt in (analyzers/inputs/optin_forms.py)

    @property
    def optin_forms(self) -> list[OptInForm]:
        """The SMS opt-in forms on the site (or at the opt-in URL given), with what they say."""
        return self._ctx.provide("optin_forms")

    @property
    def documented_consents(self) -> list[DocumentedConsent]:
        """With no opt-in form on the site, the consent boxes a page quotes for an app or a
        phone opt-in, each read as that box's label."""
        return self._ctx.provide("documented_consents")

    @property
    def unread_form_consent(self) -> list[tuple[Page, str]]:
        """With no opt-in form read, (page, sentence) where a page says submitting its unread
        form is agreeing to texts."""
        return self._ctx.provide("unread_form_consent")

    @property
    def texted_inquiry_form(self) -> TextedInquiryForm | None:
        """With no opt-in form read, the inquiry form whose numbers a page of the site says
        are texted (consent by submitting it), else None."""
        return self._ctx.provide("texted_inquiry_form")

    # the privacy policy and terms (analyzers/inputs/documents.py)

    @property
    def privacy_lookup(self) -> DocumentLookup | None:
        """How the privacy policy was searched for, and what was found."""
        return self._ctx.provide("privacy_lookup")

    @property
    def privacy_policy(self) -> PolicyDocument | None:
        """The privacy policy found, if any."""
        return self._ctx.provide("privacy_policy")

    @property
    def privacy_sharing(self) -> SharingAnalysis | None:
        """Every sentence of the policy about sharing, with its verdict; None without a policy."""
        return self._ctx.provide("privacy_sharing")

    @property
    def terms_lookup(self) -> DocumentLookup | None:
        """How the terms were searched for, and what was found."""
        return self._ctx.provide("terms_lookup")

    @property
    def terms_documents(self) -> list[PolicyDocument]:
        """The terms documents found, best first."""
        return self._ctx.provide("terms_documents")

    @property
    def terms_document(self) -> PolicyDocument | None:
        """The best terms document found, if any."""
        return self._ctx.provide("terms_document")

    @property
    def terms_review(self) -> TermsReview | None:
        """Which messaging-terms elements the terms state; None without terms."""
        return self._ctx.provide("terms_review")
