"""The demo content files (cms/demo/content/) against the rules of the page editor.

Each block and question is turned into its stored form the way load_demo does it, then
validated by the StreamField block it will be stored in. A problem is reported as
`file:line: type: field: message`, so whoever edits the files can go straight to it.
"""

import json
import shutil

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from wagtail.blocks.base import get_error_json_data
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from cms.demo import images as demo_images
from cms.demo import loader
from cms.management.commands.load_demo import Command, cited, stream
from cms.models import HomePage
from courses.models import CoursePage, ModulePage
from quizzes.authoring import question_stream
from quizzes.models import QuizPage

pytestmark = pytest.mark.django_db

HOME_BODY = HomePage._meta.get_field("body").stream_block
MODULE_BODY = ModulePage._meta.get_field("body").stream_block
QUIZ_QUESTIONS = QuizPage._meta.get_field("questions").stream_block


@pytest.fixture
def images(db) -> dict[str, int]:
    """The demo image keys, as load_demo maps them to image ids."""
    return {
        key: get_image_model()
        .objects.create(title=spec["title"], file=get_test_image_file(filename=f"{key}.png"))
        .pk
        for key, spec in demo_images.IMAGES.items()
    }


def library() -> dict[str, int]:
    """The demo's conditions library in the database, by slug, as load_demo makes it."""
    from tests.factories import UserFactory

    return Command().conditions(loader.read().conditions, UserFactory())


def citation_problems(question: loader.Block, modules, conditions) -> list[str]:
    _kind, value = question
    if not isinstance(value, dict):
        return []
    problems = []
    if value.get("module") and value["module"] not in modules:
        problems.append(
            f"{question.where}: module {value['module']!r} is not a module of this course"
        )
    for slug in value.get("conditions", []):
        if slug not in conditions:
            problems.append(f"{question.where}: condition {slug!r} is not in conditions.yaml")
    return problems


def error_lines(data: dict, path: tuple = ()) -> list[str]:
    """Wagtail's nested block errors as `field > #2 > field: message` lines (items from 1)."""
    where = " > ".join(f"#{part + 1}" if isinstance(part, int) else str(part) for part in path)
    lines = [f"{where}: {message}" if where else message for message in data.get("messages", [])]
    for key, child in data.get("blockErrors", {}).items():
        lines += error_lines(child, (*path, int(key) if str(key).isdigit() else key))
    return lines


def validate(block: loader.Block, child_blocks: dict, raw: dict) -> list[str]:
    kind = raw["type"]
    if kind not in child_blocks:
        return [f"{block.where}: unknown type {kind!r}; use one of {', '.join(child_blocks)}"]
    child = child_blocks[kind]
    try:
        child.clean(child.to_python(raw["value"]))
    except ValidationError as error:
        lines = error_lines(get_error_json_data(error))
        return [f"{block.where}: {kind}: {line}" for line in lines]
    return []


def body_problems(
    blocks: list[loader.Block], stream_block, images: dict[str, int], conditions=None
) -> list[str]:
    conditions = library() if conditions is None else conditions
    problems = []
    for block in blocks:
        kind, value = block
        if kind == "image" and isinstance(value, dict) and value.get("image") not in images:
            problems.append(
                f"{block.where}: image: unknown image {value.get('image')!r}; "
                f"the demo images are {', '.join(images)}"
            )
            continue
        try:
            if kind == "condition" and value.get("condition") not in conditions:
                problems.append(f"{block.where}: condition {value.get('condition')!r} unknown")
                continue
            raw = json.loads(stream([block], images, conditions))[0]
            problems += validate(block, stream_block.child_blocks, raw)
        except Exception as error:  # any value load_demo could not store
            problems.append(f"{block.where}: {kind}: {type(error).__name__}: {error}")
    return problems


def question_problems(
    questions: list[loader.Block], stream_block, modules=(), conditions=None
) -> list[str]:
    conditions = library() if conditions is None else conditions
    problems = []
    for question in questions:
        kind, value = question
        container = stream_block.child_blocks.get(kind) if kind in loader.CONTAINERS else None
        if container and isinstance(value, dict) and isinstance(value.get("questions"), list):
            inner = question_problems(
                value["questions"], container.child_blocks["questions"], modules, conditions
            )
            if inner:  # reported at their own lines; the container would repeat them
                problems += inner
                continue
        if citations := citation_problems(question, modules, conditions):
            problems += citations
            continue
        try:
            resolved = cited([question], dict.fromkeys(modules), conditions)
            raw = question_stream(resolved)[0]
            problems += validate(question, stream_block.child_blocks, raw)
        except Exception as error:  # any value load_demo could not store
            problems.append(f"{question.where}: {kind}: {type(error).__name__}: {error}")
    return problems


