"""Product sprites for the synthetic shelf generator (see synth_shelves.py).

Each of the 7 RP2K shapes is drawn front-on with PIL at twice its final size, shaded with numpy
(cylinders, flat box faces, glossy pillow bags) and reduced to its final size, which gives smooth
edges. A sprite is an RGBA image; its alpha channel (>= 128) is the product's silhouette, which the
shelf generator turns into exact visible boxes.

Printed matter is procedural and needs no font: brand words are drawn from stroke "letters", small
print is rows of glyph-sized blocks, prices use seven-segment digits.
"""

import colorsys
import math

import numpy as np
from PIL import Image, ImageDraw

# Same names and order as shelf::Shape in models/labels.h (index + 1 == enum value).
SHAPES = ("bottle", "can", "box", "bag", "jar", "handled_bottle", "pack")

# Height / width of the front view of each shape: (low, high).
ASPECT = {
    "bottle": (2.3, 3.9),
    "can": (1.2, 2.5),
    "box": (0.75, 1.9),
    "bag": (1.05, 1.65),
    "jar": (0.85, 1.45),
    "handled_bottle": (1.25, 1.9),
    "pack": (0.6, 1.25),
}

SUPERSAMPLE = 2

# Stroke letters in a unit cell, x to the right and y down: each is a list of polylines.
_ARC_O = [(0.5 + 0.5 * math.sin(a), 0.5 - 0.5 * math.cos(a)) for a in np.linspace(0, 2 * math.pi, 13)]
_ARC_C = [(0.5 + 0.5 * math.sin(a), 0.5 - 0.5 * math.cos(a)) for a in np.linspace(0.8, 2 * math.pi - 0.8, 9)]
LETTERS = [
    [[(1, 0), (0, 0), (0, 1), (1, 1)], [(0, 0.5), (0.8, 0.5)]],  # E
    [[(0, 0), (0, 1)], [(1, 0), (1, 1)], [(0, 0.5), (1, 0.5)]],  # H
    [[(0, 0), (0, 1), (1, 1)]],  # L
    [[(0, 0), (1, 0)], [(0.5, 0), (0.5, 1)]],  # T
    [[(0, 1), (0, 0), (1, 1), (1, 0)]],  # N
    [[(0, 1), (0, 0), (0.5, 0.6), (1, 0), (1, 1)]],  # M
    [[(0, 0), (0.5, 1), (1, 0)]],  # V
    [[(0, 1), (0.5, 0), (1, 1)], [(0.22, 0.62), (0.78, 0.62)]],  # A
    [[(0, 0), (0, 1)], [(1, 0), (0, 0.55)], [(0.3, 0.4), (1, 1)]],  # K
    [[(0, 0), (1, 0), (0, 1), (1, 1)]],  # Z
    [[(1, 0), (0, 0), (0, 1)], [(0, 0.5), (0.7, 0.5)]],  # F
    [[(0, 1), (0, 0), (1, 0), (1, 0.5), (0, 0.5)]],  # P
    [[(0, 0), (0, 1), (1, 1), (1, 0)]],  # U
    [_ARC_O],  # O
    [_ARC_C],  # C
    [[(1, 0), (0, 0), (0, 0.5), (1, 0.5), (1, 1), (0, 1)]],  # S
    [[(0, 1), (0, 0), (1, 0), (1, 0.5), (0, 0.5), (1, 1)]],  # R
    [[(0, 0), (0, 1), (0.6, 1), (1, 0.7), (1, 0.3), (0.6, 0), (0, 0)]],  # D
    [[(0, 0), (1, 1)], [(1, 0), (0, 1)]],  # X
    [[(0, 0), (0.25, 1), (0.5, 0.4), (0.75, 1), (1, 0)]],  # W
    [[(0.5, 0), (0.5, 1)]],  # I
    [[(0, 0), (0.5, 0.5), (1, 0)], [(0.5, 0.5), (0.5, 1)]],  # Y
]

# Seven-segment digits: segments a b c d e f g as polylines in a unit cell.
_SEG = {
    "a": [(0, 0), (1, 0)], "b": [(1, 0), (1, 0.5)], "c": [(1, 0.5), (1, 1)], "d": [(0, 1), (1, 1)],
    "e": [(0, 0.5), (0, 1)], "f": [(0, 0), (0, 0.5)], "g": [(0, 0.5), (1, 0.5)],
}
_DIGITS = ["abcdef", "bc", "abged", "abgcd", "fgbc", "afgcd", "afgedc", "abc", "abcdefg", "abfgcd"]


