"""The certificate's layout holds whatever it prints: stress renders stay on one page, inside
the border, with no text or image overlapping another. Renders are kept as test artefacts in
var/test-artifacts/certificates/ (VAR_DIR)."""

import io
import itertools
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from pypdf import PdfReader
from weasyprint.formatting_structure import boxes

from certificates.models import Certificate
from certificates.pdf import qr_svg_data_uri, render_document
from certificates.services import is_dense
from tests.factories.images import image_data_uri_for_test

ARTEFACTS = Path(settings.VAR_DIR) / "test-artifacts" / "certificates"
NCBTMB_STATEMENT = "Approved by NCBTMB as a continuing education Approved Provider"
SIX_APPROVALS = [
    {"body": body, "number": number, "statement": statement}
    for body, number, statement in [
        ("NCBTMB", "451234-11", NCBTMB_STATEMENT),
        ("Florida Board of Massage Therapy", "50-12345", ""),
        ("Texas Department of Licensing and Regulation", "CE-0042", ""),
        ("New York State Education Department", "NY-99821", ""),
        ("Natural Health Practitioners of Canada", "NHPC-7731", ""),
        ("CE Broker", "50-30117", ""),
    ]
]
COURSE_APPROVALS = [
    {"body": "NCBTMB", "number": "CE-7788-2026-HS", "hours": "3.00"},
    {"body": "Florida Board of Massage Therapy", "number": "20-1234567", "hours": "3.00"},
]


def certificate(**fields) -> Certificate:
    values = {
        "title": "Certificate of Achievement",
        "number": "CE-2026-000042",
        "code": "x" * 32,
        "learner_name": "Jordan Reyes",
        "designation": "LMT",
        "learner_type": "therapist",
        "licence_number": "MA12345",
        "licensing_body": "Florida Board of Massage Therapy",
        "jurisdiction": "Florida",
        "course_title": "Myofascial Release and Trigger Point Therapy",
        "course_approvals": COURSE_APPROVALS[:1],
        "course_type": "Home study",
        "delivery": "Home study, online, self-paced",
        "instructors": "Priya Natarajan, RMT",
        "topic": "Techniques",
        "ce_hours": Decimal("3.00"),
        "final_score": Decimal("92.5"),
        "completed_on": date(2026, 11, 27),
        "expires_on": None,
        "provider_name": "Harbourview Massage Education",
        "provider_address": "210 Harbourview Road, Suite 4\nTampa, FL 33602, USA",
        "provider_email": "records@harbourview-ce.example",
        "provider_approvals": SIX_APPROVALS[:2],
        "signatory_name": "Dana Whitfield, LMT",
        "signatory_title": "Director of Education",
    }
    values.update(fields)
    return Certificate(**values)


STRESS = {
    "typical": {},
    "long-name-and-suffix": {
        "learner_name": "Maria-Fernanda de los Ángeles Santisteban-Oyelaran Jr.",
        "designation": "LMT, BCTMB",
    },
    "two-hundred-character-title": {
        "course_title": (
            "Clinical Reasoning for Massage Therapists: Assessment, Contraindications, "
            "Referral and Documentation for Clients with Chronic Pain, Anticoagulant Therapy "
            "and Recent Surgery, Part Two"
        )[:200],
    },
    "six-approvals-and-expiry": {
        "provider_approvals": SIX_APPROVALS,
        "course_approvals": COURSE_APPROVALS,
        "expires_on": date(2028, 11, 27),
    },
    "non-latin-names": {
        "learner_name": "Zoë Łukasiewicz-Øberg 王秀英",
        "instructors": "François Côté, RMT; Ngozi Okonkwo-Adébáyọ̀, LMT; Σοφία Παπαδοπούλου",
    },
    "everything-at-once": {
        "learner_name": "Maria-Fernanda de los Ángeles Santisteban-Oyelaran Jr.",
        "designation": "LMT, BCTMB",
        "course_title": "Clinical Reasoning for Massage Therapists: "
        + "Assessment and Referral " * 6,
        "provider_approvals": SIX_APPROVALS,
        "course_approvals": COURSE_APPROVALS,
        "expires_on": date(2028, 11, 27),
        "instructors": "François Côté, RMT; Ngozi Okonkwo-Adébáyọ̀, LMT; Σοφία Παπαδοπούλου",
    },
}  # fmt: skip


def render(cert: Certificate, *, with_images: bool):
    context = {
        "certificate": cert,
        "compact": is_dense(cert),
        "verify_url": f"https://ce.example.org/verify/{cert.code}/",
        "qr_uri": qr_svg_data_uri(f"https://ce.example.org/verify/{cert.code}/"),
        "logo_url": image_data_uri_for_test(600, 200) if with_images else None,
        "signature_url": image_data_uri_for_test(500, 150) if with_images else None,
    }
    return render_document("certificates/pdf/certificate.html", context)


def leaves(box):
    """Every piece of text and every image, with its box."""
    if isinstance(box, boxes.TextBox | boxes.ReplacedBox):
        yield box
    for child in getattr(box, "children", []):
        yield from leaves(child)


def find(box, css_class):
    if css_class in (box.element.get("class", "").split() if box.element is not None else []):
        return box
    for child in getattr(box, "children", []):
        found = find(child, css_class)
        if found is not None:
            return found
    return None


def rect(box):
    return (box.position_x, box.position_y, box.margin_width(), box.margin_height())


def overlaps(a, b, slack=0.5) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return (
        ax + aw - slack > bx
        and bx + bw - slack > ax
        and ay + ah - slack > by
        and by + bh - slack > ay
    )


@pytest.mark.parametrize("name", list(STRESS))
def test_stress_renders_fit_one_page_without_overlap(name):
    cert = certificate(**STRESS[name])
    document = render(cert, with_images=True)
    assert len(document.pages) == 1, f"{name}: {len(document.pages)} pages"
    page = document.pages[0]._page_box
    frame = find(page, "frame")
    # Inside the border: the frame's padding box.
    fx, fy = frame.padding_box_x(), frame.padding_box_y()
    fw, fh = frame.padding_width(), frame.padding_height()
    pieces = [piece for piece in leaves(page) if piece.width > 0]
    texts = [p for p in pieces if isinstance(p, boxes.TextBox) and p.text.strip()]
    images = [p for p in pieces if isinstance(p, boxes.ReplacedBox)]
    assert len(images) == 3  # logo, signature, QR code
    for piece in texts + images:
        x, y, w, h = rect(piece)
        assert fx - 0.5 <= x and x + w <= fx + fw + 0.5, (name, getattr(piece, "text", piece))
        assert fy - 0.5 <= y and y + h <= fy + fh + 0.5, (name, getattr(piece, "text", piece))
    for a, b in itertools.combinations(texts + images, 2):
        assert not overlaps(rect(a), rect(b)), (
            name,
            getattr(a, "text", "image"),
            getattr(b, "text", "image"),
        )
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    pdf = document.write_pdf(pdf_variant="pdf/a-3a")
    (ARTEFACTS / f"{name}.pdf").write_bytes(pdf)
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    for value in (cert.number, cert.provider_approvals[-1]["number"], cert.signatory_name):
        assert value in text, (name, value)
