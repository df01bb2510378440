from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from cms.forms import LearnerProfileForm
from cms.services import profile_get_or_create, profile_update


@never_cache
@login_required
def profile(request):
    instance = profile_get_or_create(user=request.user)
    form = LearnerProfileForm(request.POST or None, instance=instance)
    if request.method == "POST":
        if form.is_valid():
            profile_update(user=request.user, data=form.cleaned_data)
            messages.success(request, _("Your CE profile is saved."))
            return redirect("profile")
        status = 400
    else:
        status = 200
    return render(
        request,
        "account/profile.html",
        {"form": form, "missing": instance.missing_fields()},
        status=status,
    )