# ----------------------------------------------------------------------------------------- colours

def _hsv(h, s, v):
    r, g, b = colorsys.hsv_to_rgb(h % 1.0, min(max(s, 0.0), 1.0), min(max(v, 0.0), 1.0))
    return (int(r * 255), int(g * 255), int(b * 255))


def _luma(c):
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]


def random_palette(rng):
    """Brand colours of one product: base, accent, second accent, and ink readable on base."""
    kind = rng.random()
    hue = rng.random()
    if kind < 0.55:  # saturated brand colour
        base = _hsv(hue, rng.uniform(0.55, 1.0), rng.uniform(0.45, 1.0))
    elif kind < 0.78:  # pale / pastel
        base = _hsv(hue, rng.uniform(0.05, 0.35), rng.uniform(0.8, 1.0))
    elif kind < 0.9:  # dark premium
        base = _hsv(hue, rng.uniform(0.2, 0.9), rng.uniform(0.08, 0.35))
    else:  # white packaging
        v = rng.uniform(0.88, 1.0)
        base = _hsv(hue, rng.uniform(0.0, 0.06), v)
    shift = rng.choice([0.5, 0.08, -0.08, 0.33, 0.0])
    accent = _hsv(hue + shift, rng.uniform(0.5, 1.0), rng.uniform(0.5, 1.0))
    accent2 = _hsv(rng.random(), rng.uniform(0.3, 1.0), rng.uniform(0.3, 1.0))
    if _luma(base) > 140:
        ink = _hsv(rng.random(), rng.uniform(0.0, 0.8), rng.uniform(0.0, 0.3))
    else:
        ink = _hsv(rng.random(), rng.uniform(0.0, 0.2), rng.uniform(0.9, 1.0))
    return base, accent, accent2, ink


def _contrast_ink(c, rng):
    return (20, 20, 25) if _luma(c) > 140 else (245, 245, 240)


def _jitter(c, rng, amount=18):
    return tuple(int(min(255, max(0, v + rng.integers(-amount, amount + 1)))) for v in c)


# ------------------------------------------------------------------------------------ printed marks

def draw_word(draw, x, y, h, n_letters, colour, rng, stroke=0.18, width_ratio=0.62, gap=0.22):
    """Draws a word of stroke letters with its top-left at (x, y) and cap height h; returns end x."""
    lw = h * width_ratio
    sw = max(1, int(round(h * stroke)))
    for _ in range(n_letters):
        letter = LETTERS[int(rng.integers(len(LETTERS)))]
        for line in letter:
            pts = [(x + px * lw, y + py * h) for px, py in line]
            draw.line(pts, fill=colour, width=sw, joint="curve")
        x += lw * (1.0 + gap)
    return x


def draw_brand(draw, box, colour, rng):
    """A brand word (or two) centred in box = (x0, y0, x1, y1), as large as fits."""
    x0, y0, x1, y1 = box
    bw, bh = x1 - x0, y1 - y0
    if bw < 4 or bh < 3:
        return
    n = int(rng.integers(3, 9))
    ratio = rng.uniform(0.5, 0.8)
    gap = 0.22
    h = min(bh, bw / (n * ratio * (1 + gap)))
    if h < 2:
        return
    total = n * h * ratio * (1 + gap) - h * ratio * gap
    draw_word(draw, x0 + (bw - total) / 2, y0 + (bh - h) / 2, h, n, colour, rng,
              stroke=rng.uniform(0.12, 0.24), width_ratio=ratio, gap=gap)


def draw_text_lines(draw, box, colour, rng, char_h, align="left"):
    """Small print: rows of glyph-sized blocks grouped into words, filling box."""
    x0, y0, x1, y1 = box
    if char_h < 1.2 or x1 - x0 < 3 * char_h:
        return
    line_h = char_h * rng.uniform(1.45, 1.9)
    y = y0
    solid = char_h < 4.0  # too small to show letters: word blocks
    while y + char_h <= y1:
        width = (x1 - x0) * (rng.uniform(0.5, 1.0) if align == "centre" else rng.uniform(0.6, 1.0))
        x = x0 + ((x1 - x0 - width) / 2 if align == "centre" else 0)
        end = x + width
        while x < end - char_h:
            n = int(rng.integers(2, 10))
            if solid:
                ww = min(n * char_h * 0.6, end - x)
                draw.rectangle([x, y + char_h * 0.25, x + ww, y + char_h], fill=colour)
                x += ww + char_h * 0.6
                continue
            for _ in range(n):
                cw = char_h * rng.uniform(0.42, 0.7)
                if x + cw > end:
                    break
                tall = rng.random() < 0.3
                top = y if tall else y + char_h * 0.3
                draw.rectangle([x, top, x + cw * 0.82, y + char_h], fill=colour)
                x += cw
            x += char_h * 0.55
        y += line_h


