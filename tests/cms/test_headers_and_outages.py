"""Every page sends a Permissions-Policy; a database outage is a 503 page, not a 500."""

import pytest
from django.db import OperationalError, connection
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_pages_send_a_permissions_policy(client, catalog):
    for url in ("/", catalog.url, reverse("certificate_verify_lookup")):
        policy = client.get(url)["Permissions-Policy"]
        assert "camera=()" in policy and "geolocation=()" in policy, url


def test_a_database_outage_answers_503_with_the_friendly_page(learner_client, catalog):
    def database_down(execute, sql, params, many, context):
        raise OperationalError("could not connect to server: Connection refused")

    with connection.execute_wrapper(database_down):
        response = learner_client.get(reverse("dashboard"))
    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    html = response.content.decode()
    assert "We will be back shortly" in html and "Nothing you saved has been lost" in html
    assert learner_client.get(reverse("dashboard")).status_code == 200  # back when it is back
