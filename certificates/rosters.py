"""Course rosters for regulators, downloaded from the admin (Reports → Course rosters).

Board roster: what a board asks for each completion (learner, licence number, jurisdiction
and body, course as approved with its approval numbers, completion date, hours, certificate).
CE Broker roster: Florida licensees of a course, as CE Broker's full-credit roster upload takes
them (licence number, names, completion date), for the course's CE Broker tracking number.
Florida expects completions reported to CE Broker within 30 days. Cells are escaped so a
spreadsheet never runs them as formulas.
"""

import csv

from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from certificates.forms import RosterForm
from certificates.selectors import roster
from certificates.services import verification_url
from cms.exports import safe_cells

FLORIDA = "florida"


def is_florida(certificate) -> bool:
    return FLORIDA in f"{certificate.jurisdiction} {certificate.licensing_body}".casefold()


def cebroker_number(certificate) -> str:
    """The course's CE Broker tracking number, as printed on the certificate."""
    for approval in certificate.course_approvals:
        body = approval["body"].casefold()
        if "ce broker" in body or FLORIDA in body:
            return approval["number"]
    return ""


def board_rows(certificates) -> list[list]:
    header = [
        _("Learner"),
        _("Licence number"),
        _("Jurisdiction"),
        _("Licensing body"),
        _("Course as approved"),
        _("Course approvals"),
        _("Completed"),
        _("CE hours"),
        _("Certificate number"),
        _("Verification"),
    ]
    return [header] + [
        [
            c.learner_name,
            c.licence_number,
            c.jurisdiction,
            c.licensing_body,
            c.course_title,
            "; ".join(f"{a['body']} {a['number']}".strip() for a in c.course_approvals),
            c.completed_on.isoformat(),
            c.ce_hours,
            c.number,
            verification_url(c),
        ]
        for c in certificates
    ]


def cebroker_rows(certificates) -> list[list]:
    header = [
        _("License Number"),
        _("First Name"),
        _("Last Name"),
        _("Date Completed"),
        _("Course Number"),
    ]
    rows = [header]
    for c in certificates:
        if not is_florida(c) or not c.licence_number:
            continue
        first, _space, last = c.learner_name.rpartition(" ")
        rows.append(
            [c.licence_number, first, last, c.completed_on.strftime("%m/%d/%Y"), cebroker_number(c)]
        )
    return rows


@permission_required("certificates.view_certificate", raise_exception=True)
def course_roster(request):
    form = RosterForm(request.GET or None)
    if not form.is_bound or not form.is_valid():
        return TemplateResponse(
            request,
            "certificates/admin/roster.html",
            {"form": form},
            status=400 if form.is_bound else 200,
        )
    data = form.cleaned_data
    certificates = roster(course=data["course"], start=data["start"], end=data["end"])
    rows = cebroker_rows(certificates) if data["format"] == "cebroker" else board_rows(certificates)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = f"{data['format']}-roster-{slugify(data['course'].title)[:50]}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    writer = csv.writer(response)
    for row in rows:
        writer.writerow(safe_cells(row))
    return response