def draw_digits(draw, x, y, h, text, colour, stroke=0.16):
    """Seven-segment digits ('.' allowed) with top-left (x, y) and height h; returns end x."""
    w = h * 0.55
    sw = max(1, int(round(h * stroke)))
    for ch in text:
        if ch == ".":
            draw.rectangle([x, y + h - sw, x + sw, y + h], fill=colour)
            x += sw * 2.5
            continue
        for seg in _DIGITS[int(ch)]:
            pts = [(x + px * w, y + py * h) for px, py in _SEG[seg]]
            draw.line(pts, fill=colour, width=sw)
        x += w * 1.35
    return x


def draw_barcode(draw, box, rng):
    x0, y0, x1, y1 = box
    x = x0
    while x < x1:
        bw = (x1 - x0) * rng.choice([0.02, 0.035, 0.05])
        if rng.random() < 0.55:
            draw.rectangle([x, y0, x + bw, y1], fill=(15, 15, 15))
        x += bw


def draw_label(draw, box, palette, rng, char_h):
    """A printed front label: background, graphic, brand, small print."""
    base, accent, accent2, ink = palette
    x0, y0, x1, y1 = box
    bw, bh = x1 - x0, y1 - y0
    if bw < 3 or bh < 3:
        return
    draw.rectangle(box, fill=base)
    style = rng.random()
    if style < 0.35:  # band across
        t = y0 + bh * rng.uniform(0.05, 0.45)
        draw.rectangle([x0, t, x1, t + bh * rng.uniform(0.12, 0.35)], fill=accent)
    elif style < 0.6:  # diagonal swoosh
        draw.polygon([(x0, y1 - bh * 0.35), (x1, y0 + bh * 0.45), (x1, y0 + bh * 0.7), (x0, y1)],
                     fill=accent)
    elif style < 0.8:  # round picture of the contents
        r = min(bw, bh) * rng.uniform(0.22, 0.4)
        cx, cy = x0 + bw * rng.uniform(0.35, 0.65), y0 + bh * rng.uniform(0.45, 0.7)
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=accent2)
        draw.ellipse([cx - r * 0.55, cy - r * 0.7, cx + r * 0.2, cy - r * 0.05],
                     fill=_jitter(accent2, rng, 60))
    else:  # stripes
        n = int(rng.integers(2, 5))
        for i in range(n):
            t = y0 + bh * (0.15 + 0.7 * i / n)
            draw.rectangle([x0, t, x1, t + bh * 0.04], fill=accent)
    brand_ink = ink if rng.random() < 0.6 else _contrast_ink(base, rng)
    bt = y0 + bh * rng.uniform(0.08, 0.3)
    draw_brand(draw, (x0 + bw * 0.08, bt, x1 - bw * 0.08, bt + bh * rng.uniform(0.16, 0.3)),
               brand_ink, rng)
    ty = y0 + bh * rng.uniform(0.55, 0.75)
    draw_text_lines(draw, (x0 + bw * 0.1, ty, x1 - bw * 0.1, min(y1 - bh * 0.05, ty + bh * 0.3)),
                    brand_ink, rng, char_h, align="centre")


# ---------------------------------------------------------------------------------------- shading

def _row_coordinates(alpha):
    """u in [-1, 1] across the silhouette of each row (0 at the row's centre)."""
    mask = alpha > 0
    h, w = mask.shape
    any_row = mask.any(axis=1)
    left = np.argmax(mask, axis=1)
    right = w - 1 - np.argmax(mask[:, ::-1], axis=1)
    left = np.where(any_row, left, 0).astype(np.float32)
    right = np.where(any_row, right, w - 1).astype(np.float32)
    centre = (left + right) / 2
    half = np.maximum((right - left) / 2, 1.0)
    xs = np.arange(w, dtype=np.float32)[None, :]
    return np.clip((xs - centre[:, None]) / half[:, None], -1.0, 1.0)


