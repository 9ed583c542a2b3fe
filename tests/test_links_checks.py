"""links.public_shortener and links.unrelated_domain over the opt-in flow and the policies."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from tests.test_optin_pages import DISCLOSURE, compliant_form, page, run, site, status


def _with_link(href: str, text: str = "details") -> dict[str, str]:
    label = DISCLOSURE + f' <a href="{href}">{text}</a>'
    return site(page(compliant_form(label=label)))


def test_shortener_in_the_optin_form_fires() -> None:
    result = run(_with_link("https://bit.ly/3abcDE"), "links.public_shortener")
    assert str(result.status) == "failed" and "bit.ly" in result.findings[0].evidence


def test_a_shortener_whose_text_repeats_it_is_one_finding() -> None:
    # the link's text is its URL without the scheme: one link, one finding
    result = run(_with_link("https://bit.ly/3abcDE", "bit.ly/3abcDE"), "links.public_shortener")
    assert len(result.findings) == 1
    two = _with_link("https://bit.ly/3abcDE", "bit.ly/other9")
    assert len(run(two, "links.public_shortener").findings) == 2


def test_shortener_written_in_policy_text_fires() -> None:
    pages = site(page(compliant_form()))
    pages["/terms"] = page(
        "<h1>Terms</h1><p>Full terms: tinyurl.com/acme-terms</p>", "Terms | Acme Dental"
    )
    assert status(pages, "links.public_shortener") == "failed"


def test_lookalike_domains_are_not_shorteners() -> None:
    for href in (
        "https://rabbit.lyon.fr/x",
        "https://bit.lyrics.com/a",
        "https://notbit.ly.example.com/",
    ):
        assert status(_with_link(href), "links.public_shortener") == "passed", href


def test_a_map_place_share_link_is_not_a_shortener() -> None:
    # Google Maps' "Share" button gives maps.app.goo.gl links: they name one place
    assert status(_with_link("https://maps.app.goo.gl/Xy12AbCdEf34"), "links.public_shortener") == (
        "passed"
    )
    # near misses: the general shorteners, goo.gl itself included, still fire
    for href in ("https://goo.gl/Xy12Ab", "https://bit.ly/3abcDE", "https://tinyurl.com/acme-map"):
        assert status(_with_link(href), "links.public_shortener") == "failed", href


def test_shortener_in_campaign_but_not_in_samples() -> None:
    campaign = SimpleNamespace(
        model_dump=lambda: {
            "message_flow": "Sign up at https://bit.ly/acme-join",
            "samples": ["see bit.ly/x"],
        }
    )
    result = run(site(page(compliant_form())), "links.public_shortener", campaign=campaign)
    assert [f.selector for f in result.findings] == ["campaign:message_flow"]


def test_policy_hosted_on_another_domain_fires() -> None:
    result = run(
        _with_link("https://app.termsfeed.com/live/abc", "Privacy Policy"), "links.unrelated_domain"
    )
    assert str(result.status) == "failed" and "termsfeed.com" in result.findings[0].evidence


def test_related_links_do_not_fire() -> None:
    for href in (
        "https://www.acme-dental.com/privacy",
        "https://www.facebook.com/acmedental",
        "https://www.google.com/maps/place/acme",
        "https://portal.acmedental.net/x",
        "https://www.fcc.gov/consumers",
    ):
        assert status(_with_link(href), "links.unrelated_domain") == "passed", href


def test_footer_links_of_policy_pages_are_not_the_flow() -> None:
    pages = site(page(compliant_form()))
    pages["/privacy"] = page(
        "<h1>Privacy Policy</h1><p>We never share numbers.</p>"
        '<footer><a href="https://webagency.example/">Site by Web Agency'
        "</a></footer>",
        "Privacy Policy | Acme Dental",
    )
    assert status(pages, "links.unrelated_domain") == "passed"


def test_shortener_in_a_real_campaign_file_points_at_its_line(tmp_path) -> None:
    from analyzers.campaign.model import load_campaign

    source = (
        Path(__file__).resolve().parent.parent
        / "fixtures"
        / "sites"
        / "campaign-compliant-package"
        / "campaign.yaml"
    ).read_text()
    changed = source.replace(
        "Privacy: https://www.maplegrovedental.com/privacy",
        "Privacy: https://tinyurl.com/mgd-privacy",
    )
    assert changed != source
    path = tmp_path / "campaign.yaml"
    path.write_text(changed)
    result = run(
        site(page(compliant_form())), "links.public_shortener", campaign=load_campaign(path)
    )
    assert [f.selector for f in result.findings] == ["campaign:campaign.message_flow"]
    assert "campaign.yaml:" in result.findings[0].evidence


def test_policy_references_to_processors_are_not_the_flow() -> None:
    pages = site(page(compliant_form()))
    pages["/privacy"] = page(
        "<h1>Privacy Policy</h1><p>We use a mailing service; see <a href='https://mailer-co."
        "example/legal/privacy'>MailerCo's Privacy Policy</a>. Our SMS terms: <a "
        "href='https://sms-host.example/acme/terms'>SMS Terms</a>.</p>",
        "Privacy Policy | Acme Dental",
    )
    result = run(pages, "links.unrelated_domain")
    assert [f.details["domain"] for f in result.findings] == ["sms-host.example"]


def test_a_domain_the_business_gives_as_its_contact_email_is_its_own() -> None:
    """The site writes to the business at the other domain: the business owns that domain."""
    pages = site(
        page(
            compliant_form() + '<p>Write to <a href="mailto:hello@adc-clinics.com">'
            "hello@adc-clinics.com</a></p>"
        )
    )
    pages["/privacy"] = page(
        "<h1>Privacy Policy</h1><p>Clinic patients: see our <a href='https://adc-clinics.com/"
        "privacy'>clinic privacy notice</a>.</p>",
        "Privacy Policy | Acme Dental",
    )
    assert status(pages, "links.unrelated_domain") == "passed"


def test_a_public_mailbox_does_not_make_its_provider_the_business() -> None:
    """Near miss: a gmail address does not make every Google-hosted page the business's."""
    pages = site(page(compliant_form() + "<p>Email acmedental@gmail.com</p>"))
    pages["/privacy"] = page(
        "<h1>Privacy Policy</h1><p>Our SMS terms: <a href='https://sites.gmail.com/acme/sms'>"
        "SMS Terms</a>.</p>",
        "Privacy Policy | Acme Dental",
    )
    result = run(pages, "links.unrelated_domain")
    assert [f.details["domain"] for f in result.findings] == ["gmail.com"]


