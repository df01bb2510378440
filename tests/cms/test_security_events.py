"""Security events are logged as JSON lines a log store can alert on, without secrets."""

import json
import logging

import pytest
from django.urls import reverse

from certificates.models import Certificate
from certificates.services import certificate_reissue, certificate_revoke

pytestmark = pytest.mark.django_db


def events(caplog) -> list[dict]:
    return [json.loads(r.getMessage()) for r in caplog.records if r.name == "security"]


def test_logins_and_failed_logins_are_logged_without_secrets(client, learner, caplog):
    learner.set_password("correct horse battery")
    learner.save()
    caplog.set_level(logging.INFO, logger="security")
    client.post(reverse("account_login"), {"login": learner.email, "password": "wrong guess"})
    client.post(
        reverse("account_login"), {"login": learner.email, "password": "correct horse battery"}
    )
    logged = events(caplog)
    assert [e["event"] for e in logged] == ["login_failed", "login"]
    assert logged[1]["user"] == learner.pk and logged[0]["ip"] == "127.0.0.1"
    assert logged[0]["domain"] == learner.email.rpartition("@")[2]
    text = caplog.text
    assert "wrong guess" not in text and "correct horse" not in text
    assert learner.email not in text


def test_certificate_issue_reissue_and_revoke_are_logged(learner, editor, complete_course, caplog):
    caplog.set_level(logging.INFO, logger="security")
    complete_course()
    original = Certificate.objects.get(user=learner)
    new = certificate_reissue(certificate=original, actor=editor, reason="Name corrected")
    certificate_revoke(certificate=new, actor=editor, reason="Issued in error")
    logged = events(caplog)
    assert [e["event"] for e in logged] == [
        "certificate_issued",
        "certificate_reissued",
        "certificate_revoked",
    ]
    assert logged[1]["replacement"] == new.number and logged[2]["actor"] == editor.pk


@pytest.mark.parametrize(
    ("licence", "shown"),
    [("MA87654", "•••••654"[-7:]), ("AB12", "••12"), ("A1", "•••1"), ("7", "•••")],
)
def test_licence_masking_never_shows_a_short_number_whole(licence, shown):
    masked = Certificate(licence_number=licence).masked_licence
    assert licence not in masked or len(licence) > 6
    assert masked.endswith(licence[-min(3, len(licence) // 2) :] if len(licence) > 1 else "")
