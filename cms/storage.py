"""Private files: certificate PDFs and the certificates learners upload for CE taken
elsewhere. They have no public URL; only views that check ownership serve them.

`STORAGES["private"]` says where they live: a folder outside MEDIA_ROOT by default, or a
private object-storage bucket in production (config/settings/production.py).
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages


class PrivateStorage(FileSystemStorage):
    """A folder with no public URL, so a template cannot link a file by mistake."""

    def __init__(self, location=None, **kwargs):
        super().__init__(location=location or settings.PRIVATE_MEDIA_ROOT, **kwargs)

    def url(self, name):
        raise NotImplementedError("Private files have no public URL.")


def private_storage() -> Storage:
    return storages["private"]
