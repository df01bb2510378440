"""The production shape on one machine: migrate, collectstatic, then gunicorn, the task worker
(`db_worker`) and a scheduler (`close_overdue_attempts` every minute, `certificates_repair`
every ten minutes, `send_reminders` hourly), all with the production settings, until Ctrl-C
or SIGTERM stops every child. For local use only: what production needs and this lacks is
filled in with local defaults (a SECRET_KEY generated into VAR_DIR, the development signing
certificate, 127.0.0.1 hosts, no HTTPS redirect, mail to the console).
"""

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from certificates.signing import dev_certificate_create, provider_name

PRODUCTION_SETTINGS = "config.settings.production"


def local_secret_key(path: Path) -> str:
    """The key in `path`, created (readable by its owner only) on first use."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    key = secrets.token_urlsafe(50)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(key + "\n")
    return key


def local_environment(*, port: int) -> tuple[dict[str, str], list[str]]:
    """The children's environment: the production settings, with local-only defaults for
    what they require and the environment does not set. Returns it and the defaulted names."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": PRODUCTION_SETTINGS}
    defaults = {
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "BASE_URL": f"https://127.0.0.1:{port}",
        "SECURE_SSL_REDIRECT": "0",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
    }
    defaulted = [name for name in ("SECRET_KEY", *defaults) if not env.get(name)]
    if "SECRET_KEY" in defaulted:
        env["SECRET_KEY"] = local_secret_key(Path(settings.VAR_DIR) / "secret_key")
    if not env.get("CERTIFICATE_SIGNING_PKCS12"):
        # The development signing certificate, as `make run` uses (self-signed).
        path = Path(settings.CERTIFICATE_SIGNING_PKCS12)
        if not path.exists():
            dev_certificate_create(path=path, name=provider_name())
        env["CERTIFICATE_SIGNING_PKCS12"] = str(path)
        env["CERTIFICATE_SIGNING_PASSWORD"] = settings.CERTIFICATE_SIGNING_PASSWORD
        defaulted.append("CERTIFICATE_SIGNING_PKCS12")
    for name, value in defaults.items():
        if not env.get(name):
            env[name] = value
    return env, defaulted


def web_concurrency() -> int:
    """Gunicorn workers: WEB_CONCURRENCY, else 2 x cores + 1."""
    value = os.environ.get("WEB_CONCURRENCY")
    return int(value) if value else 2 * (os.cpu_count() or 1) + 1


def gunicorn_options() -> list[str]:
    """No control socket: gunicorn 27 puts one at the same path in $HOME for every server."""
    import gunicorn

    return ["--no-control-socket"] if int(gunicorn.__version__.split(".")[0]) >= 27 else []


@dataclass
class Job:
    command: str
    every: float
    due: float = 0.0
    process: subprocess.Popen | None = None