def shade(arr, kind, rng):
    """Lights a float32 RGBA sprite in place. kind: cylinder, glass, flat, pillow."""
    alpha = arr[..., 3]
    h, w = alpha.shape
    u = _row_coordinates(alpha)
    light = rng.uniform(-0.35, 0.35)
    if kind in ("cylinder", "glass"):
        c = np.sqrt(np.clip(1.0 - u * u, 0.0, 1.0))
        diffuse = 0.45 + 0.55 * c ** 0.7 * (1.0 + 0.25 * light * u)
        s0 = rng.uniform(-0.6, -0.2) if rng.random() < 0.5 else rng.uniform(0.2, 0.6)
        spec = rng.uniform(0.25, 0.6) * np.exp(-(((u - s0) / rng.uniform(0.06, 0.14)) ** 2))
        if kind == "glass":
            spec = spec + 0.3 * np.exp(-(((u + s0 * 0.6) / 0.05) ** 2))
    elif kind == "pillow":
        v = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
        c = np.sqrt(np.clip(1.0 - u * u, 0.0, 1.0))
        diffuse = (0.6 + 0.4 * c ** 0.4) * (1.0 - 0.3 * np.abs(v) ** 6)
        spec = np.zeros_like(u)
        for _ in range(int(rng.integers(1, 4))):
            s0 = rng.uniform(-0.8, 0.8)
            spec = spec + rng.uniform(0.1, 0.35) * np.exp(-(((u - s0) / rng.uniform(0.04, 0.12)) ** 2))
        # crinkles: horizontal ripples strongest near the seals
        ripple = np.sin(v * rng.uniform(25, 60) + u * rng.uniform(2, 8)) * (np.abs(v) ** 3)
        spec = spec + 0.12 * np.clip(ripple, 0, 1)
    else:  # flat face of a carton
        diffuse = 0.9 + 0.08 * light * u - 0.25 * np.clip(np.abs(u) - 0.93, 0, 1) / 0.07
        spec = np.zeros_like(u)
    arr[..., :3] *= diffuse[..., None]
    arr[..., :3] += 255.0 * spec[..., None]


# ----------------------------------------------------------------------------------------- shapes

def _rounded_rect(draw, box, r, fill):
    x0, y0, x1, y1 = box
    r = max(0, min(r, (x1 - x0) / 2 - 1, (y1 - y0) / 2 - 1))
    if r < 1:
        draw.rectangle(box, fill=fill)
    else:
        draw.rounded_rectangle(box, radius=r, fill=fill)


