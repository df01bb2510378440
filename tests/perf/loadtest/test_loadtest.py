"""The load test's own parts: the floor view and how the results are computed and judged."""

import pytest
from django.test import Client

from tests.perf.loadtest.run import (
    attempts_check,
    parse_access_log,
    postgres_database,
    summarize,
    table,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def floor_urls(settings):
    settings.ROOT_URLCONF = "tests.perf.loadtest.floor"


def test_floor_is_served_behind_the_full_middleware_without_a_query(
    floor_urls, client, django_assert_num_queries
):
    client.get("/_floor/")  # the site is looked up once per content generation
    with django_assert_num_queries(0):
        response = client.get("/_floor/")
    assert response.status_code == 200
    assert response.content == b"floor\n"
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


def test_the_load_test_urls_still_serve_the_site(floor_urls, learner_client, home, catalog):
    assert learner_client.get("/dashboard/").status_code == 200
    assert Client().get(catalog.url).status_code == 200


def test_the_real_site_has_no_floor(client, home):
    assert client.get("/_floor/").status_code == 404


def endpoint(statuses: dict, latencies: list[float], ok=(200,), expected=()) -> dict:
    return {
        "ok": list(ok),
        "expected_4xx": list(expected),
        "statuses": {str(code): count for code, count in statuses.items()},
        "latencies_ms": latencies,
    }


def test_summary_compares_server_time_with_the_floor_and_separates_expected_4xx():
    samples = {
        "started": 100.0,
        "stopped": 110.0,
        "endpoints": {
            "floor": endpoint({200: 4}, [1, 2, 3, 4]),
            "home": endpoint({200: 3, 500: 1}, [10, 20, 30, 40]),
            "exam: autosave": endpoint({200: 2, 409: 1, 0: 1}, [5, 5, 5, 5], expected=(409,)),
            "dashboard (learner)": endpoint({200: 1, 302: 1}, [8, 9]),
        },
    }
    server_ms = {
        "floor": [2.0, 2.0, 2.0, 2.0],
        "home": [20.0, 20.0, 20.0, 20.0],
        "exam: autosave": [10.0, 10.0, 10.0],
        "dashboard (learner)": [8.0, 8.0],
    }
    summary = summarize(samples, server_ms)
    floor, home = summary["endpoints"]["floor"], summary["endpoints"]["home"]
    autosave = summary["endpoints"]["exam: autosave"]
    dashboard = summary["endpoints"]["dashboard (learner)"]
    assert list(summary["endpoints"]) == ["floor", "home", "dashboard (learner)", "exam: autosave"]
    assert floor["requests_per_s"] == 0.4
    assert (floor["p50_ms"], floor["p95_ms"], floor["p99_ms"]) == (2, 4, 4)
    assert home["ratio_to_floor"] == 0.1
    assert floor["ratio_to_floor"] == 1
    # 0.134 s of server time in 10 s: 0.0134 workers busy, or 6.7 floors a second alone.
    assert floor["solo_requests_per_s"] == 6.7
    assert home["server_errors"] == 1 and home["errors"] == 1
    assert autosave["expected_4xx"] == 1
    assert autosave["connection_errors"] == 1 and autosave["errors"] == 1
    assert dashboard["unexpected_statuses"] == {"302": 1} and dashboard["errors"] == 1
    assert summary["errors"] == 3 and summary["expected_4xx"] == 1
    assert "exam: autosave" in table(summary)


def test_access_log_keeps_only_named_requests():
    lines = ["floor\t200\t1500\n", "-\t200\t90000\n", "home\t200\tnot-a-number\n", "junk\n"]
    assert parse_access_log(lines) == {"floor": [1.5]}


def test_postgres_run_gets_its_own_database_on_the_same_server():
    name, url, admin = postgres_database("postgres://postgres@127.0.0.1:5432/ci_load")
    assert name == "ci_load_loadtest"
    assert url == "postgres://postgres@127.0.0.1:5432/ci_load_loadtest"
    assert admin == "postgres://postgres@127.0.0.1:5432/postgres"


def test_attempt_check_wants_one_graded_attempt_per_spike_for_every_learner():
    right = {"graded": 2}
    counts = {"a@x": right, "b@x": right, "c@x": {"graded": 2, "in_progress": 1}}
    checked = attempts_check(counts, learners=4, spikes=2)
    assert checked["as_expected"] == 2
    assert checked["wrong"] == {"c@x": {"graded": 2, "in_progress": 1}, "(no attempt)": 1}
    assert attempts_check({"a@x": right}, learners=1, spikes=2)["wrong"] == {}
