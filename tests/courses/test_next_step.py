"""One count of progress on every page, and the next step by the same completion rule."""

import re

import pytest

from courses.selectors import StepKind, course_next_step
from courses.services import enrollment_create, evaluation_submit, module_mark_completed
from tests.conftest import submit
from tests.factories import CoursePageFactory, ModulePageFactory, QuizPageFactory

pytestmark = pytest.mark.django_db


def progress_block(html: str) -> str:
    """The progress component's text: its label, the bar's fallback text, the steps."""
    block = re.search(r'<div class="progress">(.*?)</div>', html, re.S)
    assert block, html
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", block[1])).strip()


@pytest.fixture
def part_way(learner, course, modules, final_exam):
    """Part way through a course with an optional module, a module quiz, a final exam and an
    evaluation: the first module's quiz passed, the optional module read."""
    course.evaluation_required = True
    course.save_revision().publish()
    extra = ModulePageFactory(parent=course, title="Further reading", is_required=False)
    quiz = QuizPageFactory(parent=modules[0], slug="quiz", title="Module 1 quiz")
    enrollment_create(user=learner, course=course)
    submit(learner, quiz)
    module_mark_completed(user=learner, module=extra)
    return extra


def test_course_page_and_module_sidebar_count_the_same_steps(
    learner_client, course, modules, part_way
):
    expected = (
        "1 of 5 required steps complete (20%) 20% Required modules: 1 of 3 "
        "Final exam passed: 0 of 1 Course evaluation: not yet submitted"
    )
    assert progress_block(learner_client.get(course.url).content.decode()) == expected
    for module in [*modules, part_way]:
        html = learner_client.get(module.url).content.decode()
        sidebar = html[html.index('<aside class="module-layout__aside"') :]
        assert progress_block(sidebar) == expected, module.title


def test_module_sidebar_marks_optional_modules_and_links_the_final_exam(
    learner_client, modules, final_exam, part_way
):
    html = learner_client.get(modules[1].url).content.decode()
    sidebar = html[html.index('<aside class="module-layout__aside"') :]
    assert re.search(r"Further reading</a> <span[^>]*>optional</span>", sidebar)
    assert f'<a href="{final_exam.url}">Final exam</a>' in sidebar


def step(learner, course):
    found = course_next_step(user=learner, course=course)
    return found.kind, found.page.title if found.page else None


def test_next_step_follows_the_completion_rule(learner, course, modules, final_exam):
    course.evaluation_required = True
    course.save_revision().publish()
    optional = ModulePageFactory(parent=course, title="Optional", is_required=False)
    enrollment_create(user=learner, course=course)
    assert step(learner, course) == (StepKind.MODULE, "Module 1")
    for module in modules:
        module_mark_completed(user=learner, module=module)
    # The optional module is no step: the final exam is next.
    assert step(learner, course) == (StepKind.EXAM, "Final exam")
    submit(learner, final_exam)
    assert step(learner, course) == (StepKind.EVALUATION, None)
    evaluation_submit(user=learner, course=course, data={"rating": 4, "met_objectives": True})
    assert step(learner, course) == (StepKind.COMPLETE, None)
    assert optional.pk  # still not completed, and not needed


@pytest.mark.parametrize(
    ("done", "after", "expected"),
    [
        ([], None, "Module 1"),
        ([0], 0, "Module 2"),
        ([1], 1, "Module 3"),  # from the module just finished on, not from the start
        ([1, 2], 2, "Module 1"),  # then round to an earlier one left behind
        ([0, 2], 2, "Module 2"),
    ],
)
def test_the_next_module_is_the_first_unfinished_after_this_one(
    learner, course, modules, done, after, expected
):
    enrollment_create(user=learner, course=course)
    for index in done:
        module_mark_completed(user=learner, module=modules[index])
    found = course_next_step(
        user=learner, course=course, after=None if after is None else modules[after]
    )
    assert (found.kind, found.page.title) == (StepKind.MODULE, expected)


def test_with_several_exams_the_next_is_the_first_not_passed(learner, course, modules):
    first = QuizPageFactory(parent=course, title="Exam A", slug="exam-a")
    second = QuizPageFactory(parent=course, title="Exam B", slug="exam-b")
    enrollment_create(user=learner, course=course)
    for module in modules:
        module_mark_completed(user=learner, module=module)
    submit(learner, second)
    assert step(learner, course) == (StepKind.EXAM, "Exam A")
    submit(learner, first)
    assert step(learner, course) == (StepKind.COMPLETE, None)


def test_a_course_without_steps_has_no_next_step(learner, catalog):
    empty = CoursePageFactory(parent=catalog, title="Coming soon")
    enrollment_create(user=learner, course=empty)
    assert course_next_step(user=learner, course=empty) is None


def test_course_page_offers_the_final_exam_once_the_modules_are_done(
    learner_client, learner, course, modules, final_exam
):
    enrollment_create(user=learner, course=course)
    html = learner_client.get(course.url).content.decode()
    assert f'<a class="button" href="{modules[0].url}">Start the first module</a>' in html
    for module in modules:
        module_mark_completed(user=learner, module=module)
    html = learner_client.get(course.url).content.decode()
    assert (
        f'<a class="button" href="{final_exam.url}">Continue to the final exam: Final exam</a>'
        in html
    )


def test_a_visited_module_makes_the_course_button_say_continue(
    learner_client, learner, course, modules
):
    enrollment_create(user=learner, course=course)
    learner_client.get(modules[1].url)
    html = learner_client.get(course.url).content.decode()
    assert f'<a class="button" href="{modules[1].url}">Continue</a>' in html


def test_the_last_module_done_points_to_the_final_exam(
    learner_client, learner, course, modules, final_exam
):
    enrollment_create(user=learner, course=course)
    for module in modules:
        module_mark_completed(user=learner, module=module)
    html = learner_client.get(modules[-1].url).content.decode()
    finish = html[html.index('id="finish-heading"') : html.index('<nav class="pager"')]
    assert "You have completed this module." in finish
    assert f'href="{final_exam.url}">Continue to the final exam: Final exam</a>' in finish


def test_a_complete_course_points_to_the_certificates(
    learner_client, learner, course, modules, complete_course
):
    complete_course()
    html = learner_client.get(course.url).content.decode()
    assert '<a class="button" href="/certificates/">See your certificates</a>' in html