def _terms_linking(body: str) -> dict[str, str]:
    pages = site(page(compliant_form()))
    pages["/terms"] = page(f"<h1>Terms</h1><p>Msg &amp; data rates may apply.</p>{body}", "Terms")
    return pages


def test_a_policy_link_to_a_deployment_host_is_the_flow_whatever_its_words() -> None:
    """A preview or staging copy (a hosting platform's per-deployment host) is off the
    registered domain, and a policy does not cite another company there."""
    pages = _terms_linking(
        "<p>See the <a href='https://main.x7k2p9q.amplifyapp.com/account.html'>"
        "Member Account Page</a>"
        " and <a href='https://acme-site-git-draft.vercel.app/'>Our Team</a>.</p>"
    )
    result = run(pages, "links.unrelated_domain")
    assert str(result.status) == "failed"
    assert sorted(f.details["domain"] for f in result.findings) == [
        "acme-site-git-draft.vercel.app",
        "x7k2p9q.amplifyapp.com",
    ]


def test_deployment_hosts_that_are_the_business_or_a_reference_do_not_fire() -> None:
    for body in (
        # the host carries the brand's name
        "<p>Patients: <a href='https://acmedental.netlify.app/forms'>new patient forms</a></p>",
        # a reference naming another project
        "<p>Maps by <a href='https://leaflet-maps.github.io/'>Leaflet Maps</a></p>",
        # an ordinary link whose words do not lead on, to an ordinary other domain
        "<p>Photos: <a href='https://photo-studio.example/'>our office</a></p>",
    ):
        assert status(_terms_linking(body), "links.unrelated_domain") == "passed", body
    # in the footer, a deployment host is the site's furniture, not the policy
    footer = site(page(compliant_form()))
    footer["/terms"] = page(
        "<h1>Terms</h1><p>Msg &amp; data rates may apply.</p>"
        "</main><footer><a href='https://main.x7k2p9q.amplifyapp.com/'>Preview</a></footer><main>",
        "Terms",
    )
    assert status(footer, "links.unrelated_domain") == "passed"