class Command(BaseCommand):
    help = (
        "Serve the production shape locally: migrate, collectstatic, then gunicorn, the task "
        "worker and the scheduler, until Ctrl-C or SIGTERM. Local defaults only: see "
        "docs/deploy.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--workers",
            type=int,
            help="Gunicorn workers (default WEB_CONCURRENCY, else 2 x cores + 1).",
        )
        parser.add_argument(
            "--no-collectstatic",
            action="store_true",
            help="Static files are already collected for this code.",
        )
        parser.add_argument(
            "--overdue-every",
            type=float,
            default=60,
            help="Seconds between close_overdue_attempts runs (default 60).",
        )
        parser.add_argument(
            "--repair-every",
            type=float,
            default=600,
            help="Seconds between certificates_repair runs (default 600).",
        )
        parser.add_argument(
            "--reminders-every",
            type=float,
            default=3600,
            help="Seconds between send_reminders runs (default 3600; each is sent once).",
        )
        parser.add_argument(
            "--stop-timeout",
            type=float,
            default=40,
            help="Seconds children get to finish after SIGTERM before they are killed.",
        )

    def handle(self, *args, **options):
        if options["port"] < 1 or options["port"] > 65535:
            raise CommandError("--port must be between 1 and 65535.")
        workers = options["workers"] or web_concurrency()
        if workers < 1:
            raise CommandError("Gunicorn needs at least one worker.")
        if min(options["overdue_every"], options["repair_every"], options["stop_timeout"]) <= 0:
            raise CommandError("Intervals and --stop-timeout must be positive.")
        self.env, defaulted = local_environment(port=options["port"])
        self.stop_timeout = options["stop_timeout"]
        self.stopping = False
        self.children: dict[str, subprocess.Popen] = {}
        signal.signal(signal.SIGINT, self._on_signal)
        signal.signal(signal.SIGTERM, self._on_signal)
        if defaulted:
            self.say(f"local defaults, not for deployment: {', '.join(defaulted)}")
        self._check_redis()

        # Without the system checks: a database check (certificates.E001, provider details
        # missing) would otherwise stop every start until the admin, not yet running, is used.
        steps = [["migrate", "--noinput", "--skip-checks"]]
        if not options["no_collectstatic"]:
            steps.append(["collectstatic", "--noinput", "--verbosity", "0"])
        for step in steps:
            code = self._run_step(step)
            if self.stopping:
                self.say("stopped")
                return
            if code:
                raise CommandError(f"manage.py {step[0]} failed with exit code {code}.")

        bind = f"{options['host']}:{options['port']}"
        self._start(
            "gunicorn",
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi:application",
                "--bind",
                bind,
                "--workers",
                str(workers),
                "--access-logfile",
                "-",
                "--graceful-timeout",
                str(max(1, int(self.stop_timeout) - 10)),
                *gunicorn_options(),
            ],
        )
        self._start("db_worker", self._manage("db_worker"))
        jobs = [
            Job("close_overdue_attempts", options["overdue_every"]),
            Job("certificates_repair", options["repair_every"]),
            Job("send_reminders", options["reminders_every"]),
        ]
        self.say(f"serving http://{bind}/ with {workers} worker(s); Ctrl-C stops")
        failed = self._supervise(jobs)
        self._stop_all([*self.children.values(), *(job.process for job in jobs)])
        self.say("stopped")
        if failed:
            raise CommandError(f"{failed} exited unexpectedly; everything was stopped.")

    def say(self, message: str) -> None:
        self.stdout.write(f"serve: {message}")
        self.stdout.flush()

    def _on_signal(self, signum, frame):
        if self.stopping:
            # A second Ctrl-C: no more waiting.
            for process in self.children.values():
                self._kill(process)
            return
        self.stopping = True

    def _check_redis(self) -> None:
        import redis

        url = self.env["REDIS_URL"]
        try:
            redis.Redis.from_url(url, socket_connect_timeout=2).ping()
        except redis.RedisError as error:
            raise CommandError(
                f"Redis at {url} does not answer ({error}). Start it (redis-server) or set "
                "REDIS_URL: production settings keep the cache and rate limits there."
            ) from error

    def _manage(self, *arguments: str) -> list[str]:
        return [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), *arguments]

    def _popen(self, command: list[str]) -> subprocess.Popen:
        # Own process group: a terminal's Ctrl-C reaches this supervisor only, which then
        # stops each child once, in order.
        return subprocess.Popen(  # noqa: S603
            command, env=self.env, cwd=settings.BASE_DIR, process_group=0
        )

    def _start(self, name: str, command: list[str]) -> None:
        process = self._popen(command)
        self.children[name] = process
        self.say(f"started {name} (pid {process.pid})")

    def _run_step(self, step: list[str]) -> int | None:
        self.say(f"manage.py {' '.join(step)}")
        process = self._popen(self._manage(*step))
        self.children[step[0]] = process
        while process.poll() is None:
            if self.stopping:
                self._stop_all([process])
                break
            time.sleep(0.2)
        del self.children[step[0]]
        return process.returncode

    def _supervise(self, jobs: list[Job]) -> str | None:
        """Run until a signal or until a long-running child exits; return that child's name."""
        start = time.monotonic()
        for job in jobs:
            job.due = start
        while not self.stopping:
            for name, process in self.children.items():
                if process.poll() is not None:
                    self.say(f"{name} exited with code {process.returncode}")
                    return name
            now = time.monotonic()
            for job in jobs:
                if job.process is not None and job.process.poll() is not None:
                    job.process = None
                if now >= job.due and job.process is None:
                    job.due = now + job.every
                    job.process = self._popen(self._manage(job.command))
            time.sleep(0.2)
        return None

    def _stop_all(self, processes) -> None:
        running = [process for process in processes if process and process.poll() is None]
        for process in running:
            process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + self.stop_timeout
        for process in running:
            try:
                process.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self.say(f"pid {process.pid} did not stop in time; killing it")
                self._kill(process)
                process.wait()

    @staticmethod
    def _kill(process: subprocess.Popen) -> None:
        """SIGKILL the child and whatever it started (its process group)."""
        if process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
