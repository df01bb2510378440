from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from certificates.signing import dev_certificate_create, provider_name


class Command(BaseCommand):
    help = (
        "Make a self-signed development certificate and ECDSA P-256 key for signing "
        "certificate PDFs and badges, in the CE provider's name, at CERTIFICATE_SIGNING_PKCS12 "
        "(encrypted with CERTIFICATE_SIGNING_PASSWORD), with its certificate beside it as PEM. "
        "Not for production: PDF readers and verifiers cannot trust a self-signed certificate."
    )

    def add_arguments(self, parser):
        parser.add_argument("--name", help="Signer's name (default: the CE provider's name).")
        parser.add_argument(
            "--path", help="Where to write the PKCS#12 file (default: CERTIFICATE_SIGNING_PKCS12)."
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help=(
                "Replace an existing file. What the old key signed no longer verifies unless "
                "its certificate is listed in CERTIFICATE_SIGNING_PREVIOUS_CERTIFICATES."
            ),
        )

    def handle(self, *args, name=None, path=None, replace=False, **options):
        if not path and not settings.CERTIFICATE_SIGNING_DEV_CREATE:
            raise CommandError(
                "These settings do not use a development certificate; give --path to write "
                "one elsewhere."
            )
        if not (path or settings.CERTIFICATE_SIGNING_PKCS12):
            raise CommandError("Set CERTIFICATE_SIGNING_PKCS12 or give --path.")
        target = Path(path or settings.CERTIFICATE_SIGNING_PKCS12)
        if target.exists() and not replace:
            self.stdout.write(f"{target} exists; left as it is (--replace makes a new one).")
            return
        identity = dev_certificate_create(
            path=target, name=name or provider_name(), replace=replace
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {target} for {identity.signer_name!r} "
                f"(certificate: {target.with_suffix('.pem')})."
            )
        )