def _bottle(draw, W, H, pal, rng, char_h):
    base, accent, accent2, ink = pal
    kind = rng.random()
    if kind < 0.4:  # drink bottle: clear, coloured liquid
        liquid = [(175, 205, 220), (60, 30, 20), (230, 120, 20), (210, 190, 60),
                  (120, 190, 80), (200, 40, 50)][int(rng.integers(6))]
        body = liquid
        cap_w, cap_h = W * rng.uniform(0.3, 0.42), H * rng.uniform(0.04, 0.07)
        neck_w, neck_h = cap_w * 0.92, H * rng.uniform(0.06, 0.13)
        shoulder_h = H * rng.uniform(0.12, 0.22)
        label = (H * rng.uniform(0.38, 0.5), H * rng.uniform(0.68, 0.82))
    elif kind < 0.75:  # shampoo / sauce bottle: opaque, big label
        body = base if rng.random() < 0.6 else _hsv(rng.random(), rng.uniform(0, 0.5), rng.uniform(0.7, 1))
        cap_w, cap_h = W * rng.uniform(0.45, 0.8), H * rng.uniform(0.07, 0.13)
        neck_w, neck_h = cap_w * 0.95, H * rng.uniform(0.0, 0.04)
        shoulder_h = H * rng.uniform(0.05, 0.14)
        label = (H * rng.uniform(0.25, 0.35), H * rng.uniform(0.75, 0.92))
    else:  # wine / oil bottle: dark glass, long neck
        body = [(30, 60, 30), (50, 25, 20), (20, 20, 25), (150, 120, 40)][int(rng.integers(4))]
        cap_w, cap_h = W * rng.uniform(0.25, 0.33), H * rng.uniform(0.08, 0.14)
        neck_w, neck_h = cap_w * 0.95, H * rng.uniform(0.12, 0.2)
        shoulder_h = H * rng.uniform(0.1, 0.16)
        label = (H * rng.uniform(0.45, 0.55), H * rng.uniform(0.75, 0.88))
    cap_col = [(240, 240, 240), (200, 30, 30), (30, 60, 180), (40, 140, 60), (20, 20, 20),
               (220, 180, 40), accent][int(rng.integers(7))]
    cx = W / 2
    top_body = cap_h + neck_h + shoulder_h
    pts = []
    n = 8
    for i in range(n + 1):  # left shoulder, top to bottom
        t = i / n
        half = neck_w / 2 + (W / 2 - neck_w / 2) * (1 - math.cos(math.pi * t)) / 2
        pts.append((cx - half, cap_h + neck_h + shoulder_h * t))
    r = W * 0.12
    body_pts = pts + [(0, H - r), (r * 0.3, H - r * 0.3), (r, H), (W - r, H), (W - r * 0.3, H - r * 0.3),
                      (W, H - r)] + [(W - x, y) for x, y in reversed(pts)]
    draw.polygon([(cx - neck_w / 2, cap_h)] + body_pts + [(cx + neck_w / 2, cap_h)], fill=body)
    _rounded_rect(draw, [cx - cap_w / 2, 0, cx + cap_w / 2, cap_h + 1], cap_w * 0.15, cap_col)
    if kind < 0.4 and rng.random() < 0.6:  # ribs of a plastic bottle
        for i in range(int(rng.integers(2, 5))):
            y = top_body + (label[0] - top_body) * (i + 0.5) / 4
            draw.line([(0, y), (W, y)], fill=_jitter(body, rng, 30), width=max(1, int(H * 0.006)))
    y0, y1 = max(label[0], top_body * 0.9), label[1]
    draw_label(draw, (0, y0, W, y1), pal, rng, char_h)
    return "glass" if kind < 0.4 or kind >= 0.75 else "cylinder"


def _can(draw, W, H, pal, rng, char_h, top_view):
    base, accent, accent2, ink = pal
    rim = (195, 198, 205) if rng.random() < 0.8 else (205, 170, 90)
    rim_h = H * 0.045
    cap = H * min(0.12, 0.25 * top_view * W / H) if top_view > 0.02 else 0.0
    draw.rectangle([W * 0.05, cap * 0.5, W * 0.95, rim_h + cap], fill=rim)
    if cap > 1:
        draw.ellipse([W * 0.05, 0, W * 0.95, cap], fill=_jitter(rim, rng, 10))
        draw.ellipse([W * 0.4, cap * 0.25, W * 0.6, cap * 0.6], fill=(150, 150, 155))
    body_top = rim_h + cap
    draw.rectangle([0, body_top, W, H - rim_h * 0.8], fill=base)
    draw.rectangle([W * 0.07, H - rim_h * 0.8, W * 0.93, H], fill=rim)
    bh = H - rim_h * 0.8 - body_top
    style = rng.random()
    if style < 0.4:
        draw.rectangle([0, body_top + bh * rng.uniform(0.1, 0.5), W, body_top + bh * rng.uniform(0.55, 0.7)],
                       fill=accent)
    elif style < 0.7:
        draw.polygon([(0, body_top + bh * 0.7), (W, body_top + bh * 0.3), (W, body_top + bh * 0.45),
                      (0, body_top + bh * 0.9)], fill=accent)
    # vertical brand, as on many drink cans, or horizontal
    if rng.random() < 0.4 and bh > W:
        tmp = Image.new("RGBA", (int(bh * 0.8), int(W * 0.6)), (0, 0, 0, 0))
        draw_brand(ImageDraw.Draw(tmp), (0, 0, tmp.width, tmp.height), ink + (255,), rng)
        return "cylinder", (tmp.rotate(90, expand=True), (int(W * 0.2), int(body_top + bh * 0.1)))
    draw_brand(draw, (W * 0.1, body_top + bh * 0.15, W * 0.9, body_top + bh * 0.4), ink, rng)
    draw_text_lines(draw, (W * 0.15, body_top + bh * 0.75, W * 0.85, body_top + bh * 0.95), ink, rng,
                    char_h, align="centre")
    return "cylinder", None