def course_problems(course: dict, quizzes: dict, images: dict[str, int]) -> list[str]:
    conditions = library()
    modules = [module["slug"] for module in course["modules"]]
    problems = []
    for module in course["modules"]:
        problems += body_problems(module["body"], MODULE_BODY, images, conditions)
    for quiz in quizzes.values():
        problems += question_problems(quiz["questions"], QUIZ_QUESTIONS, modules, conditions)
    return problems


def test_every_demo_block_and_question_passes_the_editors_checks(images):
    demo = loader.read()
    problems = body_problems(demo.home["body"], HOME_BODY, images)
    for course, quizzes in demo.courses:
        problems += course_problems(course, quizzes, images)
    assert not problems, "\n".join(problems)
    # Nothing was skipped: every course, module and quiz had something to check.
    assert demo.home["body"] and demo.courses
    for course, quizzes in demo.courses:
        assert all(module["body"] for module in course["modules"]), course["slug"]
        assert "final" in quizzes and all(quiz["questions"] for quiz in quizzes.values())


COURSE = """\
slug: broken-course
title: A course with mistakes
topic: techniques
summary: One module with one wrong block.
description: <p>For the test.</p>
level: introductory
course_type: home_study
ce_hours: '1.00'
approved_title: A course with mistakes
approvals:
  - body: NCBTMB
    number: HS-0
objectives:
  - Find mistakes.
prerequisites: []
modules:
  - slug: only-module
    title: Only module
    intro: Read this.
    required: true
    body:
      - heading:
          text: Fine heading
          level: h2
      - paragraph: >-
          <p>Fine paragraph.</p>
      - heading:
          text: Heading at a level the editor does not offer
          level: h5
      - image:
          image: no-such-picture
          alt_text: Nothing
"""

QUIZ = """\
title: Quiz
intro: <p>Quiz.</p>
pass_mark: 80
max_attempts: null
time_limit_minutes: null
questions:
  - true_false:
      prompt: <p>A fine question.</p>
      correct: true
  - case_scenario:
      title: A client
      vignette: <p>A vignette.</p>
      questions:
        - single_choice:
            prompt: <p>Only one option.</p>
            options:
              - text: The only one
                correct: true
  - question_pool:
      title: Too small a pool
      draw: 3
      questions:
        - true_false:
            prompt: <p>Fine on its own.</p>
            correct: false
"""


def line_of(text: str, fragment: str, occurrence: int = 1) -> int:
    lines = [number for number, line in enumerate(text.splitlines(), 1) if fragment in line]
    return lines[occurrence - 1]


def test_a_broken_block_or_question_is_reported_at_its_file_and_line(tmp_path, images):
    folder = tmp_path / "broken-course"
    folder.mkdir()
    (folder / "course.yaml").write_text(COURSE)
    (folder / "quiz-only-module.yaml").write_text(QUIZ)
    (folder / "final-exam.yaml").write_text(QUIZ)

    course, quizzes = loader.read_course(folder)
    problems = course_problems(course, quizzes, images)

    course_file, quiz_file = folder / "course.yaml", folder / "quiz-only-module.yaml"
    expected = [
        f"{course_file}:{line_of(COURSE, '- heading:', 2)}: heading: level: Select a valid choice",
        f"{course_file}:{line_of(COURSE, '- image:')}: image: unknown image 'no-such-picture'",
        f"{quiz_file}:{line_of(QUIZ, '- single_choice:')}: single_choice: options: "
        "The minimum number of items is 2",
        f"{quiz_file}:{line_of(QUIZ, '- question_pool:')}: question_pool: "
        "This pool draws 3 questions but holds only 1.",
    ]
    assert len(problems) == 6, "\n".join(problems)  # the quiz's two again in final-exam.yaml
    for message in expected:
        assert any(problem.startswith(message) for problem in problems), (message, problems)


@pytest.mark.parametrize(
    ("mistake", "original", "replacement", "message"),
    [
        (
            "a question without its type",
            "  - true_false:\n      prompt: <p>A fine question.</p>\n      correct: true\n",
            "  - prompt: <p>A fine question.</p>\n    correct: true\n",
            "write each item of questions as `- <type>: <value>`",
        ),
        ("a field given twice", "pass_mark: 80\n", "pass_mark: 80\npass_mark: 70\n", "twice"),
        ("a misspelt field", "pass_mark: 80\n", "pass_mak: 80\n", "missing pass_mark"),
        ("a colon left unquoted", "title: Quiz\n", "title: Quiz: part one\n", "not allowed"),
    ],
)
def test_a_malformed_file_is_reported_at_its_file_and_line(
    tmp_path, mistake, original, replacement, message
):
    text = QUIZ.replace(original, replacement)
    assert text != QUIZ
    path = tmp_path / "quiz.yaml"
    path.write_text(text)
    pairs = zip(QUIZ.splitlines(), text.splitlines(), strict=False)
    first_changed = next(number for number, (old, new) in enumerate(pairs, 1) if old != new)
    where = 1 if mistake == "a misspelt field" else first_changed  # misspelt: the quiz lacks it

    with pytest.raises(loader.ContentError) as error:
        loader.read_quiz(path)

    assert str(error.value).startswith(f"{path}:{where}: "), str(error.value)
    assert message in str(error.value)


