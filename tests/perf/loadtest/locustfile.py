"""The load test's users, run headless by run.py (see tests/perf/loadtest/__init__.py).

Every user is one seeded learner with a server-made session. Without think time it goes round
the endpoints below in a fixed order (from its own starting point), logged in where a learner
would be and anonymous elsewhere. At each spike moment every user finishes its request, waits
for the others, and then all of them start the timed final exam together, save answers twice
and submit. Each response is recorded with its status; run.py turns the records into the
results.

Configured by environment variables set by run.py: LOADTEST_PLAN (the seed's plan),
LOADTEST_SAMPLES (where to write the records), LOADTEST_USERS, LOADTEST_DURATION (seconds),
LOADTEST_SPIKES, LOADTEST_ORIGIN (the https origin the site believes it is served at).
"""

import json
import os
import random
import re
import secrets
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlencode

from gevent.event import Event
from locust import FastHttpUser, events, task

PLAN = json.loads(Path(os.environ["LOADTEST_PLAN"]).read_text())
SAMPLES = Path(os.environ["LOADTEST_SAMPLES"])
USERS = int(os.environ["LOADTEST_USERS"])
DURATION = float(os.environ["LOADTEST_DURATION"])
SPIKES = int(os.environ.get("LOADTEST_SPIKES", "2"))
ORIGIN = os.environ["LOADTEST_ORIGIN"]
BARRIER_TIMEOUT = 15.0  # seconds a user waits for the others before a spike

# Endpoint name -> (statuses that mean success, 4xx statuses that can happen in real use).
STATUSES: dict[str, tuple[set[int], set[int]]] = {
    "floor": ({200}, set()),
    "home": ({200}, set()),
    "catalog": ({200}, set()),
    "course (learner)": ({200}, set()),
    "module (learner)": ({200}, set()),
    "quiz landing (learner)": ({200}, set()),
    "dashboard (learner)": ({200}, set()),
    "certificate download": ({200}, set()),
    "verify (anonymous)": ({200}, {429}),
    "exam: start": ({302}, set()),
    "exam: attempt page": ({200}, set()),
    # 409: the attempt closed (time ran out) before the save arrived.
    "exam: autosave": ({200}, {409}),
    "exam: submit": ({302}, {409}),
    "exam: result": ({200}, set()),
}
ROUND = [
    "floor",
    "home",
    "catalog",
    "course",
    "module",
    "quiz_landing",
    "dashboard",
    "certificate",
    "verify",
]
INPUT = re.compile(r"<input\b[^>]*>", re.IGNORECASE)
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')

records: dict[str, dict] = defaultdict(lambda: {"latencies_ms": [], "statuses": Counter()})
window = {"started": None, "stopped": None}


class Barrier:
    """All users meet here before a spike (greenlets of one process: no lock needed)."""

    def __init__(self, parties: int):
        self.parties = parties
        self.arrived = 0
        self.event = Event()

    def wait(self) -> None:
        self.arrived += 1
        if self.arrived >= self.parties:
            self.event.set()
        self.event.wait(BARRIER_TIMEOUT)


SPIKE_AT = [DURATION * n / (SPIKES + 1) for n in range(1, SPIKES + 1)]
BARRIERS = [Barrier(USERS) for _ in SPIKE_AT]
learner_numbers = iter(range(10**9))


@events.test_start.add_listener
def on_test_start(environment, **kwargs):
    window["started"] = time.time()


@events.request.add_listener
def on_request(name, response_time, response, exception, **kwargs):
    status = getattr(response, "status_code", 0) or 0
    record = records[name]
    record["statuses"][status] += 1
    record["latencies_ms"].append(response_time)


@events.test_stop.add_listener
def on_test_stop(environment, **kwargs):
    window["stopped"] = time.time()
    SAMPLES.write_text(
        json.dumps(
            {
                **window,
                "users": USERS,
                "spikes": len(SPIKE_AT),
                "endpoints": {
                    name: {
                        "ok": sorted(STATUSES[name][0]),
                        "expected_4xx": sorted(STATUSES[name][1]),
                        "statuses": {str(k): v for k, v in record["statuses"].items()},
                        "latencies_ms": record["latencies_ms"],
                    }
                    for name, record in records.items()
                },
            }
        )
    )