def _picture(draw, box, rng):
    """A product photo on a carton: a backdrop and a few rounded shapes of food-like colours."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    if w < 4 or h < 4:
        return
    back = _hsv(rng.random(), rng.uniform(0.05, 0.4), rng.uniform(0.6, 1.0))
    _rounded_rect(draw, box, min(w, h) * rng.uniform(0.0, 0.3), back)
    for _ in range(int(rng.integers(2, 6))):
        c = _hsv(rng.uniform(0.0, 0.17) if rng.random() < 0.7 else rng.random(), rng.uniform(0.3, 0.9),
                 rng.uniform(0.3, 0.95))
        r = min(w, h) * rng.uniform(0.15, 0.35)
        cx, cy = x0 + w * rng.uniform(0.25, 0.75), y0 + h * rng.uniform(0.35, 0.75)
        draw.ellipse([cx - r * rng.uniform(0.8, 1.4), cy - r, cx + r * rng.uniform(0.8, 1.4), cy + r * 0.8], fill=c)
        draw.ellipse([cx - r * 0.4, cy - r * 0.7, cx, cy - r * 0.3], fill=_jitter(c, rng, 50))


def _box(draw, W, H, pal, rng, char_h, top_view, side_view):
    base, accent, accent2, ink = pal
    top = H * min(0.15, top_view * rng.uniform(0.15, 0.35)) if top_view > 0.03 else 0.0
    side = W * min(0.3, abs(side_view) * rng.uniform(0.25, 0.45)) if abs(side_view) > 0.05 else 0.0
    fx0, fx1 = (0.0, W - side) if side_view > 0 else (side, float(W))
    if side > 1:
        dark = tuple(int(c * 0.7) for c in base)
        sx0, sx1 = (fx1, W) if side_view > 0 else (0, fx0)
        draw.rectangle([sx0, top * 0.5, sx1, H], fill=dark)
        draw.rectangle([sx0, top * 0.5 + (H - top) * 0.3, sx1, top * 0.5 + (H - top) * 0.4],
                       fill=tuple(int(c * 0.7) for c in accent))
    if top > 1:
        skew = (fx1 - fx0) * rng.uniform(0.0, 0.06)
        draw.polygon([(fx0 + skew, 0), (fx1, 0), (fx1 - skew, top), (fx0, top)], fill=_jitter(base, rng, 25))
    draw_label(draw, (fx0, top, fx1, H), pal, rng, char_h)
    if rng.random() < 0.5:
        fw, fh = fx1 - fx0, H - top
        pw, ph = fw * rng.uniform(0.4, 0.75), fh * rng.uniform(0.25, 0.4)
        px, py = fx0 + (fw - pw) * rng.uniform(0.2, 0.8), top + fh * rng.uniform(0.45, 0.95) - ph
        _picture(draw, (px, max(top, py), px + pw, max(top, py) + ph), rng)
    return "flat"


def _bag(draw, W, H, pal, rng, char_h):
    base, accent, accent2, ink = pal
    seal = H * rng.uniform(0.05, 0.09)
    inset = W * rng.uniform(0.03, 0.08)
    bulge = W * rng.uniform(0.0, 0.04)
    n = 10
    left = [(inset - (bulge + inset) * math.sin(math.pi * i / n), seal + (H - 2 * seal) * i / n) for i in range(n + 1)]
    left = [(max(0.0, x), y) for x, y in left]
    right = [(W - x, y) for x, y in reversed(left)]
    draw.polygon(left + right, fill=base)
    # label graphic on the pillow
    bh = H - 2 * seal
    draw_label(draw, (inset + W * 0.04, seal + bh * 0.05, W - inset - W * 0.04, H - seal - bh * 0.05),
               pal, rng, char_h)
    teeth = max(3, int(W / max(2.0, H * 0.025)))
    seal_col = _jitter(base, rng, 25)
    for y_top, y_bot, up in ((0, seal, True), (H - seal, H, False)):
        draw.rectangle([inset, y_top + seal * 0.15, W - inset, y_bot - seal * 0.15], fill=seal_col)
        step = (W - 2 * inset) / teeth
        for i in range(teeth):
            xa = inset + i * step
            edge_y = y_top if up else y_bot
            inner = y_top + seal * 0.15 if up else y_bot - seal * 0.15
            draw.polygon([(xa, inner), (xa + step / 2, edge_y), (xa + step, inner)], fill=seal_col)
        for i in range(teeth * 2):  # crimp lines
            xa = inset + (i + 0.5) * step / 2
            draw.line([(xa, y_top + seal * 0.2), (xa, y_bot - seal * 0.2)], fill=_jitter(seal_col, rng, 35),
                      width=max(1, int(step * 0.12)))
    return "pillow"


def _jar(draw, W, H, pal, rng, char_h, top_view):
    base, accent, accent2, ink = pal
    lid_col = [(200, 165, 60), (190, 30, 30), (240, 240, 240), (25, 25, 25), (40, 120, 50),
               (170, 170, 175)][int(rng.integers(6))]
    contents = [(150, 20, 30), (200, 130, 30), (90, 120, 40), (120, 70, 30), (235, 230, 210),
                (220, 80, 40)][int(rng.integers(6))]
    lid_h = H * rng.uniform(0.1, 0.18)
    lid_w = W * rng.uniform(0.82, 0.95)
    cap = lid_h * 0.5 * min(1.0, top_view * 3) if top_view > 0.03 else 0.0
    _rounded_rect(draw, [W * 0.02, lid_h * 0.8, W * 0.98, H], W * 0.12, contents)
    x0 = (W - lid_w) / 2
    draw.rectangle([x0, cap * 0.5, x0 + lid_w, lid_h + cap * 0.5], fill=lid_col)
    if cap > 1:
        draw.ellipse([x0, 0, x0 + lid_w, cap], fill=_jitter(lid_col, rng, 25))
    if rng.random() < 0.6:  # ridges of a metal lid
        for i in range(int(lid_w / max(2.0, W * 0.04))):
            xx = x0 + (i + 0.5) * W * 0.04
            draw.line([(xx, cap * 0.5 + lid_h * 0.2), (xx, lid_h + cap * 0.5)], fill=_jitter(lid_col, rng, 40))
    top = lid_h + cap * 0.5 + H * rng.uniform(0.06, 0.15)
    bottom = H - H * rng.uniform(0.05, 0.15)
    draw_label(draw, (W * 0.02, top, W * 0.98, bottom), pal, rng, char_h)
    return "glass"


def _handled_bottle(draw, W, H, pal, rng, char_h):
    base, accent, accent2, ink = pal
    body = base if rng.random() < 0.5 else [(240, 240, 235), (230, 200, 60), (30, 90, 200),
                                            (240, 120, 20), (40, 150, 70)][int(rng.integers(5))]
    cap_col = [(240, 240, 240), (200, 30, 30), (30, 60, 180), (20, 20, 20), accent][int(rng.integers(5))]
    sp = rng.uniform(0.15, 0.3)  # spout centre
    cw = rng.uniform(0.18, 0.26)
    cap_h = rng.uniform(0.06, 0.09)
    neck_h = rng.uniform(0.04, 0.07)
    sh = rng.uniform(0.28, 0.4)  # where the body reaches full width
    pts = [(sp - cw * 0.45, cap_h), (sp - cw * 0.45, cap_h + neck_h), (0.0, sh), (0.0, 0.95),
           (0.04, 1.0), (0.96, 1.0), (1.0, 0.95), (1.0, 0.18), (0.93, 0.08), (0.78, 0.06),
           (sp + cw * 0.45, cap_h + neck_h), (sp + cw * 0.45, cap_h)]
    flip = rng.random() < 0.5  # spout on the right, handle on the left

    def fx(x):
        return (1.0 - x) * W if flip else x * W

    draw.polygon([(fx(x), y * H) for x, y in pts], fill=body)
    xa, xb = sorted((fx(sp - cw / 2), fx(sp + cw / 2)))
    _rounded_rect(draw, [xa, 0, xb, cap_h * H + 1], cw * W * 0.2, cap_col)
    # hole of the handle
    xa, xb = sorted((fx(rng.uniform(0.58, 0.66)), fx(rng.uniform(0.84, 0.9))))
    _rounded_rect(draw, [xa, 0.15 * H, xb, (sh + 0.02) * H], W * 0.06, (0, 0, 0, 0))
    draw_label(draw, (W * 0.07, H * (sh + rng.uniform(0.06, 0.12)), W * 0.93, H * rng.uniform(0.86, 0.94)),
               pal, rng, char_h)
    return "cylinder"


def _pack(draw, W, H, pal, rng, char_h):
    base, accent, accent2, ink = pal
    kind = rng.random()
    if kind < 0.4:  # shrink-wrapped bottles: caps and necks on top
        k = int(rng.integers(2, 5))
        unit = W / k
        top = H * rng.uniform(0.2, 0.32)
        cap_col = [(240, 240, 240), (200, 30, 30), (30, 60, 180), (20, 20, 20)][int(rng.integers(4))]
        liquid = _hsv(rng.random(), rng.uniform(0.1, 0.5), rng.uniform(0.6, 0.9))
        for i in range(k):
            cx = unit * (i + 0.5)
            draw.polygon([(cx - unit * 0.16, top * 0.22), (cx + unit * 0.16, top * 0.22),
                          (cx + unit * 0.48, top + 1), (cx - unit * 0.48, top + 1)], fill=liquid)
            draw.rectangle([cx - unit * 0.18, 0, cx + unit * 0.18, top * 0.25], fill=cap_col)
        _rounded_rect(draw, [0, top, W, H], W * 0.03, liquid)
        band = (top + (H - top) * rng.uniform(0.15, 0.3), top + (H - top) * rng.uniform(0.6, 0.85))
        draw_label(draw, (0, band[0], W, band[1]), pal, rng, char_h)
        return "glass"
    if kind < 0.7:  # soft pack (tissues, nappies) with a carrying strap
        strap = H * rng.uniform(0.06, 0.12)
        _rounded_rect(draw, [0, strap, W, H], min(W, H) * 0.12, base)
        draw.rectangle([W * 0.35, 0, W * 0.65, strap * 0.35], fill=_jitter(base, rng, 40))
        draw.rectangle([W * 0.35, 0, W * 0.4, strap + 2], fill=_jitter(base, rng, 40))
        draw.rectangle([W * 0.6, 0, W * 0.65, strap + 2], fill=_jitter(base, rng, 40))
        draw_label(draw, (W * 0.05, strap + H * 0.06, W * 0.95, H * 0.94), pal, rng, char_h)
        return "pillow"
    # cardboard multipack of cans, tops showing
    k = int(rng.integers(2, 5))
    rim = H * rng.uniform(0.06, 0.1)
    for i in range(k):
        draw.ellipse([W * i / k + 1, 0, W * (i + 1) / k - 1, rim * 2], fill=(190, 192, 198))
    draw.rectangle([0, rim, W, H], fill=base)
    draw_label(draw, (0, rim + H * 0.05, W, H), pal, rng, char_h)
    return "flat"


def render_product(shape, w, h, rng, top_view=0.0, side_view=0.0):
    """Returns the RGBA sprite (PIL image, size w x h) of one product of the given shape.

    top_view > 0: the camera is above the product and sees some of its top (cartons, cans, jars);
    side_view: the camera sees the product's right (> 0) or left (< 0) side (cartons)."""
    ss = SUPERSAMPLE if w * h < 60000 else 1  # large sprites: the camera blur hides the aliasing
    W, H = max(2, w * ss), max(2, h * ss)
    img = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    pal = random_palette(rng)
    char_h = max(1.0, min(W, H) * rng.uniform(0.035, 0.07))
    overlay = None
    if shape == "bottle":
        kind = _bottle(draw, W, H, pal, rng, char_h)
    elif shape == "can":
        kind, overlay = _can(draw, W, H, pal, rng, char_h, top_view)
    elif shape == "box":
        kind = _box(draw, W, H, pal, rng, char_h, top_view, side_view)
    elif shape == "bag":
        kind = _bag(draw, W, H, pal, rng, char_h)
    elif shape == "jar":
        kind = _jar(draw, W, H, pal, rng, char_h, top_view)
    elif shape == "handled_bottle":
        kind = _handled_bottle(draw, W, H, pal, rng, char_h)
    elif shape == "pack":
        kind = _pack(draw, W, H, pal, rng, char_h)
    else:
        raise ValueError(f"unknown shape {shape!r}")
    if overlay is not None:
        ov, pos = overlay
        img.alpha_composite(ov, pos)
        # keep the silhouette: the overlay must not add alpha outside the can
    arr = np.asarray(img, dtype=np.float32).copy()
    arr[..., 3] = np.where(arr[..., 3] >= 128, 255.0, 0.0)
    shade(arr, kind, rng)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGBA")
    return out.resize((max(1, w), max(1, h)), Image.Resampling.BOX)
