"""Exports whose cells spreadsheets will not run as formulas."""

from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """A text cell starting like a formula is prefixed with an apostrophe (OWASP's advice for
    CSV injection); numbers and dates are left as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_cells(values: Iterable) -> list:
    return [safe_cell(value) for value in values]


class SafeSpreadsheetExportMixin:
    """For Wagtail report views and viewsets: CSV text cells pass through `safe_cell` (Wagtail
    already keeps XLSX text cells from becoming formulas)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return safe_cell(value) if export_format == self.FORMAT_CSV else value
