"""What every question type provides. A type is one class in one module of this package.

A question lives in four forms:

- its block value, as the instructor authored it in the quiz's StreamField;
- its content (`content`), frozen once per quiz version and shared by every attempt: a dict
  with the common fields (`id`, `type`, `prompt`, `points`, `explanation`), the type's own
  fields and the key, lists in authored order, and placeholders where tokens go;
- its frozen form in one attempt (`arrange`): the content with the attempt's order of each
  `arranged` list (`number` added by the snapshot) and its own opaque tokens for everything
  a learner picks;
- what a learner may see while answering (`public`): the frozen form without key, feedback or
  explanation.

An answer is read from form data (`read`), checked against the frozen question (`clean`) and
graded by a pure function (`grade`) into a fraction of the points, from 0 to 1.
"""

import itertools
import random
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any, ClassVar

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

PROMPT_FEATURES = ["bold", "italic", "ol", "ul"]
MAX_FIELD_LENGTH = 500  # longer than any answer or token this engine produces
COMMON_FIELDS = ("id", "type", "prompt", "points", "number")
# Starts a token's stand-in in shared content: a private-use character no authored text is.
PLACEHOLDER = "\ue000"


class AnswerError(ValueError):
    """The submitted answers cannot be accepted; the message says why."""


def with_tokens(value: Any, tokens: Callable[[str], str]) -> Any:
    """A copy of `value` (frozen content) with each placeholder replaced by `tokens(it)`."""
    if isinstance(value, dict):
        return {name: with_tokens(item, tokens) for name, item in value.items()}
    if isinstance(value, list):
        return [with_tokens(item, tokens) for item in value]
    if isinstance(value, str) and value.startswith(PLACEHOLDER):
        return tokens(value)
    return value


def block_error(**fields: str) -> StructBlockValidationError:
    return StructBlockValidationError(
        block_errors={name: ValidationError(message) for name, message in fields.items()}
    )


def wrong_form() -> AnswerError:
    return AnswerError(_("An answer has the wrong form."))


def refuse_unknown() -> AnswerError:
    return AnswerError(_("An answer refers to an option that is not in this quiz."))


def rows(child: blocks.Block, count: int, **kwargs) -> blocks.ListBlock:
    """A list an author fills in, starting with the `count` rows it needs at least."""
    return blocks.ListBlock(
        child, min_num=count, default=[child.get_default() for _ in range(count)], **kwargs
    )


class QuestionBlock(blocks.StructBlock):
    """Fields every question has. Each type's block adds its answer fields."""

    prompt = blocks.RichTextBlock(label=gettext_lazy("Question"), features=PROMPT_FEATURES)
    points = blocks.DecimalBlock(
        label=gettext_lazy("Points"),
        default=Decimal("1"),
        min_value=Decimal("0.01"),
        max_digits=5,
        decimal_places=2,
    )
    explanation = blocks.RichTextBlock(
        label=gettext_lazy("Explanation"),
        required=False,
        features=PROMPT_FEATURES,
        help_text=gettext_lazy(
            "Why the answer is right. Shown after the attempt if the review policy allows."
        ),
    )
    module = blocks.PageChooserBlock(
        page_type="courses.ModulePage",
        required=False,
        label=gettext_lazy("Taught in module"),
        help_text=gettext_lazy("The module whose content answers this question."),
    )
    conditions = blocks.ListBlock(
        SnippetChooserBlock("courses.Condition"),
        required=False,
        default=[],
        label=gettext_lazy("Conditions it tests"),
        help_text=gettext_lazy(
            "Conditions from the library; when their guidance changes, the library's usage "
            "view lists this quiz for review."
        ),
    )


