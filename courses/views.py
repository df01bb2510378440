from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from courses.selectors import dashboard_for_learner


@never_cache
@login_required
def dashboard(request):
    return render(request, "courses/dashboard.html", dashboard_for_learner(user=request.user))
