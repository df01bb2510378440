"""An iCalendar (RFC 5545) feed of a learner's deadlines: each licence's next renewal
deadline and each valid certificate's expiry, as all-day events with a reminder."""

from datetime import date, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.models import Certificate, CertificateStatus
from courses.models import Licence

REMINDER = "-P30D"  # the calendar's own alarm, a month ahead


def escape(text: str) -> str:
    """A TEXT value: backslash, semicolon, comma and newline escaped."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """Content lines of at most 75 octets, continuation lines starting with a space."""
    parts, current = [], ""
    for char in line:
        limit = 74 if parts else 75  # a continuation line spends one octet on its space
        if len((current + char).encode()) > limit:
            parts.append(current)
            current = char
        else:
            current += char
    parts.append(current)
    return [parts[0], *(" " + part for part in parts[1:])]


def event(uid: str, day: date, summary: str, description: str, stamp: str) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape(summary)}",
        f"DESCRIPTION:{escape(description)}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape(summary)}",
        f"TRIGGER:{REMINDER}",
        "END:VALARM",
        "END:VEVENT",
    ]


def deadlines_calendar(user) -> str:
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//{host}//CE deadlines//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{escape(_('CE deadlines'))}",
    ]
    for licence in Licence.objects.filter(user=user).select_related("rule"):
        deadline = licence.deadline()
        if deadline:
            lines += event(
                f"licence-{licence.pk}-{deadline:%Y%m%d}@{host}",
                deadline,
                _("%(licence)s renewal deadline") % {"licence": licence.rule.name},
                _("Renew your licence and have your CE hours recorded by this date."),
                stamp,
            )
    certificates = Certificate.objects.filter(
        user=user, status=CertificateStatus.VALID, expires_on__isnull=False
    )
    for certificate in certificates:
        lines += event(
            f"certificate-{certificate.pk}@{host}",
            certificate.expires_on,
            _("Certificate expires: %(course)s") % {"course": certificate.course_title},
            _("Certificate %(number)s expires on this day.") % {"number": certificate.number},
            stamp,
        )
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in fold(line))
