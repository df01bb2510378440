"""Every learner-facing page, with realistic content, checked by axe-core in real Chromium.

A page fails on a WCAG 2.1 A/AA violation of impact serious or critical, and on a violation of
the page-structure rules (heading order, content in landmarks) of impact moderate or above.
"""

import json
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.files.base import ContentFile
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from certificates.models import Certificate
from courses.models import CourseApproval
from courses.services import enrollment_create, module_mark_completed
from quizzes.grading import snapshot_questions
from quizzes.models import QuizAttempt
from quizzes.services import attempt_start, attempt_submit
from tests.conftest import committed
from tests.e2e.conftest import log_in
from tests.factories import CertificateFactory, CoursePageFactory, QuizPageFactory
from tests.factories.quizzes import key_answers

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WCAG_FAILING_IMPACTS = {"serious", "critical"}
# Page structure (axe tags these best practice, not WCAG), held to "moderate" and above.
STRUCTURE_RULES = ["heading-order", "region", "landmark-*"]
STRUCTURE_FAILING_IMPACTS = {"moderate", "serious", "critical"}
# Structure rules that do not apply to this site, each with its reason. None so far.
NOT_APPLICABLE: dict[str, str] = {}
# axe leaves a reference to a missing id undecided, as the element might appear later; these
# pages are fully loaded, so an undecided result of these rules is a failure too.
DECIDED_WHEN_LOADED = {"aria-valid-attr-value"}

axe = Axe()


def structure_rule_ids(page) -> list[str]:
    """The ids of axe's rules that STRUCTURE_RULES names, less those NOT_APPLICABLE."""
    every = page.evaluate("axe.getRules().map((rule) => rule.ruleId)")
    prefixes = tuple(rule.removesuffix("*") for rule in STRUCTURE_RULES if rule.endswith("*"))
    return [
        rule
        for rule in every
        if (rule in STRUCTURE_RULES or rule.startswith(prefixes)) and rule not in NOT_APPLICABLE
    ]


def audit(page, name: str) -> list[str]:
    """Run axe on the page as it is now; describe each violation that fails it."""
    page.evaluate(axe.axe_script)
    structure = structure_rule_ids(page)
    assert {"heading-order", "region", "landmark-one-main"} <= set(structure)
    options = {
        "runOnly": {"type": "tag", "values": WCAG_TAGS},
        "rules": {rule: {"enabled": True} for rule in structure},
        "resultTypes": ["violations"],
    }
    results = page.evaluate("(options) => axe.run(document, options)", options)
    undecided = [r for r in results["incomplete"] if r["id"] in DECIDED_WHEN_LOADED]
    found = []
    for violation in results["violations"] + undecided:
        failing_impacts = (
            STRUCTURE_FAILING_IMPACTS if violation["id"] in structure else WCAG_FAILING_IMPACTS
        )
        if violation["impact"] in failing_impacts:
            targets = "; ".join(" ".join(node["target"]) for node in violation["nodes"])
            found.append(
                f"{name} ({page.url}): {violation['id']} [{violation['impact']}] "
                f"{violation['help']}: {targets}"
            )
    return found


def audit_each(page, live_server, pages: list[tuple[str, str]]) -> list[str]:
    """Visit each (name, path) and audit it."""
    found = []
    for name, path in pages:
        page.goto(live_server.url + path)
        found += audit(page, name)
    return found


# Content -----------------------------------------------------------------------------------


def module_body(condition, image) -> str:
    """A module body with a block of every kind a module offers but video (which needs the
    network to embed)."""
    callouts = [
        ("clinical_note", "", "<p>Most calf tension after exercise is benign.</p>"),
        ("precaution", "Varicose veins", "<p>Light pressure only, no deep stripping.</p>"),
        ("contraindication", "", "<p>A hot, swollen calf is not massaged today.</p>"),
    ]
    return json.dumps(
        [
            {"type": "heading", "value": {"text": "Assessing the calf", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>Ask about <b>recent travel</b> and <i>swelling</i> before any work on "
                    'the lower leg (see the <a href="https://example.com/guide">guide</a>).</p>'
                    "<h3>What to ask</h3><ul><li>Pain history</li><li>Medications</li></ul>"
                ),
            },
            {
                "type": "image",
                "value": {
                    "image": image.pk,
                    "alt_text": "Therapist palpating the calf with a flat hand",
                    "caption": "Flat-hand palpation of the calf.",
                },
            },
            {
                "type": "table",
                "value": {
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "table_caption": "Pressure by tissue response",
                    "data": [
                        ["Response", "Pressure", "Duration"],
                        ["Client recognises the pain", "Moderate", "60–90 s"],
                        ["Sharp or spreading pain", "Stop", "—"],
                    ],
                },
            },
            *[
                {"type": "callout", "value": {"kind": kind, "title": title, "body": body}}
                for kind, title, body in callouts
            ],
            {"type": "condition", "value": {"condition": condition.pk, "context": "Long drives."}},
            {
                "type": "technique_steps",
                "value": {
                    "title": "Ischaemic compression",
                    "purpose": "Release a trigger point in the soleus.",
                    "steps": [
                        {"instruction": "Locate the taut band.", "cue": "A local twitch."},
                        {"instruction": "Hold steady pressure.", "cue": "Pain eases by half."},
                    ],
                },
            },
            {
                "type": "key_terms",
                "value": {
                    "title": "Key terms",
                    "terms": [
                        {"term": "Trigger point", "definition": "A hyperirritable spot."},
                        {"term": "Taut band", "definition": "A rope-like group of fibres."},
                    ],
                },
            },
        ]
    )


