"""Rate limits that fit how therapists take exams: a class behind one NAT gets in, a password
guesser does not, a proxy cannot be used to dodge or share a limit, and counting is atomic."""

import os
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.cache import caches
from django.test import override_settings

from cms import ratelimit
from tests.factories import UserFactory
from tests.factories.accounts import PASSWORD

pytestmark = pytest.mark.django_db
LOGIN = "/accounts/login/"
SCHOOL = "203.0.113.7"  # the school's one public address


def log_in(client, email, password, **headers):
    return client.post(LOGIN, {"login": email, "password": password}, **headers)


def test_a_class_of_fifty_behind_one_address_all_log_in(client):
    learners = [UserFactory(email=f"student{n}@example.com") for n in range(50)]
    for learner in learners:
        client.cookies.clear()
        response = log_in(client, learner.email, PASSWORD, REMOTE_ADDR=SCHOOL)
        assert response.status_code == 302, (learner.email, response.status_code)
        assert response["Location"] == "/dashboard/"


def test_password_guessing_against_one_account_is_throttled(client):
    UserFactory(email="target@example.com")
    pages = [
        log_in(
            client, "target@example.com", f"guess-{n}", REMOTE_ADDR=f"198.51.100.{n}"
        ).content.decode()
        for n in range(7)
    ]
    assert all("Too many failed login attempts" not in page for page in pages[:5])
    assert all("Too many failed login attempts" in page for page in pages[5:])
    # Changing address does not give the guesser more tries; the owner waits out the window.
    held_off = log_in(client, "target@example.com", PASSWORD, REMOTE_ADDR=SCHOOL)
    assert held_off.status_code == 200
    assert "Too many failed login attempts" in held_off.content.decode()


@override_settings(TRUSTED_PROXY_COUNT=1, ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_limits_key_on_the_real_address_not_the_spoofable_one(client):
    def verify(spoofed: str, real: str):
        return client.get(
            "/verify/",
            {"number": "CE-2026-000001", "surname": "Nobody"},
            REMOTE_ADDR="10.0.0.2",  # the load balancer
            HTTP_X_FORWARDED_FOR=f"{spoofed}, {real}",
        )

    statuses = [verify(f"192.0.2.{n}", "198.51.100.9").status_code for n in range(31)]
    assert statuses[:30] == [404] * 30  # looked up: no such certificate
    assert statuses[30] == 429  # a new leftmost address each time did not help
    assert verify("192.0.2.200", "198.51.100.10").status_code == 404  # another visitor


@override_settings(TRUSTED_PROXY_COUNT=1, ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_allauth_login_limits_use_the_same_address_rule(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login": "3/m/ip"}
    UserFactory(email="someone@example.com")
    statuses = [
        log_in(
            client,
            "someone@example.com",
            "wrong-password",
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 198.51.100.9",
        ).status_code
        for n in range(4)
    ]
    assert statuses == [200, 200, 200, 429]


def test_counting_is_atomic_under_concurrency_with_redis(settings):
    location = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": location}
    }
    cache = caches["default"]
    cache.delete_many([f"ratelimit:atomic-test:{w}" for w in range(2)])
    key = f"atomic-test-{os.getpid()}"
    with ThreadPoolExecutor(max_workers=24) as pool:
        allowed = list(
            pool.map(lambda _: ratelimit.allow(key=key, limit=30, window_seconds=3600), range(120))
        )
    assert sum(allowed) == 30
