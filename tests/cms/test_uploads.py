"""Editors upload only the image and document types a course needs, within size limits."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser(email="a@example.com"))
    return client


def test_an_svg_image_is_refused(admin_client):
    upload = SimpleUploadedFile("diagram.svg", SVG, content_type="image/svg+xml")
    response = admin_client.post(reverse("wagtailimages:add"), {"title": "Diagram", "file": upload})
    assert response.status_code == 200
    assert "Not a supported image format" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_an_oversized_image_is_refused(admin_client, settings):
    import io
    import os

    from PIL import Image

    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    buffer = io.BytesIO()
    Image.frombytes("RGB", (64, 64), os.urandom(64 * 64 * 3)).save(buffer, format="PNG")
    upload = SimpleUploadedFile("big.png", buffer.getvalue(), content_type="image/png")
    response = admin_client.post(reverse("wagtailimages:add"), {"title": "Big", "file": upload})
    assert "This file is too big" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_document_types_are_limited(admin_client):
    upload = SimpleUploadedFile("run.html", b"<script>alert(1)</script>", content_type="text/html")
    response = admin_client.post(reverse("wagtaildocs:add"), {"title": "Page", "file": upload})
    assert response.status_code == 200
    html = response.content.decode()
    assert "File extension “html” is not allowed" in html and "pdf, docx" in html
