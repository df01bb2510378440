"""Private files: certificate PDFs and the certificates learners upload for CE taken
elsewhere. They have no public URL; only views that check ownership serve them.

`STORAGES["private"]` says where they live: a folder outside MEDIA_ROOT by default, or a
private object-storage bucket (PRIVATE_BUCKET, config/settings/base.py).
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty
from storages.backends.s3 import S3Storage


class PrivateStorage(FileSystemStorage):
    """A folder with no public URL, so a template cannot link a file by mistake."""

    def __init__(self, location=None, **kwargs):
        super().__init__(location=location or settings.PRIVATE_MEDIA_ROOT, **kwargs)

    def url(self, name):
        raise NotImplementedError("Private files have no public URL.")


class PrivateS3Storage(S3Storage):
    """A private bucket: objects without a public ACL, and no URLs (not even presigned ones,
    which would work for anyone holding the link)."""

    def __init__(self, **options):
        super().__init__(**{**options, "default_acl": "private", "querystring_auth": True})

    def url(self, name, parameters=None, expire=None, http_method=None):
        raise NotImplementedError("Private files have no public URL.")


class PrivateFiles(LazyObject):
    """`STORAGES["private"]`, looked up on first use, as Django's `default_storage` is: model
    fields keep this object, so a change of STORAGES (in tests) reaches them."""

    def _setup(self):
        self._wrapped = storages["private"]


private_files = PrivateFiles()


@receiver(setting_changed)
def _storages_changed(*, setting, **kwargs):
    if setting == "STORAGES":
        private_files._wrapped = empty


def private_storage() -> Storage:
    return private_files
