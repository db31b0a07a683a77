"""Demo pictures drawn on the spot: a coloured card with a short label.

Nothing is downloaded. Images are shared by both languages, so labels and
titles use words that read the same in Indonesian and English (a place and a
year, or "Logo" and a cooperative's name). The title says what the picture
shows, so it doubles as alt text; a second run finds the image by its title.
"""

import io
import textwrap

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

HERO_SIZE = (1200, 675)
LOGO_SIZE = (480, 480)


def demo_image(label, colour, size=HERO_SIZE, title=None):
    """The Wagtail image showing ``label`` on ``colour``, made once."""
    image_model = get_image_model()
    title = (title or label)[:255]
    image = image_model.objects.filter(title=title).first()
    if image is not None:
        return image

    content = _draw(label, colour, size)
    filename = "demo-" + "-".join(label.lower().split())[:60] + ".png"
    image = image_model(title=title, description=title)
    image.file = ImageFile(content, name=filename)
    image.save()
    return image


def _draw(label, colour, size):
    width, height = size
    canvas = PillowImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(canvas)

    # A lighter band at the bottom so the card does not read as a flat block.
    draw.rectangle([0, int(height * 0.82), width, height], fill=_lighten(colour))

    font_size = max(28, width // 18)
    font = ImageFont.load_default(size=font_size)
    lines = textwrap.wrap(label, width=max(10, int(width / (font_size * 0.55))))
    line_height = int(font_size * 1.25)
    top = (height * 0.82 - line_height * len(lines)) / 2
    for number, line in enumerate(lines):
        text_width = draw.textlength(line, font=font)
        position = ((width - text_width) / 2, top + number * line_height)
        draw.text(position, line, fill="white", font=font)

    content = io.BytesIO()
    canvas.save(content, format="PNG")
    content.seek(0)
    return content


def _lighten(colour, amount=0.35):
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return tuple(int(c + (255 - c) * amount) for c in (red, green, blue))
