from django import forms
from django.utils.translation import gettext_lazy as _


class TranscriptFilterForm(forms.Form):
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            raise forms.ValidationError(_("The start date must be on or before the end date."))
        return cleaned


class RosterForm(TranscriptFilterForm):
    """Which completions a roster lists: one course, a date range, a format."""

    FORMATS = [
        ("board", _("Board roster (CSV): every learner with licence details")),
        ("cebroker", _("CE Broker roster (CSV): Florida licensees, full credit")),
    ]
    course = forms.ModelChoiceField(label=_("Course"), queryset=None)
    format = forms.ChoiceField(label=_("Format"), choices=FORMATS, initial="board")
    field_order = ["course", "start", "end", "format"]

    def __init__(self, *args, **kwargs):
        from courses.models import CoursePage

        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.order_by("title")


class VerifyLookupForm(forms.Form):
    number = forms.CharField(label=_("Certificate number"), max_length=20)
    surname = forms.CharField(label=_("Holder's surname"), max_length=150)


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=1000
    )


class BadgeCheckForm(forms.Form):
    """A digital badge to check, pasted or uploaded. Either one; the file wins if both."""

    credential = forms.CharField(
        label=_("Paste the badge"),
        required=False,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 5, "spellcheck": "false", "autocomplete": "off"}),
        help_text=_("The contents of the .jwt file: three parts separated by full stops."),
    )
    file = forms.FileField(label=_("Or choose the badge file"), required=False)

    def __init__(self, *args, max_bytes: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_bytes = max_bytes
        self.fields["credential"].widget.attrs["maxlength"] = max_bytes

    def _too_large(self) -> forms.ValidationError:
        return forms.ValidationError(
            _("That is too large to be a badge (at most %(size)s KB).")
            % {"size": self.max_bytes // 1024},
            code="oversized",
        )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        text = cleaned.get("credential") or ""
        if upload is not None:
            if upload.size > self.max_bytes:
                raise self._too_large()
            try:
                text = upload.read().decode("utf-8")
            except UnicodeDecodeError:
                raise forms.ValidationError(
                    _("That file is not a badge: badges are text files."), code="malformed"
                ) from None
        if len(text.encode()) > self.max_bytes:
            raise self._too_large()
        if not text.strip():
            raise forms.ValidationError(_("Paste a badge or choose its file."), code="required")
        cleaned["token"] = text.strip()
        return cleaned


class BadgeConsentForm(forms.Form):
    share_licence = forms.BooleanField(
        label=_("Show my licence number and jurisdiction in the digital badges I download"),
        required=False,
    )