def test_a_document_fetched_because_the_campaign_names_it_does_not_make_its_host_the_brands() -> (
    None
):
    """Blind round 11 (a travel agency whose privacy policy lives on a policy-writing service's
    domain, registered as the campaign's privacy URL): the crawl fetches the page because the
    audit was given it; that says where the document is, not that its host is the brand's."""
    from analyzers.checks.links import related_domains
    from tests.snapshots import snapshot_from_pages

    policy = "https://www.policydocs-hub.com/p/acme/privacy"
    snapshot = snapshot_from_pages(
        {"/": page(f'<h1>Acme Dental</h1><a href="{policy}">Privacy</a>'), policy: page("x")}
    )
    snapshot.pages[1].discovered_by = "given"
    ctx = SimpleNamespace(snapshot=snapshot, campaign=None)
    assert "policydocs-hub.com" not in related_domains(ctx)
    # nor does the one page the crawl read because the site's policy link leads there
    snapshot.pages[1].discovered_by = "offsite_policy"
    assert "policydocs-hub.com" not in related_domains(ctx)
    # the brand's own pages, and pages the crawl was sent to from them, still count
    assert "acme-dental.com" in related_domains(ctx)
    snapshot.pages[1].discovered_by = "start"
    assert "policydocs-hub.com" in related_domains(ctx)


def _home_footer(links: str) -> dict[str, str]:
    pages = site(page(compliant_form()))
    pages["/"] = page(
        '<h1>Acme Dental</h1><p>Family dentistry.</p><a href="/signup">Text reminders</a>'
        f"<footer>{links}</footer>"
    )
    return pages


def test_the_site_s_own_policy_link_to_another_domain_fires() -> None:
    # blind round 12: the footer's Privacy Policy and Terms lead to a code-hosting site
    pages = _home_footer(
        '<a href="https://files.example-host.net/acme/privacy.txt">Privacy Policy</a> | '
        '<a href="https://files.example-host.net/acme/terms.txt">Terms of Service</a>'
    )
    result = run(pages, "links.unrelated_domain")
    assert str(result.status) == "failed"
    assert [f.details["domain"] for f in result.findings] == ["example-host.net"]
    assert "Privacy Policy" in result.findings[0].evidence


def test_another_company_s_policy_or_a_choices_form_is_not_the_site_s_policy_link() -> None:
    pages = _home_footer(
        'Protected by reCAPTCHA: the <a href="https://policies.google.com/privacy">Google '
        'Privacy Policy</a> applies. <a href="https://requests.example-portal.net/acme">Your '
        'Privacy Choices</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a>'
    )
    assert status(pages, "links.unrelated_domain") == "passed"


def test_a_policy_copy_on_a_brand_named_deployment_host_fires() -> None:
    """Blind real15 (a freight carrier on its own .com): the SMS terms' "Privacy Policy" link goes
    to a copy on acmedental.github.io. The host carries the brand's name, but the reviewer is
    sent to a second copy of the policy off the registered domain."""
    pages = _terms_linking(
        "<p>Read our <a href='https://acmedental.github.io/site/privacy-policy.html'>Privacy "
        "Policy</a>.</p>"
    )
    result = run(pages, "links.unrelated_domain")
    assert str(result.status) == "failed"
    assert result.findings[0].details["domain"] == "acmedental.github.io"
    assert "deployment host" in result.findings[0].message


def test_the_brands_own_app_on_a_deployment_host_is_still_related() -> None:
    # near miss: not a policy document, the brand's own forms app
    body = "<p>Patients: <a href='https://acmedental.github.io/forms'>new patient forms</a></p>"
    assert status(_terms_linking(body), "links.unrelated_domain") == "passed"