class QuestionType:
    """One kind of question. Subclasses set the class attributes and implement the
    type-specific methods; everything outside this package reaches them through the registry.
    """

    name: ClassVar[str]  # the StreamField block name, stored in snapshots as "type"
    block_class: ClassVar[type[QuestionBlock]]
    template: ClassVar[str]  # the question in an attempt in progress
    review_template: ClassVar[str]  # the question in a graded attempt
    answer_type: ClassVar[type]  # the Python type of a clean answer: str, list or dict
    free_text: ClassVar[bool] = False  # any text is a possible answer (no tokens to check)
    # Lists each attempt presents in its own order; the content keeps the authored order.
    arranged: ClassVar[tuple[str, ...]] = ()

    def block(self) -> QuestionBlock:
        return self.block_class()

    # --- authoring --------------------------------------------------------------------------

    def stream_value(self, data: dict) -> dict:
        """The block's stored value from plain data (demo files, imports). Common fields here;
        types add theirs in `stream_fields`."""
        return {
            "prompt": data["prompt"],
            "points": str(data.get("points", "1")),
            "explanation": data.get("explanation", ""),
            "module": data.get("module"),
            "conditions": list(data.get("conditions", [])),
            **self.stream_fields(data),
        }

    def stream_fields(self, data: dict) -> dict:
        raise NotImplementedError

    # --- freezing ---------------------------------------------------------------------------

    def content(self, value, *, block_id: str) -> dict:
        """The question as every attempt of this quiz version shares it, key included (kept
        server-side): lists in authored order, placeholders for tokens."""
        numbers = itertools.count(1)
        return {
            "id": block_id,
            "type": self.name,
            "prompt": value["prompt"].source,
            "points": str(value["points"]),
            "explanation": value["explanation"].source if value["explanation"] else "",
            **self.freeze_fields(value, token=lambda: f"{PLACEHOLDER}{next(numbers)}"),
        }

    def freeze_fields(self, value, *, token: Callable[[], str]) -> dict:
        """The type's fields and key; `token()` gives the placeholder for each token."""
        raise NotImplementedError

    def shuffled(self, shuffle_options: bool) -> tuple[str, ...]:
        """The `arranged` lists an attempt shuffles; the others keep the authored order."""
        return self.arranged if shuffle_options else ()

    def orders(self, content: dict, *, rng: random.Random, shuffle_options: bool) -> list:
        """One attempt's order of each `arranged` list: positions in the content's list."""
        shuffled = self.shuffled(shuffle_options)
        orders = []
        for name in self.arranged:
            positions = list(range(len(content[name])))
            if name in shuffled:
                rng.shuffle(positions)
            orders.append(positions)
        return orders

    def arrange(self, content: dict, orders: list, tokens: Callable[[str], str]) -> dict:
        """The question as one attempt presents it: its `orders` (see `orders`; none keeps
        every list as it is) and `tokens(placeholder)` for each token."""
        question = with_tokens(content, tokens)
        for name, order in zip(self.arranged, orders, strict=False):
            question[name] = [question[name][position] for position in order]
        return question

    def public(self, question: dict) -> dict:
        """What a learner may see while answering: no key, feedback or explanation."""
        return {
            **{name: question[name] for name in COMMON_FIELDS if name in question},
            **self.public_fields(question),
        }

    def public_fields(self, question: dict) -> dict:
        raise NotImplementedError

    # --- answers ----------------------------------------------------------------------------

    def field_names(self, question: dict) -> list[str]:
        """The form fields this question's answer is posted in."""
        return [field_name(question["id"])]

    def read(self, question: dict, data) -> Any:
        """The raw answer in `data` (a QueryDict), not yet checked; None when unanswered."""
        return one_value(data, field_name(question["id"])) or None

    def clean(self, question: dict, raw: Any) -> Any:
        """The answer in its canonical form, or None when empty. Raises AnswerError for
        anything a learner's form could not have sent: unknown tokens, wrong types, oversized
        values."""
        raise NotImplementedError

    def form_data(self, question: dict, answer: Any) -> dict[str, list[str]]:
        """The form fields that post `answer`: the inverse of `read`."""
        return {field_name(question["id"]): [answer]}

    def key(self, question: dict) -> Any:
        """An answer that earns full marks (shown in a full review)."""
        raise NotImplementedError

    def grade(self, question: dict, answer: Any) -> Fraction:
        """Pure: the fraction of the points `answer` earns, from 0 to 1, for any value."""
        raise NotImplementedError

    def chosen_keys(self, question: dict, answer: Any) -> list[str]:
        """The stable keys of the authored options `answer` picks, for option counts in the
        item analysis; empty for types without authored options."""
        return []

    # --- regrading --------------------------------------------------------------------------

    def rekey(self, question: dict, value) -> dict:
        """Pure: the frozen `question` with its key and points taken from `value`, the
        question's current block value, so a corrected key can regrade the answers given.
        Everything the learner saw (texts, order, tokens) stays as frozen; parts no longer in
        `value` keep their frozen key."""
        return {**question, "points": str(value["points"]), **self.rekey_fields(question, value)}

    def rekey_fields(self, question: dict, value) -> dict:
        """The type's key fields of the frozen question, as `value` now sets them."""
        raise NotImplementedError

    # --- presentation -----------------------------------------------------------------------

    def present(self, question: dict, answer: Any) -> dict:
        """Template data while answering: the public view with the learner's answer marked."""
        return {**self.public(question), "given": answer}

    def review(self, question: dict, answer: Any, *, reveal: bool) -> dict:
        """Template data for a graded question; the key and feedback only when `reveal`."""
        return self.present(question, answer)


def field_name(question_id: str, token: str | None = None) -> str:
    return f"q-{question_id}" if token is None else f"q-{question_id}-{token}"


def one_value(data, name: str) -> str:
    """The single value posted as `name` ("" if absent)."""
    values = data.getlist(name)
    if len(values) > 1:
        raise AnswerError(_("One answer was sent twice."))
    return values[0] if values else ""


def check_text(value: Any, *, limit: int = MAX_FIELD_LENGTH) -> str:
    """`value` if it is a string a form could have sent, else AnswerError."""
    if not isinstance(value, str):
        raise wrong_form()
    if "\x00" in value:
        raise AnswerError(_("Answers cannot contain control characters."))
    if len(value) > limit:
        raise AnswerError(_("Answers are limited to %(limit)s characters.") % {"limit": limit})
    return value


def check_token(value: Any, tokens: set[str]) -> str:
    if not isinstance(value, str) or value not in tokens:
        raise refuse_unknown()
    return value


class PartsType(QuestionType):
    """A question answered part by part (matching rows, ordering items): one form field per
    part, and an answer that maps each part's token to the value given for it."""

    parts: ClassVar[str]  # the frozen question's list of parts
    answer_type = dict

    def field_names(self, question: dict) -> list[str]:
        return [field_name(question["id"], part["token"]) for part in question[self.parts]]

    def read(self, question: dict, data) -> Any:
        raw = {
            part["token"]: one_value(data, field_name(question["id"], part["token"]))
            for part in question[self.parts]
        }
        return {token: value for token, value in raw.items() if value} or None

    def clean(self, question: dict, raw: Any) -> Any:
        if raw in (None, {}):
            return None
        if not isinstance(raw, dict):
            raise wrong_form()
        if not set(raw) <= {part["token"] for part in question[self.parts]}:
            raise refuse_unknown()
        return {token: self.clean_part(question, value) for token, value in raw.items()}

    def clean_part(self, question: dict, value: Any) -> Any:
        raise NotImplementedError

    def form_data(self, question: dict, answer: Any) -> dict[str, list[str]]:
        return {field_name(question["id"], token): [str(value)] for token, value in answer.items()}