def test_load_demo_stops_at_a_broken_file_and_names_it(tmp_path, monkeypatch):
    content = tmp_path / "content"
    shutil.copytree(loader.CONTENT_DIR, content)
    quiz = content / "myofascial-trigger-point-techniques" / "quiz-myofascial-release.yaml"
    text = quiz.read_text()
    quiz.write_text(text.replace("\npass_mark: 80\n", "\npass_mark: 80\npass_mark: 70\n", 1))
    line = text.splitlines().index("pass_mark: 80") + 2
    monkeypatch.setattr(loader, "CONTENT_DIR", content)

    with pytest.raises(CommandError) as error:
        call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert f"{quiz}:{line}:" in str(error.value)
    assert not CoursePage.objects.exists()


def test_a_course_folder_must_match_its_modules_and_topics(tmp_path):
    folder = tmp_path / "broken-course"
    folder.mkdir()
    (folder / "course.yaml").write_text(COURSE)
    (folder / "final-exam.yaml").write_text(QUIZ)
    (folder / "quiz-only-modul.yaml").write_text(QUIZ)

    with pytest.raises(loader.ContentError, match=r"quiz-only-modul\.yaml:1: not a content file"):
        loader.read_course(folder)
    line = line_of(COURSE, "topic: techniques")
    with pytest.raises(loader.ContentError, match=rf"course\.yaml:{line}: topic 'techniques'"):
        loader.read_course(folder, topics={"massage": "Massage"})

    (folder / "quiz-only-modul.yaml").rename(folder / "quiz-only-module.yaml")
    course, quizzes = loader.read_course(folder)
    assert list(quizzes) == ["only-module", "final"]
    assert [question[0] for question in quizzes["only-module"]["questions"]] == [
        "true_false",
        "case_scenario",
        "question_pool",
    ]


def all_questions(questions):
    for question in questions:
        kind, value = question
        if kind in loader.CONTAINERS:
            yield from all_questions(value["questions"])
        else:
            yield question


def test_every_final_exam_item_is_answerable_from_required_modules():
    for course, quizzes in loader.read().courses:
        required = {module["slug"] for module in course["modules"] if module["required"]}
        for question in all_questions(quizzes["final"]["questions"]):
            _kind, value = question
            assert value.get("module") in required, (
                f"{question.where}: a final-exam item must cite a required module of "
                f"{course['slug']} (module: {value.get('module')!r})"
            )


def test_final_exams_draw_from_pools_larger_than_the_exam():
    for course, quizzes in loader.read().courses:
        pools = [v for k, v in quizzes["final"]["questions"] if k == "question_pool"]
        assert pools, course["slug"]
        assert all(pool["draw"] < len(pool["questions"]) for pool in pools), course["slug"]


# Words that mean a module discusses a library condition, and so must embed it.
CONDITION_WORDS = {
    "deep-vein-thrombosis": ("deep vein thrombosis", "dvt"),
    "stroke-warning-signs": ("slurred", "stroke-like", "signs of a stroke", "signs of stroke"),
    "fever-acute-infection": ("fever",),
    "pregnancy-warning-signs": ("pregnan",),
    "varicose-veins": ("varicose",),
}


def module_text(module) -> str:
    return json.dumps([value for _kind, value in module["body"]]).lower()


def test_modules_that_discuss_a_library_condition_embed_it():
    library_slugs = {condition["slug"] for condition in loader.read().conditions}
    assert set(CONDITION_WORDS) <= library_slugs
    missing = []
    for course, _quizzes in loader.read().courses:
        for module in course["modules"]:
            embedded = {value["condition"] for kind, value in module["body"] if kind == "condition"}
            text = module_text(module)
            for slug, words in CONDITION_WORDS.items():
                if any(word in text for word in words) and slug not in embedded:
                    missing.append(f"{course['slug']}/{module['slug']}: {slug}")
    assert not missing, "modules discuss these conditions without the library's guidance:\n" + (
        "\n".join(missing)
    )
