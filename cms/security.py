"""Security events as structured log lines (logger "security", one JSON object a line), so a
log store can alert on them: logins, failed logins, certificate issue, re-issue and revocation.
Never logs a password, token or full email-free secret; the user is their id."""

import json
import logging

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver
from django.utils import timezone

from cms.ratelimit import client_ip

logger = logging.getLogger("security")


def log_event(event: str, *, request=None, **fields) -> None:
    record = {"event": event, "at": timezone.now().isoformat(), **fields}
    if request is not None:
        record["ip"] = client_ip(request)
    logger.info(json.dumps(record, default=str, sort_keys=True))


@receiver(user_logged_in, dispatch_uid="security.login")
def _logged_in(sender, request, user, **kwargs):
    log_event("login", request=request, user=user.pk)


@receiver(user_login_failed, dispatch_uid="security.login_failed")
def _login_failed(sender, credentials, request=None, **kwargs):
    # The attempted login name is kept only as its domain: enough to see a targeted attack.
    login = str(credentials.get("email") or credentials.get("username") or "")
    log_event("login_failed", request=request, domain=login.rpartition("@")[2])
