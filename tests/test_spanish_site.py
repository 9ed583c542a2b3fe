"""A Spanish-only site is judged like an English one: its policy pages, consent box and policy
sentences are read in Spanish; an English site with a Spanish page is not changed by it."""

from __future__ import annotations

import pytest

from analyzers.analyze import analyze
from analyzers.policy.recognize import recognize
from analyzers.registry import family_ids
from analyzers.text.vocabulary import vocabulary
from crawler.page_builder import build_page
from crawler.roles import page_roles
from crawler.snapshot import Page
from tests.snapshots import snapshot_from_pages

BASE = "https://www.cerrajeriaelfaro.com/"
CHECKS = [*family_ids("privacy"), *family_ids("terms"), *family_ids("optin")]
FOOTER = (
    '<a href="/privacidad">Aviso de privacidad</a> · <a href="/terminos">Términos y condiciones</a>'
)


def html(title: str, body: str, footer: str = FOOTER, lang: str = "es") -> str:
    return (
        f'<html lang="{lang}"><head><title>{title} | Cerrajería El Faro</title></head><body>'
        '<header><a href="/">Cerrajería El Faro</a><nav><a href="/">Inicio</a>'
        '<a href="/cita">Cita</a></nav></header>'
        f"<main>{body}</main><footer>{footer} <p>© 2026 Cerrajería El Faro</p></footer>"
        "</body></html>"
    )


HOME = html(
    "Inicio",
    "<h1>Cerrajeros en Tucson</h1><p>Cerrajería El Faro abre puertas, cambia chapas y "
    "duplica llaves de casa y de auto. Servicio de emergencia las 24 horas.</p>",
)
DISCLOSURE = (
    "Al marcar la casilla, acepta recibir mensajes de texto de Cerrajería El Faro sobre su "
    "cita y la llegada del técnico. Pueden aplicarse tarifas de mensajes y datos. "
    "Para cancelar, responda ALTO o STOP."
)
FORM = html(
    "Cita",
    '<h1>Pida una cita</h1><form method="post" action="/cita">'
    '<label>Nombre <input name="nombre" required></label>'
    '<label>Celular <input type="tel" name="celular"></label>'
    '<label><input type="checkbox" name="sms"> Quiero recibir mensajes de texto sobre mi '
    "cita.</label>"
    f'<p class="fine">{DISCLOSURE} <a href="/privacidad">Aviso de privacidad</a> · '
    '<a href="/terminos">Términos</a></p><button>Enviar</button></form>',
)
SMS_PROMISE = (
    "<p>No vendemos ni compartimos su número de celular ni su consentimiento para mensajes de "
    "texto con terceros ni afiliados para fines de marketing.</p>"
)
OPT_OUT = "<p>Para dejar de recibir mensajes de texto, responda ALTO en cualquier momento.</p>"


def privacy(*paragraphs: str) -> str:
    return html(
        "Privacidad",
        "<h1>Aviso de privacidad</h1><p>Cerrajería El Faro recopila su nombre, teléfono y "
        "dirección para programar el servicio y avisarle cuando llega el técnico.</p>"
        "<p>Usamos su información personal solo para atender su solicitud y protegemos sus "
        "datos con medidas de seguridad razonables.</p>" + "".join(paragraphs),
    )


TERMS = html(
    "Términos",
    "<h1>Términos y condiciones</h1><p>Al solicitar un servicio acepta estos términos. Los "
    "precios se confirman antes de empezar el trabajo.</p><h2>Mensajes de texto</h2><p>"
    "Cerrajería El Faro envía mensajes sobre citas y la llegada del técnico. La frecuencia de "
    "mensajes varía. Pueden aplicarse tarifas de mensajes y datos. Responda AYUDA para ayuda; "
    "responda ALTO o STOP para cancelar. Los operadores no son responsables de mensajes "
    'retrasados o no entregados. <a href="/privacidad">Aviso de privacidad</a>.</p>',
)


def failed(pages: dict[str, str]) -> set[str]:
    analysis = analyze(snapshot_from_pages(pages, base=BASE), only=CHECKS)
    return {r.spec.id for r in analysis.results if str(r.status) == "failed"}


def site(privacy_page: str) -> dict[str, str]:
    return {"/": HOME, "/cita": FORM, "/privacidad": privacy_page, "/terminos": TERMS}


