"""What every public page says about the provider, the home page's content, the favicon."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import ProviderSettings
from tests.factories import CoursePageFactory

pytestmark = pytest.mark.django_db


PROVIDER = {
    "name": "Gulf Coast Massage Education",
    "address": "12 Harbor Street\nTampa, FL 33602",
    "email": "records@gulfcoast.example",
    "website": "https://gulfcoast.example",
    "approvals": [
        (
            "approval",
            {
                "body": "NCBTMB",
                "number": "451234-11",
                "statement": "Approved by NCBTMB as a continuing education Approved Provider",
            },
        ),
        ("approval", {"body": "Florida Board of Massage Therapy", "number": "50-12345"}),
    ],
}


@pytest.fixture
def provider(db):
    """The CE provider with contact details and two approvals, one with its own statement."""
    provider = ProviderSettings.load()
    for field, value in PROVIDER.items():
        setattr(provider, field, value)
    provider.save()
    return provider


def footer(html: str) -> str:
    return html[html.index('<footer class="site-footer">') :]


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


@pytest.mark.parametrize("url", ["/", "/courses/", "/accounts/login/", "/no-such-page/"])
def test_every_page_names_the_provider_its_contact_and_approvals(client, catalog, provider, url):
    html = footer(client.get(url).content.decode())
    assert '<h2 id="footer-provider" class="site-footer__heading">Gulf Coast Massage' in html
    assert "12 Harbor Street<br>Tampa, FL 33602" in html
    assert '<a href="mailto:records@gulfcoast.example">records@gulfcoast.example</a>' in html
    assert '<a href="https://gulfcoast.example">' in html
    approvals = text(html)
    assert "Approved by NCBTMB as a continuing education Approved Provider, #451234-11" in approvals
    assert "Approved provider of Florida Board of Massage Therapy, #50-12345" in approvals
    assert '<a href="/verify/">Verify a certificate</a>' in html


def test_without_approvals_the_footer_still_names_the_provider(client, home):
    html = footer(client.get("/").content.decode())
    assert "Massage CE" in html  # the provider settings' default name
    assert "Approved provider" not in html


def test_home_page_shows_the_newest_published_courses(client, catalog, provider):
    titles = ["Oldest", "Older", "Newer", "Newest"]
    for title in titles:
        CoursePageFactory(parent=catalog, title=title)
    draft = CoursePageFactory(parent=catalog, title="Draft course")
    draft.unpublish()
    html = client.get("/").content.decode()
    featured = html[html.index('<h2 id="featured-heading">') : html.index("See all courses")]
    shown = re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', featured)
    assert shown == ["Newest", "Newer", "Older"]
    assert "Draft course" not in html
    assert '<a href="/courses/">See all courses</a>' in html


def test_home_page_shows_the_chosen_courses_in_their_order(client, home, catalog):
    first, second, unpublished = (
        CoursePageFactory(parent=catalog, title=title) for title in ("First", "Second", "Gone")
    )
    CoursePageFactory(parent=catalog, title="Not chosen")
    unpublished.unpublish()
    home.featured_courses = [("course", second), ("course", unpublished), ("course", first)]
    home.save_revision().publish()
    html = client.get("/").content.decode()
    shown = re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)
    assert shown == ["Second", "First"]


def test_home_page_lists_the_provider_approvals(client, home, provider):
    html = client.get("/").content.decode()
    section = html[html.index('<h2 id="approvals-heading">') : html.index("<footer")]
    assert "Gulf Coast Massage Education holds these continuing education approvals:" in section
    assert "#451234-11" in section and "#50-12345" in section


def test_home_page_queries_do_not_grow_with_featured_courses(client, catalog, provider):
    def count() -> int:
        client.get("/")
        with CaptureQueriesContext(connection) as ctx:
            client.get("/")
        return len(ctx)

    CoursePageFactory(parent=catalog)
    one = count()
    for _ in range(5):
        CoursePageFactory(parent=catalog)
    assert count() == one


def test_favicon_is_linked_and_served_from_the_site(client, home):
    html = client.get("/").content.decode()
    head = html[: html.index("</head>")]
    links = re.findall(r'<link rel="(?:icon|apple-touch-icon)" href="([^"]+)"', head)
    assert len(links) == 3 and all(link.startswith("/static/cms/img/") for link in links), links
    served = {link: client.get(link) for link in links}
    types = {link.rsplit(".", 1)[1]: response["Content-Type"] for link, response in served.items()}
    assert all(response.status_code == 200 for response in served.values())
    assert types["svg"].startswith("image/svg+xml")
    assert types["png"] == "image/png"
    assert types["ico"] in {"image/x-icon", "image/vnd.microsoft.icon"}
    # Nothing in the head comes from another site.
    assert not re.search(r'(?:href|src)="(?:https?:)?//', head)
