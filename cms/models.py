from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as BaseUserManager
from django.db import models
from django.http import Http404
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from cms.blocks import BaseStreamBlock
from cms.content_cache import remembered
from cms.routing import ViewRestrictionsMixin


class UserManager(BaseUserManager):
    """Users are identified by email; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """An account. The email address is the login and is unique, case-insensitively."""

    username = None
    email = models.EmailField(_("email address"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.email


class LearnerType(models.TextChoices):
    STUDENT = "student", _("Massage therapy student")
    THERAPIST = "therapist", _("Registered / licensed massage therapist")


class LearnerProfile(models.Model):
    """What a CE certificate prints about its holder.

    A registered therapist's profile is complete only with a licence number, because
    boards (Florida, for one) reject certificates without it.
    """

    user = models.OneToOneField(
        User, on_delete=models.CASCADE, primary_key=True, related_name="profile"
    )
    legal_name = models.CharField(
        _("legal name"),
        max_length=150,
        blank=True,
        help_text=_("Your full name exactly as your licensing body has it on record."),
    )
    designation = models.CharField(
        _("professional designation"),
        max_length=30,
        blank=True,
        help_text=_("For example RMT, LMT or MT. Leave blank if you are a student."),
    )
    learner_type = models.CharField(
        _("I am a"), max_length=20, choices=LearnerType.choices, default=LearnerType.STUDENT
    )
    licence_number = models.CharField(
        _("licence or registration number"), max_length=40, blank=True
    )
    licensing_body = models.CharField(
        _("licensing body"),
        max_length=150,
        blank=True,
        help_text=_("For example the state board of massage therapy or provincial college."),
    )
    jurisdiction = models.CharField(
        _("jurisdiction"),
        max_length=100,
        blank=True,
        help_text=_("State, province or country where you are licensed."),
    )
    badge_shares_licence = models.BooleanField(
        _("show my licence in digital badges"),
        default=False,
        help_text=_(
            "Include your licence number and jurisdiction in the Open Badges credentials you "
            "download. Anyone you share a badge with can read them."
        ),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("learner profile")

    def __str__(self):
        return self.legal_name or str(self.user)

    @property
    def is_therapist(self) -> bool:
        return self.learner_type == LearnerType.THERAPIST

    def missing_fields(self) -> list[str]:
        """Human labels of what must still be filled in before a certificate can be issued."""
        missing = []
        if not self.legal_name.strip():
            missing.append(str(_("legal name")))
        if self.is_therapist:
            if not self.licence_number.strip():
                missing.append(str(_("licence or registration number")))
            if not self.jurisdiction.strip():
                missing.append(str(_("jurisdiction")))
        return missing

    @property
    def is_complete(self) -> bool:
        return not self.missing_fields()


class HomePage(ViewRestrictionsMixin, Page):
    """The site's front page: an introduction and a pointer to the catalog."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    body = StreamField(BaseStreamBlock(), blank=True)
    featured_courses = StreamField(
        [("course", blocks.PageChooserBlock(page_type="courses.CoursePage", label=_("Course")))],
        blank=True,
        max_num=6,
        verbose_name=_("featured courses"),
        help_text=_(
            "Shown on the home page in this order. Leave empty to show the newest published "
            "courses."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("featured_courses"),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import featured_courses

        context = super().get_context(request, *args, **kwargs)
        chosen = [item["value"] for item in self.featured_courses.raw_data if item["value"]]
        context["featured_courses"] = featured_courses(chosen_ids=chosen)
        return context

    def route(self, request, path_components):
        """Find the deepest live page on the path without a query once the content is cached.

        Wagtail's default routing loads each level's child, then its specific page. Here the
        addresses of the live pages under this one are read once per content generation
        (`cms.content_cache`), and so is each page served; the deepest page whose ancestors
        are all live routes the rest (a RoutablePage's sub-routes, or a 404).
        """
        if not path_components:
            return super().route(request, path_components)
        live = remembered(("live pages", self.pk), self._live_pages)
        deepest, consumed = None, 0
        for depth in range(1, len(path_components) + 1):
            url_path = self.url_path + "".join(f"{part}/" for part in path_components[:depth])
            if url_path not in live:
                break
            deepest, consumed = live[url_path], depth
        if deepest is None:
            raise Http404
        page = remembered(("page", deepest), lambda: Page.objects.get(pk=deepest).specific)
        return page.route(request, path_components[consumed:])

    def _live_pages(self) -> dict[str, int]:
        """url_path -> id of each live page under this one."""
        pages = Page.objects.live().descendant_of(self).order_by()
        return dict(pages.values_list("url_path", "pk"))


class ApprovalBlock(blocks.StructBlock):
    body = blocks.CharBlock(label=_("Approving body"), max_length=120)
    number = blocks.CharBlock(label=_("Provider number"), max_length=60)
    statement = blocks.CharBlock(
        label=_("Statement printed on certificates"),
        max_length=250,
        required=False,
        help_text=_(
            "As the body asks for it, e.g. “Approved by NCBTMB as a continuing education "
            "Approved Provider”. The number is added after it. Leave blank for “Approved "
            "provider of <body>”."
        ),
    )


class ProviderSettings(BaseGenericSetting):
    """Who issues the certificates. Printed on every certificate at issue, then frozen there."""

    name = models.CharField(_("provider name"), max_length=200, default="Massage CE")
    address = models.TextField(_("address"), blank=True)
    email = models.EmailField(_("contact email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    approvals = StreamField(
        [("approval", ApprovalBlock())],
        blank=True,
        verbose_name=_("provider approvals"),
        help_text=_("For example NCBTMB Approved Provider 000000-00, or a state provider number."),
    )
    achievement_title = models.CharField(
        _("certificate title, home study"),
        max_length=80,
        default=_("Certificate of Achievement"),
        help_text=_("Home-study courses end with a passed test (NCBTMB's wording)."),
    )
    completion_title = models.CharField(
        _("certificate title, live courses"),
        max_length=80,
        default=_("Certificate of Completion"),
    )
    signatory_name = models.CharField(_("signatory name"), max_length=150, blank=True)
    signatory_title = models.CharField(_("signatory title"), max_length=150, blank=True)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("signature image"),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("email"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("approvals"),
        FieldPanel("achievement_title"),
        FieldPanel("completion_title"),
        FieldPanel("signatory_name"),
        FieldPanel("signatory_title"),
        FieldPanel("signature"),
    ]

    class Meta:
        verbose_name = _("CE provider")

    def approval_list(self) -> list[dict[str, str]]:
        """The provider's approvals as certificates print them."""
        return [
            {
                "body": a.value["body"],
                "number": a.value["number"],
                "statement": a.value["statement"]
                or gettext("Approved provider of %(body)s") % {"body": a.value["body"]},
            }
            for a in self.approvals
        ]

    def missing_for_certificates(self) -> list[str]:
        """What a certificate must print that is not configured yet."""
        missing = []
        if not self.signature_id:
            missing.append(gettext("a signature image of the signatory"))
        if not self.signatory_name:
            missing.append(gettext("the signatory's name"))
        if not self.logo_id:
            missing.append(gettext("the provider's logo"))
        if not self.approvals:
            missing.append(gettext("the provider's approval numbers"))
        return missing
