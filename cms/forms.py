from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cms.models import LearnerProfile, LearnerType

CONFIRM_WORD = "DELETE"


class LearnerProfileForm(forms.ModelForm):
    """The CE profile. A registered therapist must give a licence number and jurisdiction.

    Those two fields are required when the form knows the learner is a therapist (from what
    was submitted, else from the saved profile); otherwise their labels say whom they are
    required for, and the profile script switches between the two as the choice changes.
    """

    THERAPIST_FIELDS = {
        "licence_number": _(
            "Enter your licence or registration number: certificates for licensed therapists "
            "must show it."
        ),
        "jurisdiction": _(
            "Enter where you are licensed, for example Florida or Ontario: certificates for "
            "licensed therapists must show it."
        ),
    }

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
        self.fields["legal_name"].error_messages["required"] = _(
            "Enter your legal name as your licensing body has it: certificates print it."
        )
        for name, autocomplete in [("legal_name", "name"), ("jurisdiction", "address-level1")]:
            self.fields[name].widget.attrs["autocomplete"] = autocomplete
        therapist = self.learner_type() == LearnerType.THERAPIST
        for name, message in self.THERAPIST_FIELDS.items():
            field = self.fields[name]
            field.required = therapist
            field.error_messages["required"] = message
            # Shown in the label while the field is not required (components/field.html).
            field.required_note = _("required for licensed therapists")
            field.widget.attrs["data-required-for"] = LearnerType.THERAPIST

    def learner_type(self) -> str:
        """The learner type the form is about: as submitted, else as saved."""
        if self.is_bound:
            return self.data.get(self.add_prefix("learner_type"), "")
        return self.initial.get("learner_type") or self.instance.learner_type

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
            for name, message in self.THERAPIST_FIELDS.items():
                if not cleaned.get(name) and name not in self.errors:
                    self.add_error(name, message)
        return cleaned


class AccountDeleteForm(forms.Form):
    """Deleting an account takes the current password and the confirmation word typed out."""

    password = forms.CharField(
        label=_("Your current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.CharField(max_length=20)

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["confirm"].label = gettext("Type %(word)s to confirm") % {"word": CONFIRM_WORD}
        self.fields["confirm"].widget.attrs["autocomplete"] = "off"
        self.fields["confirm"].error_messages["required"] = self.confirm_message()

    @staticmethod
    def confirm_message() -> str:
        return gettext("Type the word %(word)s, in capitals, to confirm.") % {"word": CONFIRM_WORD}

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your current password."))
        return password

    def clean_confirm(self):
        confirm = self.cleaned_data["confirm"].strip()
        if confirm != CONFIRM_WORD:
            raise forms.ValidationError(self.confirm_message())
        return confirm
