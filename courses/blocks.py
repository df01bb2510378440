"""Teaching blocks used in course modules."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from cms.blocks import RICH_TEXT_FEATURES, BaseStreamBlock


class CalloutValue(blocks.StructValue):
    def default_title(self) -> str:
        return str(dict(CalloutBlock.KIND_CHOICES)[self["kind"]])

    def display_title(self) -> str:
        return self["title"] or self.default_title()


class CalloutBlock(blocks.StructBlock):
    KIND_CHOICES = [
        ("clinical_note", _("Clinical note")),
        ("precaution", _("Precaution")),
        ("contraindication", _("Contraindication alert")),
    ]
    kind = blocks.ChoiceBlock(choices=KIND_CHOICES, default="clinical_note", label=_("Kind"))
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=120,
        help_text=_("Leave blank to use the kind as the title."),
    )
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "blocks/callout_block.html"
        value_class = CalloutValue
        preview_value = {
            "kind": "contraindication",
            "title": "Deep vein thrombosis",
            "body": "<p>Do not massage the limb; refer the client for medical care.</p>",
        }


class TechniqueStepBlock(blocks.StructBlock):
    instruction = blocks.TextBlock(label=_("Instruction"))
    cue = blocks.CharBlock(
        label=_("What to watch for"),
        required=False,
        max_length=250,
        help_text=_("The tissue response or client feedback that tells you to adjust."),
    )


class TechniqueStepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Technique"), max_length=120)
    purpose = blocks.TextBlock(label=_("Purpose"), required=False)
    steps = blocks.ListBlock(TechniqueStepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Technique steps")
        template = "blocks/technique_steps_block.html"
        preview_value = {
            "title": "Cross-fibre friction",
            "purpose": "Mobilise adhesions in a tendon.",
            "steps": [{"instruction": "Locate the lesion.", "cue": "Client recognises the pain."}],
        }


class KeyTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"), max_length=80)
    definition = blocks.TextBlock(label=_("Definition"))


class KeyTermsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), default=_("Key terms"), max_length=80)
    terms = blocks.ListBlock(KeyTermBlock(), label=_("Terms"), min_num=1)

    class Meta:
        icon = "doc-full"
        label = _("Key terms")
        template = "blocks/key_terms_block.html"
        preview_value = {
            "title": "Key terms",
            "terms": [{"term": "Trigger point", "definition": "A hyperirritable spot in muscle."}],
        }


class ConditionBlock(blocks.StructBlock):
    """A condition from the clinical library, shown with the library's guidance: modules
    never restate it in their own words."""

    condition = SnippetChooserBlock("courses.Condition", label=_("Condition"))
    context = blocks.TextBlock(
        label=_("How it applies here"),
        required=False,
        max_length=600,
        help_text=_("Optional: what this module adds (e.g. why it matters for this technique)."),
    )

    class Meta:
        icon = "warning"
        label = _("Condition from the library")
        template = "blocks/condition_block.html"


class ModuleStreamBlock(BaseStreamBlock):
    condition = ConditionBlock()
    callout = CalloutBlock()
    technique_steps = TechniqueStepsBlock()
    key_terms = KeyTermsBlock()
