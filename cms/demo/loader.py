"""The demo site's text, read from the YAML files in ``content/`` beside this module.

    content/site.yaml                              home page, catalog, topics, course order,
                                                   what synthetic learners are made of
    content/<course-slug>/course.yaml              the course and its modules
    content/<course-slug>/quiz-<module-slug>.yaml  that module's quiz (no file: no quiz)
    content/<course-slug>/final-exam.yaml          the course's final exam

``read()`` returns the structures ``load_demo`` builds the site from. A block or question is
written ``- <type>: <value>`` and read as the ``(type, value)`` pair that ``load_demo.stream``
and ``quizzes.authoring.question_stream`` take; each pair is a ``Block`` that also knows the
file and line it was written at, so checks can point at it. A file that cannot be read raises
``ContentError`` whose message starts with ``file:line:``.
"""

from collections.abc import Collection
from pathlib import Path
from typing import Any, NamedTuple

import yaml

CONTENT_DIR = Path(__file__).resolve().parent / "content"
CONTAINERS = ("case_scenario", "question_pool")  # questions that hold questions
COURSE_FIELDS = (
    "slug",
    "title",
    "topic",
    "summary",
    "description",
    "level",
    "course_type",
    "ce_hours",
    "approved_title",
    "approvals",
    "objectives",
    "prerequisites",
    "modules",
)
MODULE_FIELDS = ("slug", "title", "intro", "required", "body")
QUIZ_FIELDS = ("title", "intro", "pass_mark", "max_attempts", "time_limit_minutes", "questions")
LEARNER_FIELDS = ("first_names", "last_names", "licences", "short_answers", "comments")
LICENCE_FIELDS = ("jurisdiction", "licensing_body", "designation", "number_prefix")


class ContentError(ValueError):
    """A content file cannot be read. The message starts with ``file:line:``."""


class Block(tuple):
    """A ``(type, value)`` pair that remembers where it was written (``where``: file:line)."""

    where: str

    def __new__(cls, kind: str, value: Any, where: str):
        block = super().__new__(cls, (kind, value))
        block.where = where
        return block

    def __getnewargs__(self):
        return (*self, self.where)


class Content(NamedTuple):
    home: dict
    catalog: dict
    topics: list[tuple[str, str]]
    courses: list[tuple[dict, dict[str, dict]]]  # (course, quizzes by module slug + "final")
    conditions: list[dict]  # the clinical library (conditions.yaml)
    learners: dict  # names, licences and comments of synthetic learners (`load_demo --learners`)


CONDITION_FIELDS = (
    "slug",
    "name",
    "category",
    "referral",
    "signs",
    "guidance",
    "sources",
    "reviewed_on",
    "review_due",
)


def read_conditions(path: Path) -> list[dict]:
    """The clinical library: a list of conditions, each with its sources."""
    conditions = []
    for item in _load(path):
        condition = _fields(item, path, CONDITION_FIELDS)
        conditions.append(_plain(condition))
    return conditions


def read(directory: Path | None = None) -> Content:
    """Everything in ``directory`` (default: CONTENT_DIR), courses in site.yaml's order."""
    directory = directory or CONTENT_DIR
    path = directory / "site.yaml"
    site = _fields(_load(path), path, ("home", "catalog", "courses", "topics", "learners"))
    home = _fields(site["home"], path, ("title", "intro", "body"))
    listed = site["courses"]
    folders = sorted(child.name for child in directory.iterdir() if child.is_dir())
    if unlisted := [name for name in folders if name not in listed]:
        raise ContentError(
            f"{_where(path, site, 'courses')}: course folders missing from courses: "
            f"{', '.join(unlisted)}"
        )
    topics = _plain(site["topics"])
    return Content(
        home={**_plain(home), "body": _blocks(home, "body", path)},
        catalog=_plain(_fields(site["catalog"], path, ("title", "intro"))),
        topics=list(topics.items()),
        courses=[read_course(directory / slug, topics=topics) for slug in listed],
        conditions=read_conditions(directory / "conditions.yaml"),
        learners=read_learners(site, path),
    )


def read_learners(site: dict, path: Path) -> dict:
    """site.yaml's `learners`: first and last names, licences (each jurisdiction, licensing
    body, designation and number prefix), wrong short answers, and evaluation comments by
    rating (1 to 5)."""
    learners = _fields(site["learners"], path, LEARNER_FIELDS)
    for key in ("first_names", "last_names", "licences", "short_answers"):
        if not _items(learners, key, path):
            raise ContentError(f"{_where(path, learners, key)}: {key} is empty")
    for licence in learners["licences"]:
        _fields(licence, path, LICENCE_FIELDS)
    comments = learners["comments"]
    if not isinstance(comments, dict) or set(comments) != {1, 2, 3, 4, 5}:
        raise ContentError(
            f"{_where(path, learners, 'comments')}: comments must list comments for each "
            "rating from 1 to 5"
        )
    for rating in comments:
        _items(comments, rating, path)
    return _plain(learners)