def form_answers(html: str) -> list[tuple[str, str]]:
    """One answer per choice question of an attempt page: its first option."""
    answers: dict[str, str] = {}
    for tag in INPUT.findall(html):
        attributes = dict(ATTRIBUTE.findall(tag))
        name = attributes.get("name", "")
        if attributes.get("type") in {"radio", "checkbox"} and name.startswith("q-"):
            answers.setdefault(name, attributes.get("value", ""))
    return list(answers.items())


class Learner(FastHttpUser):
    """One seeded learner going round the site, and taking the exam at each spike."""

    def on_start(self):
        # Cookies are sent explicitly: the learner's session on its pages, none elsewhere.
        self.client.client.cookiejar = None
        number = next(learner_numbers)
        self.me = PLAN["learners"][number % len(PLAN["learners"])]
        self.address = f"10.0.{number // 250}.{number % 250 + 1}"
        self.csrf = secrets.token_hex(16)  # a CSRF secret of the length Django makes
        self.anonymous = {"X-Forwarded-Proto": "https", "X-Forwarded-For": self.address}
        self.learner = {
            **self.anonymous,
            "Cookie": (
                f"{PLAN['session_cookie']}={self.me['session']}; {PLAN['csrf_cookie']}={self.csrf}"
            ),
        }
        self.rounds = 0
        self.step_index = random.randrange(len(ROUND))
        self.spikes_done = 0

    def get(self, path: str, name: str, headers: dict) -> None:
        self.client.get(
            path, name=name, headers={**headers, "X-Load-Name": name}, allow_redirects=False
        )

    def post(self, path: str, name: str, data: list[tuple[str, str]]):
        headers = {
            **self.learner,
            "X-Load-Name": name,
            "Origin": ORIGIN,
            "Content-Type": "application/x-www-form-urlencoded",
        }
        body = urlencode([("csrfmiddlewaretoken", self.csrf), *data])
        return self.client.post(path, name=name, data=body, headers=headers, allow_redirects=False)

    def spike_due(self) -> bool:
        if self.spikes_done >= len(SPIKE_AT) or window["started"] is None:
            return False
        return time.time() >= window["started"] + SPIKE_AT[self.spikes_done]

    @task
    def next_step(self):
        if self.spike_due():
            BARRIERS[self.spikes_done].wait()
            self.spikes_done += 1
            self.take_exam()
            return
        step = ROUND[self.step_index % len(ROUND)]
        self.step_index += 1
        getattr(self, step)()

    def floor(self):
        self.get(PLAN["floor"], "floor", self.anonymous)

    def home(self):
        self.get(PLAN["home"], "home", self.anonymous)

    def catalog(self):
        self.get(PLAN["catalog"], "catalog", self.anonymous)

    def course(self):
        self.get(PLAN["course"], "course (learner)", self.learner)

    def module(self):
        path = PLAN["modules"][self.step_index // len(ROUND) % len(PLAN["modules"])]
        self.get(path, "module (learner)", self.learner)

    def quiz_landing(self):
        self.get(PLAN["quiz"], "quiz landing (learner)", self.learner)

    def dashboard(self):
        self.get(PLAN["dashboard"], "dashboard (learner)", self.learner)

    def certificate(self):
        self.get(self.me["certificate"], "certificate download", self.learner)

    def verify(self):
        someone = random.choice(PLAN["learners"])
        visitor = {
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": f"172.{random.randrange(16, 32)}.{random.randrange(256)}."
            f"{random.randrange(1, 255)}",
        }
        self.get(someone["verify"], "verify (anonymous)", visitor)

    def take_exam(self):
        """Start (or resume) the timed exam, open it, save twice, submit, read the result."""
        started = self.post(PLAN["exam"] + "start/", "exam: start", [])
        attempt = started.headers.get("Location") if started.status_code == 302 else None
        if not attempt:
            return
        page = self.client.get(
            attempt,
            name="exam: attempt page",
            headers={**self.learner, "X-Load-Name": "exam: attempt page"},
            allow_redirects=False,
        )
        if page.status_code != 200:
            return
        answers = form_answers(page.text or "")
        autosave = attempt + "autosave/"
        self.post(autosave, "exam: autosave", answers[: len(answers) // 2])
        self.post(autosave, "exam: autosave", answers)
        submitted = self.post(attempt, "exam: submit", [*answers, ("action", "submit")])
        result = submitted.headers.get("Location") if submitted.status_code == 302 else None
        if result:
            self.get(result, "exam: result", self.learner)
