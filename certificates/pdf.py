"""PDF rendering with WeasyPrint. Pure presentation: no database writes.

WeasyPrint only reads the project's own files: the fetcher allows `data:` URIs and `file:`
URLs inside the certificate fonts folder, and nothing else (no network, no other files), so
content in a certificate can never make the renderer read elsewhere. Images (the provider's
logo and signature) come in as `data:` URIs read through their storage, which may be a folder
or an object-storage bucket.
"""

import base64
from pathlib import Path
from urllib.parse import unquote, urlparse

import segno
from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

FONTS_DIR = Path(__file__).resolve().parent / "static" / "certificates" / "fonts"


class ProjectFileFetcher(URLFetcher):
    def __init__(self):
        super().__init__(allowed_protocols={"file", "data"}, fail_on_errors=True)
        self.roots = [FONTS_DIR.resolve()]

    def fetch(self, url, headers=None):
        if url.startswith("file:"):
            path = Path(unquote(urlparse(url).path)).resolve()
            if not any(path.is_relative_to(root) for root in self.roots):
                raise ValueError(f"Certificates may not read {path}")
        return super().fetch(url, headers)


def qr_svg_data_uri(url: str) -> str:
    return segno.make(url, error="m").svg_data_uri(scale=4, border=0, dark="#1d2327")


def image_data_uri(image) -> str | None:
    """A `data:` URI of a Wagtail image's original file, or None without one."""
    if image is None:
        return None
    try:
        with image.file.open("rb") as file:
            content = file.read()
    except (OSError, ValueError):
        return None
    kind = IMAGE_TYPES.get(Path(image.file.name).suffix.lower())
    if kind is None:
        return None
    return f"data:{kind};base64,{base64.b64encode(content).decode()}"


# The types WAGTAILIMAGES_EXTENSIONS allows.
IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
}


# Archival and accessible: PDF/A-3 level A is PDF/A-3b plus a tagged structure tree (reading
# order, headings, tables and image alternatives for screen readers), with fonts embedded.
PDF_VARIANT = "pdf/a-3a"


_font_config = None


def font_config() -> FontConfiguration:
    """One font configuration per process. A new one per render leaks its fontconfig state:
    a worker grew by about 0.3 MiB a render; shared, it stays flat (and renders faster)."""
    global _font_config
    if _font_config is None:
        _font_config = FontConfiguration()
    return _font_config


def render_document(template: str, context: dict):
    """The laid-out document (pages and boxes), before it is written as a PDF."""
    html = render_to_string(template, {**context, "fonts_url": FONTS_DIR.resolve().as_uri()})
    return HTML(string=html, base_url=FONTS_DIR.as_uri(), url_fetcher=ProjectFileFetcher()).render(
        pdf_variant=PDF_VARIANT, font_config=font_config()
    )


def render_pdf(template: str, context: dict) -> bytes:
    """An archival, tagged PDF of `template`; its <title>, <html lang> and author <meta>
    become the PDF's metadata."""
    return render_document(template, context).write_pdf(pdf_variant=PDF_VARIANT)
