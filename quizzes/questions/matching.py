from fractions import Fraction
from typing import Any

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from quizzes.questions.base import (
    PartsType,
    QuestionBlock,
    block_error,
    check_token,
    field_name,
    rows,
)


def match_text(text: str) -> str:
    return text.strip().casefold()


class MatchPairBlock(blocks.StructBlock):
    prompt = blocks.CharBlock(label=_("Item"), max_length=200)
    match = blocks.CharBlock(label=_("Its match"), max_length=200)


class MatchingBlock(QuestionBlock):
    pairs = rows(MatchPairBlock(), 2, label=_("Pairs"))
    distractors = blocks.ListBlock(
        blocks.CharBlock(max_length=200),
        label=_("Extra wrong matches"),
        required=False,
        default=[],
    )

    def clean(self, value):
        value = super().clean(value)
        matches = [pair["match"].strip().casefold() for pair in value["pairs"]]
        matches += [d.strip().casefold() for d in value["distractors"]]
        if len(set(matches)) != len(matches):
            raise block_error(pairs=_("Each match and extra wrong match must be different."))
        return value

    class Meta:
        icon = "link"
        label = _("Matching")
        help_text = _("Points in proportion to the items matched correctly.")
        preview_value = {
            "prompt": "<p>Match each technique to its main use.</p>",
            "pairs": [
                {"prompt": "Trigger point compression", "match": "Referred pain from a taut band"},
                {"prompt": "Myofascial release", "match": "Restricted fascial glide"},
            ],
            "distractors": ["Acute fracture"],
        }


class Matching(PartsType):
    """Each row takes one match from a shared list; points in proportion to rows right.

    The answer maps each row's token to the chosen match's token."""

    name = "matching"
    block_class = MatchingBlock
    template = "quizzes/questions/matching.html"
    review_template = "quizzes/questions/matching_review.html"
    parts = "rows"
    arranged = ("rows", "choices")

    def stream_fields(self, data: dict) -> dict:
        return {
            "pairs": [{"prompt": p["prompt"], "match": p["match"]} for p in data["pairs"]],
            "distractors": list(data.get("distractors", [])),
        }

    def shuffled(self, shuffle_options: bool) -> tuple[str, ...]:
        # The matches always: the pairs' order would give the answers away.
        return self.arranged if shuffle_options else ("choices",)

    def freeze_fields(self, value, *, token):
        choices, rows = [], []
        for bound in value["pairs"].bound_blocks:
            choice = {"token": token(), "text": bound.value["match"]}
            choices.append(choice)
            rows.append(
                {
                    "key": bound.id,
                    "token": token(),
                    "text": bound.value["prompt"],
                    "answer": choice["token"],
                }
            )
        choices += [{"token": token(), "text": text} for text in value["distractors"]]
        return {"rows": rows, "choices": choices}

    def public_fields(self, question: dict) -> dict:
        return {
            "rows": [{"token": r["token"], "text": r["text"]} for r in question["rows"]],
            "choices": [dict(c) for c in question["choices"]],
        }

    def clean_part(self, question: dict, value: Any) -> Any:
        return check_token(value, {choice["token"] for choice in question["choices"]})

    def key(self, question: dict) -> Any:
        return {row["token"]: row["answer"] for row in question["rows"]}

    def rekey_fields(self, question: dict, value) -> dict:
        """Each row's answer becomes the shown match whose text is the row's match in `value`
        (ignoring case and surrounding spaces); a row whose match is no longer among the
        shown ones keeps its frozen answer."""
        tokens = {match_text(c["text"]): c["token"] for c in question["choices"]}
        matches = {b.id: match_text(b.value["match"]) for b in value["pairs"].bound_blocks}
        rows = []
        for row in question["rows"]:
            match = matches.get(row.get("key"))
            rows.append({**row, "answer": tokens.get(match, row["answer"])})
        return {"rows": rows}

    def grade(self, question: dict, answer: Any) -> Fraction:
        rows = question["rows"]
        if not rows or not isinstance(answer, dict):
            return Fraction(0)
        right = sum(1 for row in rows if answer.get(row["token"]) == row["answer"])
        return Fraction(right, len(rows))

    def present(self, question: dict, answer: Any) -> dict:
        shown = super().present(question, answer)
        for row in shown["rows"]:
            row["name"] = field_name(question["id"], row["token"])
            row["chosen"] = (answer or {}).get(row["token"], "")
        return shown

    def review(self, question: dict, answer: Any, *, reveal: bool) -> dict:
        shown = self.present(question, answer)
        texts = {choice["token"]: choice["text"] for choice in question["choices"]}
        for row, frozen in zip(shown["rows"], question["rows"], strict=True):
            row["chosen_text"] = texts.get(row["chosen"], "")
            if reveal:
                row["answer_text"] = texts[frozen["answer"]]
        return shown
