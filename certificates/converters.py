"""URL parts checked before they reach the database: anything else is a plain 404, never a
500 (PostgreSQL refuses NUL bytes in text)."""


class VerificationCodeConverter:
    regex = "[A-Za-z0-9_-]{16,64}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class CertificateNumberConverter(VerificationCodeConverter):
    regex = "[A-Za-z0-9-]{1,20}"
