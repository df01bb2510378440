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
