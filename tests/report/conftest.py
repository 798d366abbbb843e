"""Shared helpers for the PDF handout tests: build once, read text with pypdf."""

from __future__ import annotations

import io
import re
import unicodedata

import pytest


def pdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def squash(text: str) -> str:
    """Text without whitespace (line breaks from wrapping differ between input and PDF)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


@pytest.fixture(scope="session")
def en_content():
    from decisionaid.content.loader import load

    return load("en")


@pytest.fixture(scope="session")
def zh_content():
    """The Simplified Chinese pack."""
    from decisionaid.content.loader import load

    return load("zh-CN")


@pytest.fixture
def demo(en_content):
    from decisionaid.model.demo import demo_session

    return demo_session(en_content)


@pytest.fixture(scope="session")
def demo_pdf(en_content) -> bytes:
    from decisionaid.model.demo import demo_session
    from decisionaid.report.builder import build_pdf

    return build_pdf(demo_session(en_content), en_content)


@pytest.fixture(scope="session")
def demo_pages(demo_pdf) -> list[str]:
    return pdf_pages(demo_pdf)


def body_text(data: bytes) -> str:
    """All pages' text without the running header and footer (drawn last on each page), so
    text that flows from one page to the next reads as one piece."""
    pages = pdf_pages(data)
    out = []
    for number, text in enumerate(pages, start=1):
        cut = text.rfind(f"Page {number} of {len(pages)}")
        out.append(text[:cut] if cut >= 0 else text)
    return "\n".join(out)
