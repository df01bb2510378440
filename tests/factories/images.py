import base64
import io

from PIL import Image, ImageDraw


def image_data_uri_for_test(width: int, height: int) -> str:
    """A `data:` URI of a drawn PNG, as certificates receive the provider's images."""
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((4, 4, width - 5, height - 5), outline="#0b5d57", width=6)
    draw.line((10, height - 20, width - 10, 20), fill="#1d2327", width=5)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