@pytest.fixture
def rich_course(course, modules, catalog, instructor, dvt):
    """`course` as authors fill it in: description, objectives, an approval, an instructor,
    a cover image, an optional module and a first module with every kind of block; and a
    second course in the catalog."""
    # Transactional tests flush the root collection that migrations made; images need one.
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    image = get_image_model().objects.create(
        title="Calf palpation", file=get_test_image_file(filename="calf.png")
    )
    course.description = "<p>Hands-on <b>trigger point</b> work for the lower limb.</p>"
    course.learning_objectives = json.dumps(
        [
            {"type": "objective", "value": "Locate trigger points in the calf."},
            {"type": "objective", "value": "Recognise when not to massage."},
        ]
    )
    course.cover_image = image
    course.save()
    course.instructors.add(instructor)
    CourseApproval.objects.create(course=course, body="NCBTMB", number="451234-26")
    modules[0].intro = "Why the calf deserves a careful assessment."
    modules[0].body = module_body(dvt, image)
    modules[0].save()
    modules[2].is_required = False
    modules[2].save()
    CoursePageFactory(parent=catalog, title="Sports Massage", slug="sports-massage")
    return course


def graded_with_mistakes(user, quiz) -> QuizAttempt:
    """A graded attempt with answers right, partly right, wrong and not given."""
    with committed():
        attempt, _ = attempt_start(user=user, quiz=quiz)
        answers = key_answers(attempt.snapshot)
        for question in snapshot_questions(attempt.snapshot):
            if question["type"] in ("single_choice", "true_false"):
                wrong = next(o for o in question["options"] if not o["correct"])
                answers[question["id"]] = wrong["token"]
            elif question["type"] == "multiple_response":
                answers[question["id"]] = answers[question["id"]][:1]
            elif question["type"] == "short_answer":
                del answers[question["id"]]
        return attempt_submit(attempt=attempt, answers=answers)


def certificates_in_every_state(user, catalog) -> list[Certificate]:
    """Valid (with its PDF), revoked, expired and superseded certificates of `user`."""
    today = timezone.localdate()
    courses = [
        CoursePageFactory(parent=catalog, title=title)
        for title in ("Hot Stone Massage", "Lymphatic Drainage", "Ethics", "Deep Tissue")
    ]
    made = {
        "valid": {},
        "revoked": {
            "status": "revoked",
            "revoked_at": timezone.now(),
            "revocation_reason": "Issued in error.",
        },
        "expired": {
            "completed_on": today - timedelta(days=800),
            "expires_on": today - timedelta(days=70),
        },
        "superseded": {"status": "superseded"},
    }
    certificates = [
        CertificateFactory(user=user, course=course, course_title=course.title, **fields)
        for course, fields in zip(courses, made.values(), strict=True)
    ]
    certificates[0].pdf.save("valid.pdf", ContentFile(b"%PDF-1.7 test"), save=True)
    CertificateFactory(
        user=user,
        course=courses[3],
        course_title=courses[3].title,
        supersedes=certificates[3],
        ce_hours=Decimal("2.50"),
    )
    assert [c.display_status for c in certificates] == list(made)
    return certificates


# Tests -------------------------------------------------------------------------------------


def test_public_pages_pass_axe(page, live_server, rich_course, quiz, learner, catalog):
    certificates = certificates_in_every_state(learner, catalog)
    found = audit_each(
        page,
        live_server,
        [
            ("home", "/"),
            ("catalog", catalog.url),
            ("course, anonymous", rich_course.url),
            ("quiz landing, anonymous", quiz.url),
            ("signup", "/accounts/signup/"),
            ("password reset", "/accounts/password/reset/"),
            ("verify lookup", "/verify/"),
            ("verify lookup, no match", "/verify/?number=CE-2026-000001&surname=Nobody"),
            ("verify lookup, empty fields", "/verify/?number=&surname="),
            *[(f"verification, {c.display_status}", f"/verify/{c.code}/") for c in certificates],
            ("404", "/no-such-page/"),
            ("login", "/accounts/login/"),
        ],
    )
    page.get_by_label("Email").fill(learner.email)
    page.get_by_label("Password").fill("not-the-password")
    page.get_by_role("button", name="Sign In").click()
    expect(page.locator(".panel--error")).to_be_visible()
    found += audit(page, "login with errors")
    assert not found, "\n".join(found)


