"""The clinical library: conditions and red flags, written once and embedded by modules and
cited by questions, so every course gives the same guidance."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index


class ConditionCategory(models.TextChoices):
    """What the therapist does today. Each condition is in exactly one category: the most
    urgent action it calls for decides."""

    LOCAL = "local", _("Local contraindication: treat, avoiding or adapting the area")
    POSTPONE = "postpone", _("Systemic: no massage today; refer")
    EMERGENCY = "emergency", _("Emergency: stop and call emergency services")


ACTIONS = {
    ConditionCategory.LOCAL: _(
        "Massage may go ahead today: avoid the affected area or adapt pressure and "
        "positioning as described below."
    ),
    ConditionCategory.POSTPONE: _(
        "No massage today, anywhere on the body. Rebook once the condition has passed or the "
        "client's healthcare provider has cleared them; the referral below says how soon."
    ),
    ConditionCategory.EMERGENCY: _(
        "Stop the session and call emergency services now, even if the signs ease. Stay "
        "with the client until help arrives."
    ),
}


class Referral(models.TextChoices):
    NONE = "none", _("No referral needed")
    ROUTINE = "routine", _("Routine: at the client's next medical appointment")
    SAME_DAY = "same_day", _("Same day: medical assessment today")
    EMERGENCY = "emergency", _("Emergency services now")


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=250)
    publisher = blocks.CharBlock(label=_("Publisher"), max_length=150)
    url = blocks.URLBlock(label=_("Address"), required=False)
    checked = blocks.DateBlock(label=_("Last checked"))

    class Meta:
        icon = "link"
        label = _("Source")


class Condition(index.Indexed, models.Model):
    """A condition or red flag and what to do about it. Modules embed it with a condition
    block and questions cite it; Wagtail's usage view lists both, so a change of guidance
    shows every page to review."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    category = models.CharField(_("category"), max_length=20, choices=ConditionCategory.choices)
    referral = models.CharField(
        _("referral"), max_length=20, choices=Referral.choices, default=Referral.ROUTINE
    )
    signs = models.TextField(
        _("signs to recognise"), max_length=1000, help_text=_("What the therapist sees or hears.")
    )
    guidance = RichTextField(
        _("guidance"), features=["bold", "italic", "ul", "ol"], help_text=_("What to do, and why.")
    )
    sources = StreamField([("source", SourceBlock())], verbose_name=_("sources"), min_num=1)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("clinical reviewer"),
    )
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True)
    review_due = models.DateField(
        _("review due"), help_text=_("Clinical guidance ages: when to check it again.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("category"),
        FieldPanel("referral"),
        FieldPanel("signs"),
        FieldPanel("guidance"),
        FieldPanel("sources"),
        MultiFieldPanel(
            [FieldPanel("reviewed_by"), FieldPanel("reviewed_on"), FieldPanel("review_due")],
            heading=_("Clinical review"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("signs")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("condition")
        verbose_name_plural = _("conditions library")

    def __str__(self):
        return self.name

    @property
    def action(self) -> str:
        return str(ACTIONS[self.category])

    @property
    def review_overdue(self) -> bool:
        return self.review_due <= timezone.localdate()
