"""Every URL that takes a parameter refuses NUL, overlong and non-ASCII values with a 4xx
(the suite runs on SQLite and PostgreSQL; PostgreSQL raises on NUL if a value reaches it)."""

import pytest

from certificates.models import Certificate

pytestmark = pytest.mark.django_db

BAD_VALUES = ["%00", "a%00b", "x" * 3000, "%C3%A9t%C3%A9", "%F0%9F%92%86", "..%2F..%2Fetc"]


@pytest.fixture
def urls(learner, course, modules, final_exam, complete_course):
    complete_course()
    certificate = Certificate.objects.get(user=learner)
    quiz = final_exam.url
    return [
        "/verify/{}/",
        "/verify/?number={}",
        "/verify/?code={}",
        "/certificates/{}/download/",
        f"/certificates/{certificate.number}/download/?x={{}}",
        "/courses/{}/",
        f"{course.url}{{}}/",
        f"{modules[0].url}{{}}/",
        f"{quiz}attempts/{{}}/",
        f"{quiz}attempts/{{}}/result/",
        f"{quiz}attempts/{{}}/autosave/",
        "/documents/{}/x.pdf",
        "/accounts/login/?next={}",
        "/accounts/password/reset/key/{}/",
        "/dashboard/?page={}",
        "/admin/pages/{}/edit/",
        "/admin/pages/search/?q={}",
    ]


@pytest.mark.parametrize("value", BAD_VALUES)
def test_bad_parameters_get_a_4xx_never_a_500(client, learner, urls, value):
    for logged_in in (False, True):
        if logged_in:
            client.force_login(learner)
        for template in urls:
            url = template.format(value)
            response = client.get(url)
            assert response.status_code < 500, (url, response.status_code)
            if "%00" in value:
                assert response.status_code in (400, 404), url


def test_a_nul_byte_is_refused_with_a_plain_400(client):
    response = client.get("/courses/%00/")
    assert response.status_code == 400
    assert response.content == b"Bad request."
