from django import forms
from django.utils.translation import gettext_lazy as _

from cms.models import LearnerProfile, LearnerType


class LearnerProfileForm(forms.ModelForm):
    """The CE profile. A registered therapist must give a licence number and jurisdiction."""

    class Meta:
        model = LearnerProfile
        fields = [
            "legal_name",
            "designation",
            "learner_type",
            "licence_number",
            "licensing_body",
            "jurisdiction",
        ]
        widgets = {"learner_type": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["legal_name"].required = True
        for name, autocomplete in [("legal_name", "name"), ("jurisdiction", "address-level1")]:
            self.fields[name].widget.attrs["autocomplete"] = autocomplete

    def clean(self):
        cleaned = super().clean()
        for name in (
            "legal_name",
            "designation",
            "licence_number",
            "licensing_body",
            "jurisdiction",
        ):
            if isinstance(cleaned.get(name), str):
                cleaned[name] = " ".join(cleaned[name].split())
        if cleaned.get("learner_type") == LearnerType.THERAPIST:
            if not cleaned.get("licence_number"):
                self.add_error(
                    "licence_number",
                    _("Registered therapists must give their licence or registration number."),
                )
            if not cleaned.get("jurisdiction"):
                self.add_error(
                    "jurisdiction", _("Say where you are licensed, for example Florida or Ontario.")
                )
        return cleaned