def test_a_policys_link_to_a_quote_form_on_another_domain_fires() -> None:
    """Blind real15 (a landscaper): the SMS terms say customers opt in through the quote request
    form, and the page's "Open the estimate form" button goes to a field-service vendor's
    domain: the opt-in happens off the brand's domain."""
    for text in ("Open the estimate form →", "Get a Free Estimate", "Request a Quote"):
        pages = _terms_linking(
            f"<p>Ready? <a href='https://fieldapp.example/new_quote/9f2c'>{text}</a></p>"
        )
        result = run(pages, "links.unrelated_domain")
        assert str(result.status) == "failed", text
        assert result.findings[0].details["domain"] == "fieldapp.example"


def test_quote_links_that_stay_home_or_name_another_company_do_not_fire() -> None:
    for body in (
        "<p><a href='https://www.acme-dental.com/quote'>Get a Free Estimate</a></p>",
        "<p>Compare: <a href='https://tools.example/est'>InsureCo's estimate tool</a></p>",
        "<p>Our reviews: <a href='https://reviews.example/acme'>what patients say</a></p>",
    ):
        assert status(_terms_linking(body), "links.unrelated_domain") == "passed", body


def _privacy_citing(body: str) -> dict[str, str]:
    pages = site(page(compliant_form()))
    pages["/privacy"] = page(f"<h1>Privacy Policy</h1>{body}", "Privacy Policy | Acme Dental")
    return pages


def test_a_policy_s_link_to_a_named_vendor_s_own_policy_is_a_reference() -> None:
    """Blind 19 (a consulting firm): the policy names the icon library it loads and links the
    library's own privacy page, the URL as the link's words. The heading or the line names the
    company whose domain it is: a reference, not the business's policy off its domain."""
    pages = _privacy_citing(
        "<h2>Glyph Forge Icons</h2><p>We load icons from a script library.</p>"
        "<p>The privacy policy of the library operator can be found here: "
        "<a href='https://glyphforge.example/privacy'>https://glyphforge.example/privacy</a></p>"
        "<h2>Web fonts</h2><p>The privacy policy of the font host Typecrate is at "
        "<a href='https://www.typecrate.example/legal/privacy'>"
        "https://www.typecrate.example/legal/privacy</a></p>"
    )
    assert status(pages, "links.unrelated_domain") == "passed"


def test_a_vendor_s_policy_linked_by_the_words_of_the_page_s_own_title() -> None:
    """Realworld, blind round 32 (an AI-receptionist business): under its own "Privacy Policy"
    title the policy says its texts go "through Twilio ... See Twilio's Privacy Notice" and its
    forms "through Web3Forms ... Please review their Privacy Policy": the link's words stand
    on the page's title line too, and the line that holds the link names the vendor. A
    reference, wherever the same words head the page. Near miss: "Read our Privacy Policy"
    linking another domain is still the business's own policy off its domain."""
    body = (
        "<p>Texts are delivered through Relaywire, which carries them to your carrier. See "
        "Relaywire's <a href='https://www.relaywire.example/legal/privacy'>Privacy Notice</a> "
        "for how it handles message data.</p><p>Form submissions go through Formpost. Please "
        "review their <a href='https://formpost.example/privacy'>Privacy Policy</a>.</p>"
    )
    assert status(_privacy_citing(body), "links.unrelated_domain") == "passed"
    own = "<p>Read our <a href='https://policyhost.example/acme'>Privacy Policy</a>.</p>"
    assert status(_privacy_citing(own), "links.unrelated_domain") == "failed"


def test_the_business_s_own_policy_on_another_domain_still_fires() -> None:
    """Near misses: "our privacy policy" on a generator's domain is the business's own policy
    even where the line names the generator; a line that names no one is the flow too."""
    for body in (
        "<p>Read our full privacy policy, hosted by Policykit: <a "
        "href='https://policykit.example/acme/privacy'>https://policykit.example/acme/privacy"
        "</a></p>",
        "<p>Full text: <a href='https://files.policyhost.example/acme/privacy'>Privacy "
        "details</a></p>",
    ):
        assert status(_privacy_citing(body), "links.unrelated_domain") == "failed", body