def read_course(directory: Path, topics: Collection[str] = ()) -> tuple[dict, dict[str, dict]]:
    """A course folder: the course with its modules, and its quizzes keyed by module slug
    (in module order) then ``"final"`` for the final exam. ``topics``: the known topic slugs,
    if the course's topic should be checked."""
    path = directory / "course.yaml"
    data = _fields(_load(path), path, COURSE_FIELDS)
    if data["slug"] != directory.name:
        raise ContentError(
            f"{_where(path, data, 'slug')}: slug {data['slug']!r} differs from the folder name "
            f"{directory.name!r}"
        )
    if topics and data["topic"] not in topics:
        raise ContentError(
            f"{_where(path, data, 'topic')}: topic {data['topic']!r} is none of the topics in "
            f"site.yaml: {', '.join(topics)}"
        )
    modules = [_module(module, path) for module in _items(data, "modules", path)]
    course = {**_plain(data), "modules": modules}
    expected = {f"quiz-{module['slug']}.yaml" for module in modules}
    for child in sorted(directory.glob("[!.]*.y*ml")):
        if child.name not in expected | {"course.yaml", "final-exam.yaml"}:
            raise ContentError(
                f"{_display(child)}:1: not a content file of this course; quizzes are named "
                "quiz-<module-slug>.yaml after a module in course.yaml"
            )
    quizzes = {
        module["slug"]: read_quiz(directory / f"quiz-{module['slug']}.yaml")
        for module in modules
        if (directory / f"quiz-{module['slug']}.yaml").exists()
    }
    quizzes["final"] = read_quiz(directory / "final-exam.yaml")
    return course, quizzes


def read_quiz(path: Path) -> dict:
    data = _fields(_load(path), path, QUIZ_FIELDS)
    return {**_plain(data), "questions": _questions(data, "questions", path)}


# --- reading ---------------------------------------------------------------------------------


class _Mapping(dict):
    line = 1
    key_lines: dict[Any, int]


class _Sequence(list):
    lines: list[int]


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Safe YAML whose mappings and list items remember their line; repeated keys refused."""


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> _Mapping:
    mapping = _Mapping()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in mapping:
            raise ContentError(f"{loader.name}:{line}: {key!r} is given twice")
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = line
    return mapping


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> _Sequence:
    sequence = _Sequence(loader.construct_object(child, deep=True) for child in node.value)
    sequence.lines = [child.start_mark.line + 1 for child in node.value]
    return sequence


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def _display(path: Path) -> str:
    """The path as a message shows it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _where(path: Path, mapping: Any, key: str | None = None) -> str:
    """file:line of ``mapping`` (of its ``key`` if given)."""
    line = getattr(mapping, "line", 1)
    if key is not None:
        line = getattr(mapping, "key_lines", {}).get(key, line)
    return f"{_display(path)}:{line}"


def _load(path: Path) -> Any:
    if not path.is_file():
        raise ContentError(f"{_display(path)}:1: file is missing")
    with path.open(encoding="utf-8") as stream:
        loader = _Loader(stream)
        loader.name = _display(path)
        try:
            return loader.get_single_data()
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
            problem = getattr(error, "problem", None) or error
            line = mark.line + 1 if mark else 1
            raise ContentError(f"{_display(path)}:{line}: {problem}") from error
        finally:
            loader.dispose()


def _fields(data: Any, path: Path, names: tuple[str, ...]) -> _Mapping:
    """``data`` if it is a mapping with exactly the fields ``names``."""
    if not isinstance(data, dict):
        raise ContentError(f"{_where(path, data)}: expected the fields {', '.join(names)}")
    missing = [name for name in names if name not in data]
    unknown = [str(name) for name in data if name not in names]
    if missing or unknown:
        problems = [f"missing {', '.join(missing)}"] if missing else []
        problems += [f"unknown {', '.join(unknown)}"] if unknown else []
        raise ContentError(f"{_where(path, data)}: {'; '.join(problems)}")
    return data


def _items(owner: _Mapping, key: str, path: Path) -> _Sequence:
    items = owner[key]
    if not isinstance(items, _Sequence):
        raise ContentError(f"{_where(path, owner, key)}: {key} must be a list of `- ` items")
    return items


def _module(data: Any, path: Path) -> dict:
    module = _fields(data, path, MODULE_FIELDS)
    return {**_plain(module), "body": _blocks(module, "body", path)}


def _pairs(owner: _Mapping, key: str, path: Path) -> list[tuple[str, Any, str]]:
    """``owner[key]``, a list of ``- <type>: <value>`` items, as (type, value, file:line)."""
    items = _items(owner, key, path)
    pairs = []
    for item, line in zip(items, items.lines, strict=True):
        if not (isinstance(item, dict) and len(item) == 1):
            raise ContentError(
                f"{_display(path)}:{line}: write each item of {key} as `- <type>: <value>`, "
                "one type per item"
            )
        ((kind, value),) = item.items()
        pairs.append((str(kind), value, f"{_display(path)}:{line}"))
    return pairs


def _blocks(owner: _Mapping, key: str, path: Path) -> list[Block]:
    return [Block(kind, _plain(value), where) for kind, value, where in _pairs(owner, key, path)]


def _questions(owner: _Mapping, key: str, path: Path) -> list[Block]:
    """Questions as Blocks; case scenarios and pools hold their own list of questions."""
    questions = []
    for kind, value, where in _pairs(owner, key, path):
        if kind in CONTAINERS and isinstance(value, dict) and "questions" in value:
            value = {**_plain(value), "questions": _questions(value, "questions", path)}
        questions.append(Block(kind, _plain(value), where))
    return questions


def _plain(value: Any) -> Any:
    """Plain dicts and lists (Blocks kept as they are)."""
    if isinstance(value, Block):
        return value
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value
