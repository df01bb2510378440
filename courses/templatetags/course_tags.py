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
def hours_number(value) -> str:
    """Hours as a number without trailing zeros: "2", "1.5", "0.25"."""
    number = Decimal(value).normalize()
    return number_format(number if number != number.to_integral() else number.to_integral())


@register.filter
def ce_hours(value) -> str:
    """`value` CE hours in words: "1 hour", "1.5 hours", "24 hours"."""
    hours = hours_number(value)
    return ngettext("%(hours)s hour", "%(hours)s hours", 1 if Decimal(value) == 1 else 2) % {
        "hours": hours
    }