def test_a_policy_pointing_to_a_carrier_s_own_notice_under_its_short_name() -> None:
    """Blind 21 (an insurance agency): "payment data is handled by Ethos. Their privacy
    notice: privacy.ethoslife.com/policies". The line gives the document to the company it
    names, and the company's short name begins its domain's name: a reference to that
    company's own policy, not the business's policy off its domain."""
    pages = _privacy_citing(
        "<h2>Payments</h2><p>Card data is handled and stored by <strong>Ledgerline</strong>. "
        "Their privacy notice: <a href='https://privacy.ledgerlinepay.com/policies'>"
        "privacy.ledgerlinepay.com/policies</a>.</p>"
    )
    assert status(pages, "links.unrelated_domain") == "passed"


def test_a_short_name_alone_or_our_policy_still_fires() -> None:
    """Near misses: without "their" (whose document it is) a short name that begins the
    domain proves nothing; "our privacy policy" is the business's own document; and a
    company named in the line that does not begin the domain is someone else."""
    for body in (
        "<p>Card data is handled by Ledgerline. Privacy details: <a "
        "href='https://privacy.ledgerlinepay.com/policies'>privacy.ledgerlinepay.com/"
        "policies</a></p>",
        "<p>Card data is handled by Ledgerline. Our privacy notice: <a "
        "href='https://privacy.ledgerlinepay.com/policies'>privacy.ledgerlinepay.com/"
        "policies</a></p>",
        "<p>Card data is handled by Ledgerline. Their privacy notice: <a "
        "href='https://privacy.quillpay.com/policies'>privacy.quillpay.com/policies</a>"
        "</p>",
    ):
        assert status(_privacy_citing(body), "links.unrelated_domain") == "failed", body


def _signup_page(link: str) -> dict[str, str]:
    pages = _privacy_citing("<p>We never share your mobile number.</p>")
    pages["/join"] = page(
        f"<h1>Stay in touch</h1><p>Get our weekly news and sale reminders.</p>{link}",
        "Join | Acme Dental",
    )
    pages["/"] = pages["/"].replace("</body>", "<a href='/join'>Join</a></body>")
    return pages


def test_a_text_alerts_button_to_a_form_on_another_domain_fires() -> None:
    """Blind 21 (a garden centre): the newsletter page's "Text Alerts" button leads to the
    sign-up form on an agency's domain. That button is the way into the opt-in flow: where it
    leads is what a reviewer follows."""
    result = run(
        _signup_page(
            "<a href='https://forms.leafagency.com/widget/form/abc'><button>Text Alerts</button>"
            "</a>"
        ),
        "links.unrelated_domain",
    )
    assert str(result.status) == "failed"
    assert "leafagency.com" in result.findings[0].evidence


def test_a_text_sign_up_on_the_own_domain_or_an_article_link_passes() -> None:
    """Near misses: the same button to the business's own form, and a link that only talks
    about text alerts (an article elsewhere), are no off-site opt-in flow."""
    for link in (
        "<a href='/text-signup'><button>Text Alerts</button></a>",
        "<a href='https://gardenwriters.com/why-alerts'>Read about text alerts</a>",
    ):
        assert status(_signup_page(link), "links.unrelated_domain") == "passed", link


def _framing(path: str, title: str) -> tuple[object, object]:
    """A site whose page at `path` frames a document from a policy host, and whose framed
    document's own (hidden) footer links back to that host, as the crawl reads it."""
    from analyzers.context import AnalysisContext, AuditOptions
    from analyzers.registry import all_checks, run_check
    from tests.snapshots import snapshot_from_pages

    host = "https://policies.docuwriter.net"
    pages = site(page(compliant_form()))
    pages[path] = page(
        f'<h1>{title}</h1><iframe src="{host}/p/acme/doc.html"></iframe>'
        f'<p>We never share numbers.</p><a href="{host}/privacy">Privacy Policy</a>',
        f"{title} | Acme Dental",
    )
    snapshot = snapshot_from_pages(pages)
    framing = next(p for p in snapshot.pages if p.url.endswith(path))
    framing.frames = [f"{host}/p/acme/doc.html"]
    ctx = AnalysisContext(snapshot=snapshot, campaign=None, options=AuditOptions())
    return ctx, run_check(all_checks()["links.unrelated_domain"], ctx)


