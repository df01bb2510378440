"""The load test's server settings: production's, plus the floor view at /_floor/.

Used only by `python -m tests.perf.loadtest.run`, which supplies what production requires
(SECRET_KEY, ALLOWED_HOSTS, an https BASE_URL, REDIS_URL), turns SECURE_SSL_REDIRECT off and
keeps the collected static files between runs (LOADTEST_STATIC_ROOT).
"""

import os
from pathlib import Path

from config.settings.production import *  # noqa: F403
from config.settings.production import STATIC_ROOT as PRODUCTION_STATIC_ROOT

ROOT_URLCONF = "tests.perf.loadtest.floor"
STATIC_ROOT = Path(os.environ.get("LOADTEST_STATIC_ROOT", PRODUCTION_STATIC_ROOT))
