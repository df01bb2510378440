"""Every page works under a strict Content-Security-Policy, and gets one: no inline scripts,
handlers or styles. (The browser tests also fail on anything the policy blocks.)"""

import re

import pytest
from django.core.management import call_command

from certificates.models import Certificate
from cms.models import User
from courses.models import ModulePage
from quizzes.models import QuizAttempt, QuizPage
from tests.conftest import committed

pytestmark = pytest.mark.django_db

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style[^>]*>", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"<[^>]+\sstyle\s*=", re.IGNORECASE)


def test_pages_have_no_inline_script_or_handlers(client):
    with committed():
        call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    learner = User.objects.get(email="learner@example.com")
    module = ModulePage.objects.live().first()
    quiz = QuizPage.objects.live().first()
    attempt = QuizAttempt.objects.filter(user=learner).first()
    certificate = Certificate.objects.get(user=learner)
    public = [
        "/",
        "/courses/",
        module.get_parent().url,
        "/accounts/login/",
        "/accounts/signup/",
        "/verify/",
        f"/verify/{certificate.code}/",
    ]
    private = [
        "/dashboard/",
        "/accounts/profile/",
        module.url,
        quiz.url,
        f"{attempt.quiz.url}attempts/{attempt.number}/result/",
        "/certificates/",
        "/certificates/transcript/",
    ]
    for url in public:
        check(client, url)
    client.force_login(learner)
    for url in private:
        check(client, url)


def check(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    assert not INLINE_SCRIPT.search(html), url
    assert not HANDLER.search(html), url
    assert not INLINE_STYLE.search(html), url
    assert not STYLE_ATTRIBUTE.search(html), url
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy, url
    assert "style-src 'self'" in policy, url
    assert "unsafe-inline" not in policy, url