def test_the_host_whose_frame_is_the_brands_policy_page_is_not_another_business() -> None:
    """Blind 26 (a surveying firm): its /privacy frames the whole policy from a policy host on
    no list, and the framed document's footer links back to that host. What the brand's own
    policy URL shows is the brand's policy: the host is related."""
    from analyzers.checks.links import related_domains

    ctx, result = _framing("/privacy", "Privacy Policy")
    assert "docuwriter.net" in related_domains(ctx)
    assert str(result.status) == "passed"


def test_a_frame_on_a_page_that_is_no_policy_does_not_make_its_host_related() -> None:
    """Near miss: a contact page framing some host says nothing of whose policy that host
    serves, and the site's "Privacy Policy" link to it is still judged."""
    from analyzers.checks.links import related_domains

    ctx, result = _framing("/contact", "Contact us")
    assert "docuwriter.net" not in related_domains(ctx)
    assert str(result.status) == "failed"


def test_round_28_a_booking_page_on_a_scheduling_platform_is_the_business_s() -> None:
    """Blind real28b (a detailer): the booking form's "Open Booking Page" goes to the
    business's page on a CRM's scheduler (platform/book/<id>). The platform acts for the
    business, as calendly.com does; no list of hosts holds every new one, the URL's shape and
    the link's words say it is a booking page."""
    for href, text in (
        ("https://crmbooker.example/book/5f1e0c9a-22d1", "Open Booking Page"),
        ("https://app.slotwise.example/acme-dental", "Book now"),
        ("https://slotwise.example/schedule/acme-dental/cleaning", "Pick a time"),
    ):
        assert status(_with_link(href, text), "links.unrelated_domain") == "passed", href


def test_round_28_policy_or_bare_platform_links_still_fire() -> None:
    """Near misses: a privacy or terms link to another company's domain, even under a booking
    path, and a booking call to a platform's home page are not the business's booking page."""
    for href, text in (
        ("https://otherco.example/privacy", "Privacy Policy"),
        ("https://crmbooker.example/book/privacy", "Privacy Policy"),
        ("https://crmbooker.example/booking/terms", "SMS Terms"),
        ("https://crmbooker.example/", "Book now"),
        ("https://crmbooker.example/deals", "See our deals"),
    ):
        assert status(_with_link(href, text), "links.unrelated_domain") == "failed", href


def _post(title: str, link: str) -> dict[str, str]:
    pages = _privacy_citing("<p>We never share your mobile number.</p>")
    pages["/news/alerts"] = page(
        f"<h1>{title}</h1><p>We send short texts when the office closes for weather.</p>"
        f"<p>It takes a minute: just fill out {link}.</p>",
        f"{title} | Acme Dental",
    )
    pages["/"] = pages["/"].replace("</body>", "<a href='/news/alerts'>News</a></body>")
    return pages


def test_a_shortened_link_into_the_text_sign_up_fires() -> None:
    """Blind round 39 (a congregation's post): the page invites members to sign up for text
    alerts and reaches the form only through "this form" -> bit.ly. That link is the first
    step of the opt-in flow; so is a "Text Alerts" button to a shortener."""
    for title, link in (
        ("Sign Up for Urgent Text Alerts", "<a href='https://bit.ly/acme-consent'>this form</a>"),
        ("Join our SMS list", "<a href='https://tinyurl.com/acme-sms'>the consent form</a>"),
        ("Office news", "<a href='https://bit.ly/acme-sms'>Text Alerts</a>"),
    ):
        result = run(_post(title, link), "links.public_shortener")
        assert str(result.status) == "failed", title
        assert "text sign-up" in result.findings[0].message


def test_a_shortened_form_link_on_a_page_about_something_else_passes() -> None:
    """Near misses: a form behind a shortener on a page that invites no text sign-up (the
    heading speaks of texts without inviting a sign-up, or of another sign-up), and a
    shortened link on the sign-up page that names no form."""
    for title, link in (
        ("Office news", "<a href='https://bit.ly/acme-forms'>this form</a>"),
        ("Text us your questions", "<a href='https://bit.ly/acme-forms'>this form</a>"),
        ("Sign up for our newsletter", "<a href='https://bit.ly/acme-forms'>this form</a>"),
        ("Sign Up for Text Alerts", "<a href='https://bit.ly/acme-map'>our office map</a>"),
    ):
        assert status(_post(title, link), "links.public_shortener") == "passed", title
