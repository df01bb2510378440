"""Renewal rules of three state boards and NCBTMB Board Certification, from their published
rules as read on the checked date. Administrators keep them current in the admin
(Snippets > Renewal rules); each rule lists its sources."""

from datetime import date
from decimal import Decimal

from django.db import migrations

CHECKED = date(2026, 11, 27)

TOPICS = {
    "ethics": "Professional ethics",
    "laws-and-rules": "Laws and rules",
    "medical-errors": "Prevention of medical errors",
    "human-trafficking": "Human trafficking awareness",
    "first-aid-cpr": "First aid and CPR",
    "self-care": "Self-care",
}

RULES = [
    {
        "name": "Florida LMT",
        "licensing_body": "Florida Board of Massage Therapy",
        "jurisdiction": "Florida",
        "cycle_years": 2,
        "deadline_rule": "fixed_date",
        "deadline_month": 8,
        "deadline_day": 31,
        "deadline_years": "odd",
        "total_hours": Decimal(24),
        "minutes_per_hour": 50,
        "live_min_hours": Decimal(12),
        "accepted_approvals": "Florida Board of Massage Therapy\nNCBTMB\nAMTA\nABMP\nFSMTA",
        "first_renewal": (
            "Prorated, not exempt: one hour for each month or part month licensed, including "
            "the 2 hours on medical errors and 1 hour on human trafficking (rule "
            "64B7-28.009(3))."
        ),
        "notes": (
            "The 12 live hours are classroom hours taught in person with hands-on instruction "
            "or demonstration (64B7-28.009(4)(e)); the other 5 hours may be any approved "
            "subject. Hours must be reported to CE Broker before you renew."
        ),
        "topics": [
            ("medical-errors", 2, None),
            ("laws-and-rules", 2, None),
            ("ethics", 2, None),
            ("human-trafficking", 1, None),
        ],
        "sources": [
            (
                "Rule 64B7-28.009, F.A.C., Required Continuing Education for Massage Therapists",
                "https://regulations.justia.com/states/florida/64/64b7/chapter-64b7-28/"
                "section-64b7-28-009",
            ),
            (
                "Rule 64B7-28.010, F.A.C., Approved courses (including NCBTMB providers)",
                "https://www.law.cornell.edu/regulations/florida/Fla-Admin-Code-Ann-R-64B7-28-010",
            ),
            (
                "Florida Board of Massage Therapy: renewing a massage therapist licence",
                "http://www.floridasmassagetherapy.gov/renewals/massage-therapist/",
            ),
        ],
    },
    {
        "name": "Texas massage therapist",
        "licensing_body": "Texas Department of Licensing and Regulation",
        "jurisdiction": "Texas",
        "cycle_years": 2,
        "deadline_rule": "issue_date",
        "total_hours": Decimal(12),
        "minutes_per_hour": 50,
        "accepted_approvals": "Texas Department of Licensing and Regulation\nTDLR\nNCBTMB",
        "first_renewal": "",
        "notes": (
            "Before each renewal you must also complete a human trafficking prevention course "
            "approved by the Texas Health and Human Services Commission (16 TAC 117.24(b)(4)); "
            "the rules read do not say whether its hours count toward the 12."
        ),
        "topics": [("first-aid-cpr", None, 6)],
        "sources": [
            (
                "16 TAC 117.24, License term and renewal",
                "https://texreg.sos.state.tx.us/public/readtac$ext.TacPage?sl=R&app=9&p_dir="
                "&p_rloc=&p_tloc=&p_ploc=&pg=1&p_tac=&ti=16&pt=4&ch=117&rl=24",
            ),
            (
                "16 TAC 117.31, Approved continuing education",
                "https://texreg.sos.state.tx.us/public/readtac$ext.TacPage?sl=R&app=9&p_dir="
                "&p_rloc=&p_tloc=&p_ploc=&pg=1&p_tac=&ti=16&pt=4&ch=117&rl=31",
            ),
            (
                "TDLR: Massage Therapy continuing education",
                "https://www.tdlr.texas.gov/mas/masce.htm",
            ),
        ],
    },
    {
        "name": "New York LMT",
        "licensing_body": "New York State Education Department",
        "jurisdiction": "New York",
        "cycle_years": 3,
        "deadline_rule": "birthday",
        "total_hours": Decimal(36),
        "home_study_max_hours": Decimal(12),
        "accepted_approvals": "New York State Education Department\nNYSED",
        "first_renewal": (
            "Exempt for the registration period in which you were first licensed "
            "(Education Law 7807(1)(b))."
        ),
        "notes": (
            "Only sponsors approved by the State Education Department count. Registration "
            "follows your birth month: enter the date on your registration."
        ),
        "topics": [],
        "sources": [
            (
                "New York Education Law 7807, Mandatory continuing education",
                "https://nysenate.gov/legislation/laws/EDN/7807",
            ),
            (
                "NYSED: continuing education questions and answers for licensed massage "
                "therapists",
                "https://www.op.nysed.gov/professions/massage-therapy/"
                "continuing-education-questions-answers-licensed",
            ),
        ],
    },
    {
        "name": "NCBTMB Board Certification",
        "licensing_body": "NCBTMB",
        "jurisdiction": "",
        "cycle_years": 2,
        "deadline_rule": "issue_date",
        "total_hours": Decimal(24),
        "minutes_per_hour": 50,
        "accepted_approvals": "NCBTMB",
        "first_renewal": "",
        "notes": (
            "Courses must be NCBTMB-approved (approval of the provider alone is not enough) "
            "or from an accredited college or university. Past CEs cannot be carried over. "
            "Renewal also needs a background check."
        ),
        "topics": [("ethics", 3, None), ("self-care", None, 4)],
        "sources": [
            (
                "NCBTMB: requirements to renew Board Certification",
                "https://www.ncbtmb.org/faq/what-are-the-requirements-to-renew-my-board-"
                "certification/",
            ),
            (
                "NCBTMB: how many CEs to renew once Board Certified",
                "https://www.ncbtmb.org/faq/how-many-ces-do-i-need-to-renew-once-i-am-board-"
                "certified/",
            ),
            ("NCBTMB: what is a CE hour", "https://www.ncbtmb.org/faq/what-is-a-ce-hour/"),
        ],
    },
]


def seed(apps, schema_editor):
    RequirementTopic = apps.get_model("courses", "RequirementTopic")
    RenewalRule = apps.get_model("courses", "RenewalRule")
    RuleTopic = apps.get_model("courses", "RuleTopic")
    RuleSource = apps.get_model("courses", "RuleSource")
    topics = {
        slug: RequirementTopic.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in TOPICS.items()
    }
    for data in RULES:
        data = dict(data)
        rule_topics, sources = data.pop("topics"), data.pop("sources")
        rule, created = RenewalRule.objects.get_or_create(name=data.pop("name"), defaults=data)
        if not created:
            continue
        for order, (slug, least, most) in enumerate(rule_topics):
            RuleTopic.objects.create(
                rule=rule, sort_order=order, topic=topics[slug], min_hours=least, max_hours=most
            )
        for order, (title, url) in enumerate(sources):
            RuleSource.objects.create(
                rule=rule, sort_order=order, title=title, url=url, checked_on=CHECKED
            )


class Migration(migrations.Migration):
    dependencies = [("courses", "0010_renewal_rules")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