class TestSpanishOnlySite:
    def test_policies_and_consent_box_are_found_and_read(self) -> None:
        found = failed(site(privacy(SMS_PROMISE, OPT_OUT)))
        # the form is an opt-in, its links lead to the policies, and both policies are read:
        # what is left is what the Spanish disclosure really lacks (frequency, AYUDA)
        assert {"optin.frequency_missing", "optin.help_missing"} <= found
        assert not found & {
            "optin.form_missing",
            "optin.privacy_link_missing",
            "optin.terms_link_missing",
            "privacy.missing",
            "privacy.no_sms_clause",
            "privacy.opt_out_missing",
            "terms.missing",
            "terms.message_type_missing",
            "terms.frequency_missing",
            "terms.help_missing",
            "terms.stop_missing",
            "terms.carrier_liability_missing",
        }

    def test_policy_without_the_sms_promise_or_the_opt_out_fails_them(self) -> None:
        found = failed(site(privacy("<p>No vendemos su información personal.</p>")))
        assert {"privacy.no_sms_clause", "privacy.opt_out_missing"} <= found
        assert "privacy.missing" not in found

    def test_a_spanish_services_page_linked_as_the_policy_is_not_one(self) -> None:
        services = html(
            "Servicios",
            "<h1>Servicios</h1><p>Abrimos puertas de casa y de auto, cambiamos chapas, "
            "instalamos cerraduras inteligentes y duplicamos llaves con chip. Atendemos todo "
            "Tucson y Marana, de día y de noche, con técnicos certificados.</p>",
        )
        found = failed({"/": HOME, "/cita": FORM, "/privacidad": services, "/terminos": TERMS})
        assert "privacy.not_a_policy" in found


class TestRoles:
    @pytest.mark.parametrize(
        ("url", "title", "role"),
        [
            ("https://x.com/privacidad", "Privacidad", "privacy"),
            ("https://x.com/aviso", "Política de privacidad", "privacy"),
            ("https://x.com/terminos", "Términos y condiciones", "terms"),
            ("https://x.com/legal/uso", "Condiciones de uso", "terms"),
        ],
    )
    def test_spanish_names_of_policies(self, url: str, title: str, role: str) -> None:
        assert role in page_roles(Page(url=url, title=title))

    @pytest.mark.parametrize(
        ("url", "title"),
        [
            ("https://x.com/es/", "Español"),
            ("https://x.com/servicios", "Servicios | Condiciones del camino"),
            ("https://x.com/blog/seguridad", "Cómo proteger su casa"),
        ],
    )
    def test_other_spanish_pages_play_no_policy_role(self, url: str, title: str) -> None:
        assert not {"privacy", "terms"} & set(page_roles(Page(url=url, title=title)))


class TestEnglishSiteWithASpanishPage:
    def test_espanol_link_changes_nothing(self) -> None:
        footer = '<a href="/privacy">Privacy Policy</a> <a href="/es/">Español</a>'
        home = html(
            "Home",
            "<h1>Locksmiths in Tucson</h1><p>We open doors and rekey locks, day and night.</p>",
            footer=footer,
            lang="en",
        )
        spanish_home = html(
            "Inicio",
            "<h1>Cerrajeros en Tucson</h1><p>Abrimos puertas y cambiamos chapas, de día y de "
            "noche. Su privacidad nos importa: lea nuestra política.</p>",
            footer=footer,
        )
        english_policy = html(
            "Privacy Policy",
            "<h1>Privacy Policy</h1><p>El Faro Locksmiths collects your name and phone number "
            "to schedule service. We use your information only to answer your request and we "
            "protect it with reasonable security. We do not sell your personal information. "
            "No mobile information will be shared with third parties or affiliates for "
            "marketing or promotional purposes. Reply STOP to stop text messages at any "
            "time.</p>",
            footer=footer,
            lang="en",
        )
        pages = {"/": home, "/es/": spanish_home, "/privacy": english_policy}
        roles = {p.url: p.roles for p in snapshot_from_pages(pages, base=BASE).pages}
        assert not {"privacy", "terms"} & set(roles[BASE + "es/"])
        found = failed(pages)
        assert not found & {"privacy.missing", "privacy.no_sms_clause", "privacy.opt_out_missing"}


class TestSpanishWords:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Quiero recibir mensajes de texto sobre mi cita.",
            "Al marcar esta casilla, acepta recibir mensajes de texto de Acme.",
            "Sí, envíenme mensajes SMS con mis recordatorios.",
        ],
    )
    def test_a_spanish_consent_to_texts(self, sentence: str) -> None:
        assert {"sms_channel", "consent"} <= vocabulary("optin").labels_in(sentence)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Quiero recibir el boletín por correo electrónico.",  # email, not texts
            "Acepto los términos y condiciones.",  # terms, not texts
            "El texto de la garantía está en su factura.",  # "texto" as writing
        ],
    )
    def test_not_a_consent_to_texts(self, sentence: str) -> None:
        assert "sms_channel" not in vocabulary("optin").labels_in(sentence)

    def test_spanish_opt_out_instruction(self) -> None:
        disclosure = vocabulary("disclosure")
        assert "stop" in disclosure.labels_in("Puede darse de baja en cualquier momento.")
        assert "stop" not in disclosure.labels_in("Para cancelar su cita, llame al 555-0100.")

    def test_short_spanish_page_titled_privacy_with_a_handling_statement(self) -> None:
        body = (
            "Acme recopila su nombre y teléfono. No vendemos ni compartimos su información "
            "con terceros."
        )
        assert recognize(
            "privacy", status=200, title="Aviso de privacidad", headings=[], body=body * 3
        ).is_document
        page = build_page(html("Cita", "<p>Llame hoy.</p>"), BASE + "cita")
        assert "privacy" not in page.roles
