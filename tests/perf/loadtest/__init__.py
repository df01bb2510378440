"""Load test: page throughput under concurrent learners, compared with a floor view.

Run it with `make loadtest`, or `.venv/bin/python -m tests.perf.loadtest.run` (`--help` for
the options: `--users 20`, `--duration 60` seconds, `--workers 5`, `--spikes 2`,
`--redis-url`, `--out`). Loopback only; a run takes a few minutes, most of them setting up.

What a run does
1. Makes its own folder, var/loadtest/<sqlite|postgresql>/ (VAR_DIR: database, media,
   certificate PDFs, logs/), emptied at the start of each run and kept afterwards. Static
   files are collected into var/loadtest/static/ and collected again only when a project
   static file or an installed package changes (`--fresh-static` forces it).
2. Database: SQLite in that folder by default. With DATABASE_URL=postgres://.../NAME it
   creates the database NAME_loadtest on that server (dropping a leftover first) and drops it
   afterwards, whatever happens; NAME itself is never touched and need not exist.
3. Cache: the Redis database of `--redis-url` (default redis://127.0.0.1:6379/11), flushed
   before and after the run. Keep that database for the load test.
4. `manage.py migrate`, `collectstatic`, then tests/perf/loadtest/seed.py: `load_demo` (the
   provider, the catalog, four courses of modules with the demo's text and blocks, their
   quizzes and timed final exams) and one learner per locust user, through the real services:
   verified account, complete CE profile, enrolled in the techniques course, the
   professional-standards course completed with its certificate issued and its PDF rendered
   and stored, and a session made server-side by Django's login.
5. gunicorn (`config.wsgi`, `--workers` sync workers) with tests/perf/loadtest/settings.py:
   the production settings plus `/_floor/`, a generated SECRET_KEY, ALLOWED_HOSTS=127.0.0.1,
   BASE_URL=https://127.0.0.1:<port>, SECURE_SSL_REDIRECT=0, WhiteNoise serving the static
   files, and one trusted proxy (TRUSTED_PROXY_COUNT=1): requests arrive as from a
   TLS-terminating proxy (X-Forwarded-Proto: https, X-Forwarded-For with the visitor's own
   address, so per-address rate limits count each visitor separately). Every worker is warmed
   up before measuring.
6. locust, headless, for `--duration` seconds (tests/perf/loadtest/locustfile.py): `--users`
   FastHttpUsers without think time, each one learner going round the floor, home, catalog,
   course page, module page, module quiz landing, dashboard, certificate download (the stored
   PDF) and an anonymous verification page (someone else's certificate). At each of
   `--spikes` moments spread over the run, every user waits for the others and all start the
   timed final exam at once, open it, autosave twice, submit and read the result.
7. Stops locust and gunicorn (SIGTERM, then SIGKILL to each one's process group; also on
   Ctrl-C or SIGTERM), writes var/loadtest/bench-results.json (and a copy named
   bench-results-<database>.json), prints the table and exits 1 if any request failed.

Reading the results (per endpoint)
- `req/s`: requests per second this endpoint got in the mix. Every endpoint of the round gets
  about the same share, so this is not a capacity.
- `p50/p95/p99 ms`: response time as the client saw it, waiting for a free worker included
  (more users than workers queue).
- `srv ms`: mean time gunicorn spent on the request (its access log, `%(D)s`), queueing
  excluded; the CPU is shared by every worker, locust and the database.
- `solo/s`: requests per second this endpoint would get if it were the whole load: the
  workers' measured busy time per second (the sum of server times over the run's duration)
  divided by this endpoint's mean server time. `x floor` is its ratio to the floor's
  (floor's mean server time / this endpoint's): 0.05 means a twentieth of the floor's rate.
- errors: 5xx, connection errors and any other status the step does not expect (a redirect
  to the login page, a 403 from the CSRF check...). The 4xx that real use produces (409 when
  an autosave or a submit arrives after the exam closed, 429 from the verification page's
  rate limit) are counted apart, as `4xx ok`, and do not fail the run.
- Also in the JSON: the seconds each phase took, the machine's load average before and
  after (on a shared machine, compare runs made under similar load), the commit.

Files: run.py (orchestrator and results), seed.py (data), locustfile.py (users), floor.py
(the floor view and the load test's URLconf), settings.py (production + floor).
"""
