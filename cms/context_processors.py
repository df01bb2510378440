from django.utils.functional import SimpleLazyObject

from cms.content_cache import remembered
from cms.models import ProviderSettings


def site_provider(request):
    """The CE provider's details that every page's footer shows, read once per content
    generation (`cms.content_cache`) rather than once per request."""
    return {
        "site_provider": SimpleLazyObject(lambda: remembered("provider", ProviderSettings.load))
    }
