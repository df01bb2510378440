from pathlib import Path

from django.conf import settings
from PIL import Image, ImageDraw


def image_file_url_for_test(name: str, width: int, height: int) -> str:
    """A `file:` URL of a drawn PNG under MEDIA_ROOT, where certificates may read images."""
    folder = Path(settings.MEDIA_ROOT) / "test-images"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}-{width}x{height}.png"
    if not path.exists():
        image = Image.new("RGB", (width, height), "white")
        draw = ImageDraw.Draw(image)
        draw.rectangle((4, 4, width - 5, height - 5), outline="#0b5d57", width=6)
        draw.line((10, height - 20, width - 10, 20), fill="#1d2327", width=5)
        image.save(path)
    return path.resolve().as_uri()
