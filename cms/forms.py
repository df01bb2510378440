from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cms.models import LearnerProfile, LearnerType

CONFIRM_WORD = "DELETE"


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
