from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from PIL import Image

from courses.models import CourseEvaluation, DeadlineRule, Licence, OutsideCourse

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000  # a scan at 600 dpi of a letter page is about 34 million
IMAGE_KINDS = {"PNG": "png", "JPEG": "jpg"}


class CourseEvaluationForm(forms.ModelForm):
    class Meta:
        model = CourseEvaluation
        fields = ["rating", "met_objectives", "comments"]
        widgets = {
            "rating": forms.RadioSelect(choices=[(n, str(n)) for n in range(5, 0, -1)]),
            "comments": forms.Textarea(attrs={"rows": 5}),
        }


class LicenceForm(forms.ModelForm):
    class Meta:
        model = Licence
        fields = ["rule", "number", "issued_on", "renews_on"]
        widgets = {
            "issued_on": forms.DateInput(attrs={"type": "date"}),
            "renews_on": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.user = user
        self.fields["rule"].empty_label = None
        self.fields["rule"].help_text = _("The licence or certification, and its renewal rule.")

    def clean(self):
        cleaned = super().clean()
        rule = cleaned.get("rule")
        if rule is None or cleaned.get("renews_on"):
            return cleaned
        if rule.deadline_rule == DeadlineRule.BIRTHDAY:
            self.add_error(
                "renews_on",
                _("%(licence)s renews on a date of your own: enter it.") % {"licence": rule.name},
            )
        elif rule.deadline_rule == DeadlineRule.ISSUE_DATE and not cleaned.get("issued_on"):
            self.add_error(
                "issued_on",
                _("Enter the date the licence was issued, or its next renewal deadline."),
            )
        return cleaned

    def validate_unique(self):
        try:
            self.instance.validate_constraints()
        except ValidationError:
            self.add_error("rule", _("You have already added this licence."))


class OutsideCourseForm(forms.ModelForm):
    """A course taken elsewhere. Its certificate must really be a PDF, PNG or JPEG of at
    most MAX_UPLOAD_BYTES, and an image no larger than MAX_IMAGE_PIXELS once decoded (a
    small file can unpack to gigabytes)."""

    class Meta:
        model = OutsideCourse
        fields = [
            "title",
            "provider",
            "completed_on",
            "hours",
            "course_type",
            "topic",
            "approved_by",
            "approval_number",
            "certificate",
        ]
        widgets = {"completed_on": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.user = user
        self.fields["certificate"].widget.attrs["accept"] = ".pdf,.png,.jpg,.jpeg"
        self.fields["certificate"].help_text = _(
            "The certificate the provider gave you: PDF, PNG or JPEG, at most %(size)s MB."
        ) % {"size": MAX_UPLOAD_BYTES // (1024 * 1024)}

    def clean_completed_on(self):
        completed_on = self.cleaned_data["completed_on"]
        if completed_on > timezone.localdate():
            raise ValidationError(_("The completion date is in the future."))
        return completed_on

    def clean_certificate(self):
        upload = self.cleaned_data["certificate"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(
                _("The file is larger than %(size)s MB.")
                % {"size": MAX_UPLOAD_BYTES // (1024 * 1024)}
            )
        head = upload.read(8)
        upload.seek(0)
        kind = "pdf" if head.startswith(b"%PDF-") else _image_kind(upload)
        if kind is None:
            raise ValidationError(_("Upload the certificate as a PDF, PNG or JPEG file."))
        upload.name = f"certificate.{kind}"  # the name stored is ours, not the learner's
        return upload


def _image_kind(upload) -> str | None:
    """ "png" or "jpg" if `upload` is a PNG or JPEG that decodes within MAX_IMAGE_PIXELS."""
    try:
        with Image.open(upload) as image:
            if image.format not in IMAGE_KINDS:
                return None
            if image.width * image.height > MAX_IMAGE_PIXELS:
                return None
            image.verify()
            kind = IMAGE_KINDS[image.format]
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None
    finally:
        upload.seek(0)
    return kind
