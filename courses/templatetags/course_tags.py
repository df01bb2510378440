from decimal import Decimal

from django import template
from django.utils.formats import number_format
from django.utils.translation import ngettext

from courses.selectors import catalog_url as catalog_url_for

register = template.Library()


@register.simple_tag(takes_context=True)
def catalog_url(context) -> str:
    """The course catalog's URL; cached, so the header costs no query."""
    return catalog_url_for(request=context.get("request"))


@register.filter
def ce_hours(value) -> str:
    """`value` CE hours in words: "1 hour", "1.5 hours", "24 hours"."""
    number = Decimal(value).normalize()
    text = number_format(number if number != number.to_integral() else number.to_integral())
    return ngettext("%(hours)s hour", "%(hours)s hours", 1 if number == 1 else 2) % {"hours": text}
