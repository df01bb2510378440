"""Demo teaching images, drawn locally with Pillow so the demo needs no downloads.

Each entry in IMAGES has a title (used as the image title in the CMS) and a draw function
that returns a PIL image. ``render(key)`` returns the PNG bytes for one entry. Output is
deterministic: the same key always produces the same picture.
"""

import math
from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 675
BACKGROUND = "#ffffff"
INK = "#1a1a1a"
MUTED = "#4a4a4a"
LINE = "#2b2b2b"
BLUE = "#1f4e79"
LIGHT_BLUE = "#dbe8f5"
GREEN = "#2e7d32"
AMBER = "#b26a00"
RED = "#b71c1c"

# Eleven steps from green through amber to red for 0 to 10 scales.
SCALE_COLORS = [
    "#1b5e20",
    "#2e7d32",
    "#558b2f",
    "#7c9a1e",
    "#a68a00",
    "#c27c00",
    "#d26a00",
    "#d35400",
    "#c62828",
    "#b71c1c",
    "#8e0000",
]


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


def _canvas() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    return image, ImageDraw.Draw(image)


def _title(draw: ImageDraw.ImageDraw, text: str, subtitle: str = "") -> None:
    draw.text((WIDTH // 2, 46), text, font=_font(40), fill=INK, anchor="mm")
    if subtitle:
        draw.text((WIDTH // 2, 92), subtitle, font=_font(22), fill=MUTED, anchor="mm")


def _centered_lines(draw, box, lines, size, fill=INK, spacing=8) -> None:
    """Write lines centered inside box = (x0, y0, x1, y1)."""
    font = _font(size)
    x0, y0, x1, y1 = box
    line_height = size + spacing
    top = (y0 + y1) / 2 - line_height * len(lines) / 2 + line_height / 2
    for index, line in enumerate(lines):
        draw.text(
            ((x0 + x1) / 2, top + index * line_height), line, font=font, fill=fill, anchor="mm"
        )


def _arrow(draw, start, end, color=LINE, width=4, head=14) -> None:
    draw.line([start, end], fill=color, width=width)
    (x0, y0), (x1, y1) = start, end
    if abs(x1 - x0) >= abs(y1 - y0):
        direction = 1 if x1 > x0 else -1
        points = [
            (x1, y1),
            (x1 - direction * head, y1 - head / 2),
            (x1 - direction * head, y1 + head / 2),
        ]
    else:
        direction = 1 if y1 > y0 else -1
        points = [
            (x1, y1),
            (x1 - head / 2, y1 - direction * head),
            (x1 + head / 2, y1 - direction * head),
        ]
    draw.polygon(points, fill=color)


def _scale_boxes(draw, top: int) -> list[tuple[int, int]]:
    """Draw eleven numbered boxes (0 to 10); return the x range of each box."""
    left, box_width, gap = 75, 90, 5
    ranges = []
    for number in range(11):
        x0 = left + number * (box_width + gap)
        x1 = x0 + box_width
        draw.rectangle((x0, top, x1, top + 90), fill=SCALE_COLORS[number])
        draw.text(
            ((x0 + x1) / 2, top + 45), str(number), font=_font(40), fill="#ffffff", anchor="mm"
        )
        ranges.append((x0, x1))
    return ranges


def _bracket(draw, x0: int, x1: int, y: int, color: str, lines: list[str]) -> None:
    draw.line([(x0 + 4, y), (x1 - 4, y)], fill=color, width=5)
    draw.line([(x0 + 4, y - 12), (x0 + 4, y)], fill=color, width=5)
    draw.line([(x1 - 4, y - 12), (x1 - 4, y)], fill=color, width=5)
    font = _font(24)
    for index, line in enumerate(lines):
        draw.text(((x0 + x1) / 2, y + 28 + index * 32), line, font=font, fill=color, anchor="mm")


def draw_pain_scale() -> Image.Image:
    image, draw = _canvas()
    _title(
        draw,
        "Numeric pain rating scale (0 to 10)",
        'Ask: "How would you rate your pain right now?"',
    )
    ranges = _scale_boxes(draw, top=170)
    draw.text((ranges[0][0], 290), "No pain", font=_font(24), fill=INK, anchor="lm")
    draw.text((ranges[10][1], 290), "Worst pain imaginable", font=_font(24), fill=INK, anchor="rm")
    _bracket(draw, ranges[1][0], ranges[3][1], 350, GREEN, ["Mild", "1 to 3"])
    _bracket(draw, ranges[4][0], ranges[6][1], 350, AMBER, ["Moderate", "4 to 6"])
    _bracket(draw, ranges[7][0], ranges[10][1], 350, RED, ["Severe", "7 to 10"])
    draw.rounded_rectangle((75, 480, 1125, 630), radius=16, fill=LIGHT_BLUE, outline=BLUE, width=3)
    _centered_lines(
        draw,
        (75, 480, 1125, 630),
        [
            "Record the number, what it refers to (now, best, worst in the last week)",
            "and the activity it limits. Use the same question at every visit.",
            "A change of about 2 points is often treated as meaningful.",
        ],
        size=25,
        fill=BLUE,
    )
    return image


def draw_pressure_scale() -> Image.Image:
    image, draw = _canvas()
    _title(
        draw,
        "Pressure and tolerance: finding the working zone",
        "Client rates the intensity of the pressure from 0 (none) to 10 (unbearable)",
    )
    ranges = _scale_boxes(draw, top=150)
    zones = [
        (
            ranges[0][0],
            ranges[3][1],
            GREEN,
            "0 to 3: comfortable",
            ["Warm-up and broad", "strokes; tissue", "accepts contact"],
        ),
        (
            ranges[4][0],
            ranges[6][1],
            AMBER,
            "4 to 6: working zone",
            ["Strong but welcome;", "breathing steady,", "muscles soften"],
        ),
        (
            ranges[7][0],
            ranges[10][1],
            RED,
            "7 to 10: too much",
            ["Guarding, breath", "holding, wincing:", "ease off now"],
        ),
    ]
    for x0, x1, color, heading, lines in zones:
        draw.rounded_rectangle((x0, 270, x1, 470), radius=14, outline=color, width=4)
        draw.text(((x0 + x1) / 2, 302), heading, font=_font(26), fill=color, anchor="mm")
        _centered_lines(draw, (x0, 330, x1, 465), lines, size=24, fill=INK)
    draw.rounded_rectangle((75, 500, 1125, 640), radius=16, fill=LIGHT_BLUE, outline=BLUE, width=3)
    _centered_lines(
        draw,
        (75, 500, 1125, 640),
        [
            "Check in often. Sink in slowly, wait for the tissue to soften, then go deeper.",
            "Sharp, burning or electric sensations, numbness or tingling: stop and reassess.",
        ],
        size=25,
        fill=BLUE,
    )
    return image


def draw_intake_flow() -> Image.Image:
    image, draw = _canvas()
    _title(draw, "From intake to reassessment", "A SOAP-style cycle for every visit")
    steps = [
        ("S", "Subjective", ["Pain history,", "injuries, daily", "activities, health,", "goals"]),
        ("O", "Objective", ["Observation,", "range of motion,", "palpation,", "baseline ratings"]),
        ("A", "Assessment", ["Your clinical", "impression and", "treatment", "response"]),
        ("P", "Plan", ["Techniques,", "pressure, consent,", "aftercare,", "next visit"]),
    ]
    box_width, gap, left, top = 235, 50, 48, 150
    centers = []
    for index, (letter, name, lines) in enumerate(steps):
        x0 = left + index * (box_width + gap)
        x1 = x0 + box_width
        draw.rounded_rectangle(
            (x0, top, x1, top + 260), radius=18, fill=LIGHT_BLUE, outline=BLUE, width=4
        )
        draw.ellipse(((x0 + x1) / 2 - 30, top + 14, (x0 + x1) / 2 + 30, top + 74), fill=BLUE)
        draw.text(((x0 + x1) / 2, top + 44), letter, font=_font(36), fill="#ffffff", anchor="mm")
        draw.text(((x0 + x1) / 2, top + 100), name, font=_font(28), fill=BLUE, anchor="mm")
        _centered_lines(draw, (x0, top + 120, x1, top + 250), lines, size=22, fill=INK, spacing=6)
        centers.append(((x0 + x1) // 2, x0, x1))
        if index:
            _arrow(draw, (x0 - gap + 6, top + 130), (x0 - 6, top + 130), color=BLUE)
    # Red flag branch from Subjective / Objective.
    red_box = (48, 480, 568, 630)
    draw.rounded_rectangle(red_box, radius=16, outline=RED, width=4)
    _centered_lines(
        draw,
        red_box,
        [
            "Red flag or unclear picture?",
            "Do not treat the area: refer",
            "and document the referral.",
        ],
        size=24,
        fill=RED,
    )
    _arrow(draw, (centers[0][0], top + 262), (centers[0][0], 476), color=RED)
    # Reassessment loop from Plan back to Subjective.
    loop_box = (632, 480, 1152, 630)
    draw.rounded_rectangle(loop_box, radius=16, fill="#e8f5e9", outline=GREEN, width=4)
    _centered_lines(
        draw,
        loop_box,
        ["Treat, then reassess:", "compare with baseline and", "update the plan each visit."],
        size=24,
        fill=GREEN,
    )
    _arrow(draw, (centers[3][0], top + 262), (centers[3][0], 476), color=GREEN)
    draw.line([(632, 555), (600, 555)], fill=GREEN, width=4)
    draw.line([(600, 555), (600, 440)], fill=GREEN, width=4)
    _arrow(draw, (600, 440), (centers[1][0] + 40, 440), color=GREEN)
    _arrow(draw, (centers[1][0] + 40, 440), (centers[1][0] + 40, top + 264), color=GREEN)
    return image


def draw_trigger_point_regions() -> Image.Image:
    image, draw = _canvas()
    draw.text(
        (WIDTH // 2, 36),
        "Neck and upper back: common trigger point areas",
        font=_font(36),
        fill=INK,
        anchor="mm",
    )
    draw.text(
        (WIDTH // 2, 78),
        "Schematic back view. Locations and referral areas vary from person to person.",
        font=_font(21),
        fill=MUTED,
        anchor="mm",
    )
    body = "#eef1f4"
    # Simple figure: head, neck, shoulders and upper back as plain shapes.
    draw.ellipse((540, 110, 660, 230), fill=body, outline=LINE, width=3)
    draw.polygon(
        [(570, 280), (630, 280), (820, 320), (770, 660), (430, 660), (380, 320)],
        fill=body,
        outline=LINE,
        width=3,
    )
    draw.rectangle((570, 222, 630, 283), fill=body)
    draw.line([(570, 222), (570, 281)], fill=LINE, width=3)
    draw.line([(630, 222), (630, 281)], fill=LINE, width=3)
    draw.line([(600, 290), (600, 655)], fill="#9aa5b1", width=3)  # spine
    draw.polygon([(455, 345), (540, 345), (550, 505), (470, 470)], outline="#9aa5b1", width=2)
    draw.polygon([(745, 345), (660, 345), (650, 505), (730, 470)], outline="#9aa5b1", width=2)

    points = [
        (
            (585, 232),
            "Suboccipitals",
            ["Base of the skull", "Refers: deep head pain toward eye"],
            "left",
            170,
        ),
        (
            (480, 308),
            "Upper trapezius",
            ["Top of the shoulder", "Refers: side of neck, temple"],
            "left",
            310,
        ),
        (
            (545, 333),
            "Levator scapulae",
            ["Angle of neck and shoulder", "Refers: neck angle, shoulder blade"],
            "left",
            450,
        ),
        (
            (575, 430),
            "Rhomboids",
            ["Between shoulder blades", "Refers: inner edge of shoulder blade"],
            "left",
            590,
        ),
        (
            (616, 258),
            "Splenius muscles",
            ["Back of the neck", "Refers: top of head, behind eye"],
            "right",
            170,
        ),
        (
            (700, 420),
            "Infraspinatus",
            ["Middle of shoulder blade", "Refers: front and side of shoulder"],
            "right",
            330,
        ),
        (
            (624, 560),
            "Thoracic paraspinals",
            ["Beside the spine", "Refers: mostly local, along spine"],
            "right",
            490,
        ),
    ]
    for (x, y), name, lines, side, label_y in points:
        if side == "left":
            box = (20, label_y - 50, 360, label_y + 50)
            anchor_point = (box[2], label_y)
        else:
            box = (840, label_y - 50, 1180, label_y + 50)
            anchor_point = (box[0], label_y)
        draw.line([(x, y), anchor_point], fill=MUTED, width=2)
        draw.ellipse((x - 11, y - 11, x + 11, y + 11), fill=RED, outline="#ffffff", width=2)
        draw.rounded_rectangle(box, radius=10, fill="#ffffff", outline=BLUE, width=3)
        draw.text(
            ((box[0] + box[2]) / 2, label_y - 26), name, font=_font(24), fill=BLUE, anchor="mm"
        )
        for index, line in enumerate(lines):
            draw.text(
                ((box[0] + box[2]) / 2, label_y + 4 + index * 26),
                line,
                font=_font(19),
                fill=INK,
                anchor="mm",
            )
    return image


def draw_logo() -> Image.Image:
    """The demo provider's logo: a wave in a circle beside its name."""
    image = Image.new("RGB", (900, 260), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 20, 240, 240), outline="#0b5d57", width=12)
    for offset in (0, 42):
        points = [(40 + x, 150 - offset + int(28 * math.sin(x / 26))) for x in range(181)]
        draw.line(points, fill="#0b5d57", width=10)
    draw.text((280, 70), "Harbourview", font=_font(78), fill="#0b5d57")
    draw.text((284, 160), "MASSAGE EDUCATION", font=_font(40), fill=MUTED)
    return image


def draw_signature() -> Image.Image:
    """A drawn signature for the demo signatory (Dana Whitfield)."""
    image = Image.new("RGB", (700, 200), BACKGROUND)
    draw = ImageDraw.Draw(image)
    stroke = [
        (30 + x, 120 + int(38 * math.sin(x / 17) * math.exp(-x / 420))) for x in range(0, 640, 2)
    ]
    draw.line(stroke, fill="#1d2a55", width=5, joint="curve")
    draw.line([(60, 60), (110, 170)], fill="#1d2a55", width=5)
    draw.arc((90, 40, 200, 170), start=270, end=90, fill="#1d2a55", width=5)
    draw.line([(260, 150), (600, 140)], fill="#1d2a55", width=3)
    return image


IMAGES = {
    "pain-scale": {"title": "Numeric pain rating scale 0 to 10", "draw": draw_pain_scale},
    "pressure-scale": {
        "title": "Pressure and tolerance scale with working zone",
        "draw": draw_pressure_scale,
    },
    "intake-flow": {"title": "SOAP-style intake and reassessment cycle", "draw": draw_intake_flow},
    "trigger-point-regions": {
        "title": "Common trigger point areas of the neck and upper back",
        "draw": draw_trigger_point_regions,
    },
    "provider-logo": {"title": "Harbourview Massage Education logo", "draw": draw_logo},
    "provider-signature": {"title": "Signature of Dana Whitfield", "draw": draw_signature},
}


def render(key: str) -> bytes:
    """Return the PNG bytes of the demo image registered under ``key``."""
    image = IMAGES[key]["draw"]()
    buffer = BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