def test_learning_pages_pass_axe(page, live_server, rich_course, modules, quiz, learner):
    enrollment_create(user=learner, course=rich_course)
    with committed():
        module_mark_completed(user=learner, module=modules[1])
    graded = graded_with_mistakes(learner, quiz)
    timed = QuizPageFactory(parent=modules[1], slug="timed", time_limit_minutes=10)
    with committed():
        running, _ = attempt_start(user=learner, quiz=timed)
    log_in(page, live_server, learner)
    found = audit_each(
        page,
        live_server,
        [
            ("course, enrolled", rich_course.url),
            ("module with every block", modules[0].url),
            ("module, complete", modules[1].url),
            ("quiz landing with an attempt", quiz.url),
            ("course evaluation", rich_course.url + rich_course.reverse_subpage("evaluation")),
            ("dashboard, in progress", "/dashboard/"),
            ("result with full review", f"{quiz.url}attempts/{graded.number}/result/"),
        ],
    )
    review = page.locator("article.question--review")
    for state in ("right", "partial", "wrong"):
        expect(page.locator(f".question--{state}").first).to_be_visible()
    expect(review.locator(".explanation").first).to_be_visible()

    page.goto(live_server.url + quiz.url)
    page.get_by_role("button", name="Start quiz").click()
    expect(page).to_have_url(re.compile(r"/attempts/2/$"))
    for kind in ("radio", "checkbox"):  # every question type is on the page
        expect(page.locator(f"input[type={kind}]").first).to_be_visible()
    expect(page.locator("select").first).to_be_visible()
    expect(page.get_by_label("Your answer (minutes)")).to_be_visible()
    found += audit(page, "attempt in progress, every question type")
    page.get_by_label("Warm, swollen, tender calf").check()
    page.get_by_role("button", name="Save progress").click()
    expect(page.get_by_role("status").get_by_text("Your answers are saved.")).to_be_visible()
    found += audit(page, "attempt with a flash message")

    QuizAttempt.objects.filter(pk=running.pk).update(
        deadline=timezone.now() + timedelta(seconds=50)
    )
    page.goto(f"{live_server.url}{timed.url}attempts/{running.number}/")
    expect(page.locator(".timer--low")).to_be_visible()
    found += audit(page, "attempt with the timer running low")
    assert not found, "\n".join(found)


def test_learner_record_pages_pass_axe(
    page, live_server, rich_course, learner, catalog, complete_course, other_course
):
    complete_course()
    enrollment_create(user=learner, course=other_course)
    certificates_in_every_state(learner, catalog)
    issued = Certificate.objects.get(user=learner, course=rich_course)
    assert issued.is_ready
    log_in(page, live_server, learner)
    found = audit_each(
        page,
        live_server,
        [
            ("dashboard, in progress and completed", "/dashboard/"),
            ("course, completed", rich_course.url),
            ("certificates in every state", "/certificates/"),
            ("transcript", "/certificates/transcript/"),
            ("transcript, bad period", "/certificates/transcript/?start=2026-05-01&end=2025-01-01"),
            ("own verification page", f"/verify/{issued.code}/"),
            ("email addresses", "/accounts/email/"),
            ("password change", "/accounts/password/change/"),
            ("data download", "/accounts/data/"),
            ("delete account", "/accounts/delete/"),
        ],
    )
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_role("alert")).to_be_visible()
    found += audit(page, "delete account with errors")
    page.goto(live_server.url + "/accounts/profile/")
    found += audit(page, "profile")
    page.get_by_label("Legal name").fill("")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_role("alert")).to_be_visible()
    found += audit(page, "profile with errors")
    assert not found, "\n".join(found)


def test_an_error_message_is_read_with_its_field(page, live_server, learner):
    log_in(page, live_server, learner)
    page.goto(live_server.url + "/accounts/delete/")
    page.get_by_role("button", name="Delete my account").click()
    password = page.get_by_label("Current password")
    expect(password).to_have_attribute("aria-invalid", "true")
    expect(password).to_have_accessible_description(re.compile("This field is required"))


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two CSS rgb()/rgba() colours."""

    def luminance(colour: str) -> float:
        red, green, blue = (int(n) / 255 for n in re.findall(r"[\d.]+", colour)[:3])
        return sum(
            weight * (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
            for weight, c in zip((0.2126, 0.7152, 0.0722), (red, green, blue), strict=True)
        )

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


FOCUS_RING = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    // A ring drawn outside the element stands against what is behind it; inside, its own box.
    let behind = parseFloat(style.outlineOffset) < 0 ? element : element.parentElement;
    while (behind && getComputedStyle(behind).backgroundColor === "rgba(0, 0, 0, 0)") {
        behind = behind.parentElement;
    }
    return {
        ring: style.outlineColor,
        width: parseFloat(style.outlineWidth),
        behind: behind ? getComputedStyle(behind).backgroundColor : "rgb(255, 255, 255)",
        text: element.innerText.trim(),
    };
}"""


def test_the_keyboard_focus_ring_stands_out_wherever_it_lands(page, live_server, rich_course):
    page.goto(live_server.url + rich_course.url)
    seen = set()
    for _ in range(8):  # skip link, header links and buttons, then the page's own content
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_RING)
        seen.add(focus["text"])
        assert focus["width"] >= 2, focus
        assert contrast(focus["ring"], focus["behind"]) >= 3, focus
    assert {"Skip to main content", "Courses", "Sign up", "Enroll"} <= seen
