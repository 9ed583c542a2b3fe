"""A PDF's text, read into a page (a linked privacy policy is often a PDF)."""

from __future__ import annotations

import io

from crawler.snapshot import Page

MAX_PDF_PAGES = 200


class UnreadablePdf(Exception):
    """pypdf could not read the file; the message says why."""


def is_pdf(body: bytes, content_type: str) -> bool:
    return "pdf" in content_type or body[:5] == b"%PDF-"


def pdf_page(body: bytes, url: str, status: int, depth: int) -> Page:
    """The page a PDF makes: its text (the first MAX_PDF_PAGES pages), its first line as title."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(body))
        text = "\n".join((p.extract_text() or "") for p in reader.pages[:MAX_PDF_PAGES])
    except Exception as exc:  # a broken or hostile file: said in a note, never fatal
        raise UnreadablePdf(str(exc)) from exc
    title = text.strip().splitlines()[0][:200] if text.strip() else ""
    return Page(
        url=url,
        final_url=url,
        status=status,
        content_type="application/pdf",
        title=title,
        text=text,
        depth=depth,
        text_source="pdf",
        main_text_words=len(text.split()),
    )
