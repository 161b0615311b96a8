#!/usr/bin/python3
"""Synthetic retail-shelf photos with exact product boxes and RP2K shape labels.

A scene is a store shelf seen from the front: shelf rows separated by shelf edges with price tags,
products of the 7 RP2K shapes (bottle, can, box, bag, jar, handled_bottle, pack) packed in facings
with small gaps, sometimes stacked, pushed back or overlapping a neighbour; uprights between shelf
sections, wobblers hanging from the edges. The camera adds a mild perspective, uneven light,
vignetting, glare, blur, sensor noise and JPEG compression.

Each product is painted with an id into an instance map that is warped with the same perspective
as the photo, so every box is the exact visible extent of its product (occlusion by neighbours,
shelf edges and tags included), clipped to the image. Products with less than a quarter of their
area visible, or under 3 pixels wide or high, are left out of the annotations.

Deterministic: one seed gives the same image and boxes on every run (same numpy/Pillow versions).

Seed ranges (keep them apart): training 0..99999, held-out evaluation 100000..100999,
bundled samples 900001..900003.

    /usr/bin/python3 inference/training/synth_shelves.py --out /tmp/synth --seeds 0:100 --fast
"""

import argparse
import csv
import io
import math
import os
import sys
import time
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from synth_sprites import ASPECT, SHAPES, draw_barcode, draw_brand, draw_digits, draw_text_lines, random_palette, render_product  # noqa: E402

TRAIN_SEEDS = range(0, 100000)
EVAL_SEEDS = range(100000, 101000)
SAMPLE_SEEDS = (900001, 900002, 900003)

DEFAULT_SIZE = (2448, 3264)
FAST_SIZE = (800, 1066)

# Store sections: relative weight of each shape on a shelf row.
SECTIONS = {
    "beverages": {"bottle": 5, "can": 3, "pack": 2, "handled_bottle": 1},
    "snacks": {"bag": 6, "box": 3, "can": 1, "jar": 0.5},
    "grocery": {"jar": 3, "can": 3, "box": 3, "bag": 1, "bottle": 1},
    "household": {"handled_bottle": 4, "bottle": 3, "box": 2, "pack": 1.5, "bag": 1},
    "personal_care": {"bottle": 5, "box": 3, "jar": 1.5, "pack": 1},
    "mixed": {s: 1 for s in SHAPES},
}
STACKABLE = {"can", "box", "jar", "pack"}


@dataclass(frozen=True)
class Config:
    """What to generate. Sizes in pixels; the effect strengths are multipliers (0 turns one off)."""

    width: int = DEFAULT_SIZE[0]
    height: int = DEFAULT_SIZE[1]
    min_products: int = 100
    max_products: int = 700
    perspective: float = 1.0
    blur: float = 1.0
    noise: float = 1.0
    camera_jpeg: tuple = (70, 95)  # quality range of the in-camera JPEG; None for none


@dataclass
class Product:
    """One annotation: the visible extent [x1, x2) x [y1, y2) in pixels and the RP2K shape."""

    x1: int
    y1: int
    x2: int
    y2: int
    shape: str


@dataclass
class _Sku:
    shape: str
    w: int
    h: int
    top_view: float
    side_view: float


@dataclass
class _Item:
    sku: int
    x: float
    y: float  # top
    scale: float
    z: float
    column: int
    ov: float  # bottom pixels hidden behind the shelf edge


@dataclass
class _Group:
    x0: float
    x1: float
    sku: int


@dataclass
class _Shelf:
    bay_top: float
    edge_top: float
    edge_h: float
    groups: list = field(default_factory=list)


@dataclass
class _Layout:
    shelves: list
    skus: list
    items: list
    uprights: list
    horizon: float
    countable: int = 0


# ------------------------------------------------------------------------------------------ layout

def _pick(rng, weights):
    names = list(weights)
    p = np.array([weights[n] for n in names], dtype=np.float64)
    return names[int(rng.choice(len(names), p=p / p.sum()))]


def _layout(rng, W, H, rows, k, section, fwd):
    """Places shelves and products; k scales product widths (k > 1: fewer, wider products)."""
    mean_bay = H / rows
    edge_h = max(2.0, mean_bay * rng.uniform(0.09, 0.15))
    horizon = H * rng.uniform(0.25, 0.75)
    uprights = []
    if rng.random() < 0.45:
        post = max(2.0, W * rng.uniform(0.012, 0.022))
        x = W * rng.uniform(0.15, 0.85)
        uprights.append((x - post / 2, x + post / 2))
    segments, lo = [], -1e9
    for a, b in uprights:
        segments.append((lo, a))
        lo = b
    segments.append((lo, 1e9))

    shelves, skus, items = [], [], []
    column = 0
    y = -mean_bay * rng.uniform(0.1, 0.7)
    while y < H:
        bay = mean_bay * rng.uniform(0.85, 1.15)
        edge_top = y + bay - edge_h
        shelf = _Shelf(bay_top=y, edge_top=edge_top, edge_h=edge_h)
        shelves.append(shelf)
        y += bay
        below = (edge_top - horizon) / H  # > 0: camera above this shelf, sees product tops
        avail = edge_top - shelf.bay_top - edge_h * 0.2
        if edge_top <= 0 or shelf.bay_top >= H or avail < 4:
            continue
        weights = SECTIONS[section]
        # a list, not a set: set order of strings changes with PYTHONHASHSEED
        row_shapes = list(dict.fromkeys(_pick(rng, weights) for _ in range(int(rng.integers(1, 4)))))
        stack = 1
        if set(row_shapes) <= STACKABLE and rng.random() < 0.35:
            stack = 2 if rng.random() < 0.7 else 3
        fill = rng.uniform(0.6, 0.93)
        ov = edge_h * (rng.uniform(0.05, 0.35) if below > 0 else rng.uniform(0.0, 0.1))
        base = edge_top + ov
        for seg_lo, seg_hi in segments:
            x0 = max(seg_lo, 0.0)
            x_end = min(seg_hi, W)
            first = True
            x = x0
            while x < x_end:
                shape = row_shapes[int(rng.integers(len(row_shapes)))]
                h = min(avail * 0.97 / stack, avail * fill / stack * rng.uniform(0.85, 1.08))
                w = h / rng.uniform(*ASPECT[shape]) * k
                if w < 2 or h < 2:
                    break
                if first:
                    x = x0 - w * rng.uniform(0.0, 0.85) if seg_lo < 0 else x0 + W * rng.uniform(0.0, 0.01)
                    first = False
                if rng.random() < 0.035:  # sold out: an empty slot
                    x += w * rng.uniform(0.6, 2.0)
                    continue
                side = (W / 2 - (x + 1.5 * w)) / W * 2.0  # > 0: left of the camera, right side seen
                skus.append(_Sku(shape, max(2, int(round(w))), max(2, int(round(h))), max(0.0, below), side))
                sku = len(skus) - 1
                w, h = skus[sku].w, skus[sku].h
                facings = 1 + min(int(rng.geometric(0.3)) - 1, 11)
                gx0 = x
                for _ in range(facings):
                    if x + w > x_end and seg_hi < W:
                        break
                    if x >= x_end:
                        break
                    scale = rng.uniform(0.93, 0.985) if rng.random() < 0.12 else 1.0
                    sw, sh = w * scale, h * scale
                    xi = x + (w - sw) / 2
                    lift = (h - sh) * (0.6 if below > 0 else 0.1)  # pushed back: sits higher
                    z = rng.random() + (0.0 if scale < 1 else 1.0)
                    for s in range(stack):
                        top = base - lift - sh * (s + 1) - s * h * rng.uniform(0.0, 0.012)
                        hidden = max(0.0, ov - lift) if s == 0 else 0.0
                        items.append(_Item(sku, xi, top, scale, z, column, hidden))
                    column += 1
                    x += w * (1.0 + rng.uniform(-0.045, 0.05))
                if x <= gx0:  # the segment is full up to an upright
                    skus.pop()
                    break
                shelf.groups.append(_Group(gx0, x, sku))
                x += w * rng.uniform(0.0, 0.07)
    lay = _Layout(shelves, skus, items, uprights, horizon)
    lay.countable = int(_countable(lay, W, H, fwd).sum())
    return lay


def _countable(lay, W, H, fwd):
    """Which items will probably be labelled: at least 35% of the box inside the photo after the
    perspective (the shelf edge hides ov pixels of the bottom), and at least 4 pixels each way."""
    n = len(lay.items)
    if n == 0:
        return np.zeros(0, dtype=bool)
    a = np.array([(it.x, it.y, lay.skus[it.sku].w * it.scale, lay.skus[it.sku].h * it.scale, it.ov)
                  for it in lay.items], dtype=np.float64)
    x0, y0, w, h, ov = a.T
    x1, y1 = x0 + w, y0 + h

    def box(ya, yb):
        xs = np.stack([x0, x1, x1, x0])
        ys = np.stack([ya, ya, yb, yb])
        q = np.tensordot(fwd, np.stack([xs, ys, np.ones_like(xs)]), axes=1)
        qx, qy = q[0] / q[2], q[1] / q[2]
        return qx.min(0), qy.min(0), qx.max(0), qy.max(0)

    fx0, fy0, fx1, fy1 = box(y0, y1)
    vx0, vy0, vx1, vy1 = box(y0, y1 - ov)
    cw = np.minimum(vx1, W) - np.maximum(vx0, 0)
    ch = np.minimum(vy1, H) - np.maximum(vy0, 0)
    full = np.maximum((fx1 - fx0) * (fy1 - fy0), 1e-6)
    return (cw >= 4) & (ch >= 4) & (np.clip(cw, 0, None) * np.clip(ch, 0, None) >= 0.35 * full)


def _drop_columns(rng, lay, counted, excess):
    """Removes whole columns (a facing with its stack) at random, so that about excess fewer
    items are counted; counted flags the items (in lay.items order) that count."""
    per_col = {}
    for it, c in zip(lay.items, counted):
        per_col[it.column] = per_col.get(it.column, 0) + int(c)
    cols = [c for c in sorted(per_col) if per_col[c] > 0]
    removed, n = set(), 0
    for i in rng.permutation(len(cols)):
        if n >= excess:
            break
        c = cols[int(i)]
        removed.add(c)
        n += per_col[c]
    lay.items = [it for it in lay.items if it.column not in removed]
    lay.countable -= n


def _plan(seed, attempt, cfg, fwd, bias):
    """Chooses the store section and a layout with about as many countable items as a target drawn
    log-uniformly from the requested range; bias > 1 asks for more, to make up for losses."""
    W, H = cfg.width, cfg.height
    rng = np.random.default_rng([seed, attempt, 0])
    hi = cfg.max_products
    lo = min(hi, int(math.ceil(cfg.min_products * 1.02)))
    target = int(round(math.exp(rng.uniform(math.log(lo), math.log(hi + 0.999)))))
    target = min(max(target, lo), hi)
    goal = max(1, int(round(target * bias)))
    section = list(SECTIONS)[int(rng.integers(len(SECTIONS)))]
    rows = int(round(math.sqrt(goal * 0.8 * (H / W) / 2.9)))
    rows = min(max(rows, 2), 40)
    k, best = 1.0, None
    for _ in range(24):
        lay = _layout(np.random.default_rng([seed, attempt, 1, rows]), W, H, rows, k, section, fwd)
        c = lay.countable
        if c >= goal and (best is None or c < best.countable):
            best = lay
        if abs(c - goal) <= max(2, 0.04 * goal):
            break
        k_new = k * max(c, 1) / goal
        if k_new > 1.7 and rows > 2:
            rows, k = rows - 1, 1.0
        elif k_new < 0.6 and rows < 40:
            rows, k = rows + 1, 1.0
        else:
            k = min(max(k_new, 0.5), 2.0)
    if best is None:
        return None, target
    if best.countable > goal:
        _drop_columns(np.random.default_rng([seed, attempt, 2]), best, _countable(best, W, H, fwd),
                      best.countable - goal)
    return best, target


# --------------------------------------------------------------------------------------- rendering

def _background(rng, W, H, lay):
    """The back of the shelf, darker deep in each bay, with shelf tops and undersides; uint8 (H, W, 3)."""
    style = rng.random()
    if style < 0.35:  # light metal
        base = np.array([rng.uniform(175, 230)] * 3) * np.array([1.0, 1.0, rng.uniform(0.95, 1.05)])
    elif style < 0.6:  # dark metal
        base = np.array([rng.uniform(35, 85)] * 3)
    elif style < 0.8:  # wood
        base = np.array([rng.uniform(150, 200), rng.uniform(110, 150), rng.uniform(70, 100)])
    else:  # painted
        base = np.array([rng.uniform(60, 200), rng.uniform(60, 200), rng.uniform(60, 200)])
    profile = np.full(H, rng.uniform(0.5, 0.75), dtype=np.float32)
    ys = np.arange(H, dtype=np.float32)
    depth = rng.uniform(0.3, 0.6)
    for sh in lay.shelves:
        top, bottom = sh.bay_top, sh.edge_top
        a, b = max(0, int(top)), min(H, int(math.ceil(bottom)))
        if b <= a:
            continue
        t = np.clip((ys[a:b] - top) / max(1.0, bottom - top), 0.0, 1.0)
        profile[a:b] = (1 - depth) * (0.5 + 0.5 * t ** 0.6) + depth * 0.35 * t
    rows = np.repeat(profile[:, None], 3, axis=1) * base[None, :]  # (H, 3)
    # shelf tops seen from above, undersides seen from below
    for sh in lay.shelves:
        rel = (sh.edge_top - lay.horizon) / H
        if rel > 0:
            t = sh.edge_h * min(1.5, rel * 3.0)
            a, b = int(sh.edge_top - t), int(sh.edge_top)
            colour = base * 0.9 + 20
        else:
            t = sh.edge_h * min(1.2, -rel * 3.0)
            a, b = int(sh.edge_top + sh.edge_h), int(sh.edge_top + sh.edge_h + t)
            colour = base * 0.3
        if b > max(a, 0) and a < H:
            rows[max(0, a):min(H, b)] = colour
    cols = np.ones(W, dtype=np.float32)
    if 0.6 <= style < 0.8:  # wooden planks
        plank = max(8, int(W * rng.uniform(0.05, 0.12)))
        cols += 0.06 * np.sin(np.arange(W) / plank * 2 * math.pi * rng.uniform(3, 7)).astype(np.float32)
        cols[(np.arange(W) % plank) < max(1, plank // 40)] = 0.6
    img = np.empty((H, W, 3), dtype=np.uint8)
    for c in range(3):
        img[..., c] = np.clip(np.multiply.outer(rows[:, c].astype(np.float32), cols), 0, 255)
    if style < 0.6 and rng.random() < 0.6:  # pegboard holes
        pitch = max(4, int(min(W, H) * rng.uniform(0.012, 0.025)))
        r = max(1, pitch // 5)
        holes = ((np.arange(H) % pitch) < r)[:, None] & ((np.arange(W) % pitch) < r)[None, :]
        img[holes] = (img[holes] * 0.45).astype(np.uint8)
    return img


def _bay_shadow(rng, img, lay):
    """Darkens what lies just under each shelf, products included (PIL RGB image, returned)."""
    W, H = img.size
    f = np.ones(H, dtype=np.float32)
    ys = np.arange(H, dtype=np.float32)
    s = rng.uniform(0.15, 0.4)
    for sh in lay.shelves:
        a, b = max(0, int(sh.bay_top)), min(H, int(math.ceil(sh.edge_top)))
        if b <= a:
            continue
        t = np.clip((ys[a:b] - sh.bay_top) / max(1.0, sh.edge_top - sh.bay_top), 0.0, 1.0)
        f[a:b] = 1.0 - s * np.exp(-t / 0.18)
    col = Image.fromarray(np.round(f * 255).astype(np.uint8)[:, None], "L").resize((W, H), Image.Resampling.NEAREST)
    return ImageChops.multiply(img, Image.merge("RGB", (col, col, col)))


class _Occluder:
    """Draws a shape on the photo and on the occluder mask at once."""

    def __init__(self, img):
        self.draw = ImageDraw.Draw(img)
        self.mask = Image.new("L", img.size, 0)
        self.mdraw = ImageDraw.Draw(self.mask)

    def rect(self, box, fill):
        self.draw.rectangle(box, fill=fill)
        self.mdraw.rectangle(box, fill=255)

    def rounded(self, box, r, fill):
        self.draw.rounded_rectangle(box, radius=r, fill=fill)
        self.mdraw.rounded_rectangle(box, radius=r, fill=255)

    def ellipse(self, box, fill):
        self.draw.ellipse(box, fill=fill)
        self.mdraw.ellipse(box, fill=255)


def _price_tag(occ, rng, box, colour):
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    occ.rect(box, colour)
    d = occ.draw
    ink = (20, 20, 20)
    if h >= 6:
        draw_text_lines(d, (x0 + w * 0.06, y0 + h * 0.1, x0 + w * 0.55, y0 + h * 0.55), ink, rng,
                        max(1.0, h * 0.1))
        price = f"{int(rng.integers(0, 30))}.{int(rng.integers(0, 100)):02d}"
        room = w * 0.5
        ph = min(h * rng.uniform(0.4, 0.6), room / (0.55 * 1.35 * (len(price) - 1) + 0.4))
        digits_w = ph * (0.55 * 1.35 * (len(price) - 1) + 0.4)
        draw_digits(d, x1 - w * 0.05 - digits_w, y0 + (h - ph) * 0.6, ph, price, ink)
        if h >= 14:
            draw_barcode(d, (x0 + w * 0.06, y0 + h * 0.65, x0 + w * 0.4, y0 + h * 0.9), rng)
    else:
        d.rectangle([x0 + w * 0.5, y0 + h * 0.25, x1 - w * 0.1, y1 - h * 0.25], fill=ink)


def _shelf_fronts(rng, img, lay, W, H):
    """Shelf edges with price rails and tags, uprights and wobblers; returns the occluder mask."""
    occ = _Occluder(img)
    edge_col = [(228, 228, 225), (190, 192, 195), (60, 62, 66), (28, 28, 30), (30, 70, 150),
                (170, 30, 35), (160, 120, 80)][int(rng.integers(7))]
    rail_col = tuple(int(min(255, c * rng.uniform(0.8, 1.1) + 10)) for c in edge_col)
    tag_plain = [(245, 245, 240), (250, 235, 90), (240, 240, 250)][int(rng.integers(3))]
    for a, b in lay.uprights:
        occ.rect([a, 0, b, H], tuple(int(c * 0.9) for c in edge_col))
        slot = max(3.0, (b - a) * 0.6)
        yy = rng.uniform(0, slot * 3)
        while yy < H:
            occ.draw.rectangle([a + (b - a) * 0.35, yy, b - (b - a) * 0.35, yy + slot], fill=(25, 25, 25))
            yy += slot * 3
    for sh in lay.shelves:
        y0, e = sh.edge_top, sh.edge_h
        y1 = y0 + e
        if y1 < 0 or y0 > H:
            continue
        occ.rect([0, y0, W, y1], edge_col)
        hl = max(1.0, e * 0.08)
        occ.draw.rectangle([0, y0, W, y0 + hl], fill=tuple(min(255, c + 40) for c in edge_col))
        occ.draw.rectangle([0, y1 - hl, W, y1], fill=tuple(int(c * 0.6) for c in edge_col))
        ry0, ry1 = y0 + e * 0.14, y1 - e * 0.12
        occ.draw.rectangle([0, ry0, W, ry1], fill=rail_col)
        last = -1e9
        for g in sh.groups:
            if rng.random() > 0.85:
                continue
            promo = rng.random() < 0.1
            th = (ry1 - ry0) * rng.uniform(0.85, 1.0)
            if promo:
                th = e * rng.uniform(1.15, 1.5)
            tw = th * rng.uniform(1.5, 2.6)
            gw = g.x1 - g.x0
            tx = g.x0 + gw * rng.uniform(0.0, 0.3)
            if tx < last + e * 0.2:
                continue
            ty = ry0 + (ry1 - ry0 - th) / 2 if not promo else y1 - th
            col = tag_plain if not promo else [(255, 210, 0), (230, 40, 40), (255, 140, 0)][int(rng.integers(3))]
            _price_tag(occ, rng, (tx, ty, tx + tw, ty + th), col)
            last = tx + tw
            if rng.random() < 0.025:  # wobbler hanging into the bay below
                size = e * rng.uniform(1.5, 2.6)
                stem = e * rng.uniform(0.3, 0.8)
                cx = tx + tw / 2
                occ.rect([cx - max(1, e * 0.04), y1, cx + max(1, e * 0.04), y1 + stem], (200, 200, 205))
                pal = random_palette(rng)
                box = [cx - size / 2, y1 + stem, cx + size / 2, y1 + stem + size]
                if rng.random() < 0.5:
                    occ.ellipse(box, pal[0])
                else:
                    occ.rounded(box, size * 0.1, pal[0])
                draw_brand(occ.draw, (box[0] + size * 0.15, box[1] + size * 0.3, box[2] - size * 0.15,
                                      box[1] + size * 0.6), pal[3], rng)
    return np.asarray(occ.mask) > 0


def _homography(rng, W, H, strength):
    """PIL perspective coefficients mapping output pixels into a quad inside the source image."""
    m = 0.035 * strength
    src = np.array([[0, 0], [W, 0], [W, H], [0, H]], dtype=np.float64)
    inward = np.array([[1, 1], [-1, 1], [-1, -1], [1, -1]], dtype=np.float64)
    src = src + inward * rng.uniform(0, m, size=(4, 2)) * np.array([W, H])
    dst = np.array([[0, 0], [W, 0], [W, H], [0, H]], dtype=np.float64)
    A, bvec = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        bvec += [u, v]
    c = np.linalg.solve(np.array(A), np.array(bvec))
    return tuple(float(v) for v in c)


def _boxes(lay, order, full_area, ids, coeffs, W, H):
    """Exact visible boxes from the warped instance map."""
    a, b, c, d, e, f, g, h = coeffs
    inv = np.linalg.inv(np.array([[a, b, c], [d, e, f], [g, h, 1.0]]))
    out = []
    min_side = 3
    for idx, it in enumerate(order, start=1):
        if full_area[idx] == 0:
            continue
        sku = lay.skus[it.sku]
        sx0, sy0 = it.x, it.y
        sx1, sy1 = sx0 + sku.w * it.scale, sy0 + sku.h * it.scale
        pts = np.array([[sx0, sy0, 1], [sx1, sy0, 1], [sx1, sy1, 1], [sx0, sy1, 1]]).T
        q = inv @ pts
        qx, qy = q[0] / q[2], q[1] / q[2]
        wx0, wx1 = max(0, int(qx.min()) - 3), min(W, int(math.ceil(qx.max())) + 3)
        wy0, wy1 = max(0, int(qy.min()) - 3), min(H, int(math.ceil(qy.max())) + 3)
        if wx1 <= wx0 or wy1 <= wy0:
            continue
        sub = ids[wy0:wy1, wx0:wx1] == idx
        vis = int(np.count_nonzero(sub))
        if vis == 0 or vis < 0.25 * full_area[idx]:
            continue
        rows = np.flatnonzero(sub.any(axis=1))
        cols = np.flatnonzero(sub.any(axis=0))
        x1, x2 = wx0 + int(cols[0]), wx0 + int(cols[-1]) + 1
        y1, y2 = wy0 + int(rows[0]), wy0 + int(rows[-1]) + 1
        if x2 - x1 < min_side or y2 - y1 < min_side:
            continue
        out.append((it, Product(x1, y1, x2, y2, sku.shape)))
    out.sort(key=lambda r: (r[1].y1, r[1].x1, r[1].y2, r[1].x2))
    return out


def _camera(rng, img, cfg):
    """Light falloff, colour cast, glare, blur, noise and the camera's JPEG (all in C via Pillow)."""
    W, H = img.size
    gw, gh = max(2, W // 32), max(2, H // 32)
    yy, xx = np.mgrid[0:gh, 0:gw].astype(np.float32)
    xx = xx / (gw - 1) - 0.5
    yy = yy / (gh - 1) - 0.5
    light = 1.0 + rng.uniform(-0.35, 0.35) * xx + rng.uniform(-0.35, 0.35) * yy
    light *= 1.0 - rng.uniform(0.05, 0.4) * (xx * xx + yy * yy) * 2.0
    coarse = rng.uniform(-0.1, 0.1, size=(3, 4)).astype(np.float32)
    light += np.asarray(Image.fromarray(coarse, "F").resize((gw, gh), Image.Resampling.BICUBIC))
    light *= rng.uniform(0.8, 1.2)
    temp = rng.uniform(-1, 1)
    chan = np.array([1 + 0.08 * temp, 1.0, 1 - 0.09 * temp], dtype=np.float32) * rng.uniform(0.96, 1.04, 3)
    gain = np.clip(light[..., None] * chan, 0.05, None)
    gmax = float(gain.max())
    gain_img = Image.fromarray(np.round(gain / gmax * 255).astype(np.uint8), "RGB")
    img = ImageChops.multiply(img, gain_img.resize((W, H), Image.Resampling.BILINEAR))
    n_glare = int(rng.integers(0, 4))
    if n_glare:
        glare = np.zeros((gh, gw), dtype=np.float32)
        for _ in range(n_glare):
            cx, cy, r = rng.uniform(-0.5, 0.5), rng.uniform(-0.5, 0.5), rng.uniform(0.03, 0.12)
            glare += rng.uniform(15, 60) * np.exp(-((xx - cx) ** 2 + ((yy - cy) * H / W) ** 2) / (2 * r * r))
        g = Image.fromarray(np.clip(glare / gmax, 0, 255).astype(np.uint8), "L")
        g = g.resize((W, H), Image.Resampling.BILINEAR)
        img = ImageChops.add(img, Image.merge("RGB", (g, g, g)))
    # undo the 1/gmax of the multiply, then gamma and contrast, in one lookup table
    gamma, contrast = rng.uniform(0.85, 1.15), rng.uniform(0.9, 1.15)
    lut = np.clip(np.arange(256, dtype=np.float32) * gmax / 255.0, 0, 1)
    lut = np.clip(((lut ** gamma) - 0.5) * contrast + 0.5, 0, 1) * 255.0
    img = img.point([int(v) for v in np.round(lut)] * 3)
    img = ImageEnhance.Color(img).enhance(rng.uniform(0.7, 1.05))  # cameras and store light mute colours
    scale = min(W, H) / 2448.0
    radius = cfg.blur * rng.uniform(0.35, 1.5) * max(0.45, scale)
    if radius > 0.05:
        img = img.filter(ImageFilter.GaussianBlur(radius))
    if cfg.noise > 0:
        sigma = cfg.noise * rng.uniform(1.0, 4.5) * max(0.5, math.sqrt(scale))
        luma = rng.standard_normal((H, W), dtype=np.float32)
        luma *= sigma
        luma += 128.0
        planes = []
        for _ in range(3):
            c = rng.standard_normal((H // 2 + 1, W // 2 + 1), dtype=np.float32) * (sigma * 0.5) + 128.0
            c = Image.fromarray(np.clip(c, 0, 255).astype(np.uint8), "L").resize((W, H), Image.Resampling.BILINEAR)
            planes.append(c)
        n = Image.fromarray(np.clip(luma, 0, 255).astype(np.uint8), "L")
        chroma = Image.merge("RGB", planes)
        img = ImageChops.add(img, Image.merge("RGB", (n, n, n)), 1.0, -128)
        img = ImageChops.add(img, chroma, 1.0, -128)
    if cfg.camera_jpeg:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=int(rng.integers(cfg.camera_jpeg[0], cfg.camera_jpeg[1] + 1)))
        buf.seek(0)
        img = Image.open(buf)
        img.load()
        img = img.convert("RGB")
    return img


def _render(seed, attempt, cfg, lay, coeffs):
    """Paints the layout, warps it with coeffs, finds the boxes; returns (image, [(item, Product)])."""
    W, H = cfg.width, cfg.height
    rng = np.random.default_rng([seed, attempt, 3])
    bg = _background(rng, W, H, lay)
    img = Image.fromarray(bg, "RGB")
    ids = np.zeros((H, W), dtype=np.int32)
    order = sorted(lay.items, key=lambda it: (it.z, it.column))
    full_area = np.zeros(len(order) + 1, dtype=np.int64)
    sprites, masks = {}, {}
    for idx, it in enumerate(order, start=1):
        sku = lay.skus[it.sku]
        key, base = (it.sku, round(it.scale, 3)), (it.sku, 1.0)
        if base not in sprites:
            sprites[base] = render_product(
                sku.shape, sku.w, sku.h, np.random.default_rng([seed, attempt, 4, it.sku]), sku.top_view,
                sku.side_view)
            masks[base] = np.asarray(sprites[base])[..., 3] >= 128
        if key not in sprites:
            sp = sprites[base].resize(
                (max(1, int(round(sku.w * it.scale))), max(1, int(round(sku.h * it.scale)))),
                Image.Resampling.BILINEAR)
            sprites[key] = sp
            masks[key] = np.asarray(sp)[..., 3] >= 128
        sp, mask = sprites[key], masks[key]
        x, y = int(round(it.x)), int(round(it.y))
        img.paste(sp, (x, y), sp)
        full_area[idx] = int(np.count_nonzero(mask))
        mh, mw = mask.shape
        ax0, ay0, ax1, ay1 = max(0, x), max(0, y), min(W, x + mw), min(H, y + mh)
        if ax1 > ax0 and ay1 > ay0:
            m = mask[ay0 - y:ay1 - y, ax0 - x:ax1 - x]
            ids[ay0:ay1, ax0:ax1][m] = idx
    img = _bay_shadow(rng, img, lay)
    occluded = _shelf_fronts(rng, img, lay, W, H)
    ids[occluded] = 0
    img = img.transform((W, H), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR)
    idw = np.asarray(Image.fromarray(ids, "I").transform((W, H), Image.Transform.PERSPECTIVE, coeffs,
                                                         Image.Resampling.NEAREST))
    products = _boxes(lay, order, full_area, idw, coeffs, W, H)
    img = _camera(rng, img, cfg)
    return img, products


def generate(seed, cfg=Config()):
    """Returns (PIL RGB image, list of Product) for one seed; the same seed gives the same result."""
    if cfg.width < 64 or cfg.height < 64:
        raise ValueError("image size must be at least 64x64")
    if not 1 <= cfg.min_products <= cfg.max_products:
        raise ValueError("need 1 <= min_products <= max_products")
    W, H = cfg.width, cfg.height
    bias = 1.0
    for attempt in range(8):
        coeffs = _homography(np.random.default_rng([seed, attempt, 5]), W, H, cfg.perspective)
        a, b, c, d, e, f, g, h = coeffs
        fwd = np.linalg.inv(np.array([[a, b, c], [d, e, f], [g, h, 1.0]]))
        lay, target = _plan(seed, attempt, cfg, fwd, bias)
        if lay is None:
            continue
        planned = lay.countable
        for _ in range(3):
            img, labelled = _render(seed, attempt, cfg, lay, coeffs)
            n = len(labelled)
            if cfg.min_products <= n <= cfg.max_products:
                return img, [p for _, p in labelled]
            if n < cfg.min_products:
                break
            # too many: take out a few labelled columns and paint the shelf again
            counted_ids = {id(it) for it, _ in labelled}
            counted = [id(it) in counted_ids for it in lay.items]
            lay.countable = n
            _drop_columns(np.random.default_rng([seed, attempt, 6, n]), lay, counted, n - target)
        bias *= max(1.0, planned / max(n, 1)) * 1.01
    raise RuntimeError(f"seed {seed}: could not place {cfg.min_products}..{cfg.max_products} products "
                       f"in {cfg.width}x{cfg.height}; widen the range or enlarge the image")


# ---------------------------------------------------------------------------------------------- I/O

def image_name(seed, prefix="synth"):
    return f"{prefix}_{seed:06d}.jpg"


def csv_rows(name, img_size, products):
    """SKU-110K annotation rows: image_name,x1,y1,x2,y2,class,image_width,image_height (+ shape).

    The SKU-110K reader moves a coordinate at or past the image edge to the last pixel (W-1, H-1),
    so boxes touching the right or bottom edge are written that way: the file then reads back
    unchanged through ShelfLabel's importer and the authors' own reader.
    """
    W, H = img_size
    return [[name, p.x1, p.y1, min(p.x2, W - 1), min(p.y2, H - 1), "object", W, H, p.shape]
            for p in products]


def _job(args):
    seed, cfg, out_dir, prefix, quality = args
    t0 = time.perf_counter()
    img, products = generate(seed, cfg)
    name = image_name(seed, prefix)
    img.save(os.path.join(out_dir, name), "JPEG", quality=quality)
    return seed, name, img.size, products, time.perf_counter() - t0


def write_dataset(out_dir, seeds, cfg=Config(), prefix="synth", quality=88, jobs=1,
                  annotations="annotations.csv", shapes_csv="annotations_shapes.csv", progress=None,
                  append=False):
    """Writes the JPEGs and the two CSVs (SKU-110K without header; with header and shape).

    append: add the rows to existing CSVs instead of replacing them (for images of several sizes)."""
    os.makedirs(out_dir, exist_ok=True)
    tasks = [(int(s), cfg, out_dir, prefix, quality) for s in seeds]
    rows = []
    if jobs > 1:
        import multiprocessing
        with multiprocessing.Pool(jobs) as pool:
            results = pool.imap(_job, tasks)
            for i, r in enumerate(results):
                rows.extend(csv_rows(r[1], r[2], r[3]))
                if progress:
                    progress(i + 1, len(tasks), r)
    else:
        for i, t in enumerate(tasks):
            r = _job(t)
            rows.extend(csv_rows(r[1], r[2], r[3]))
            if progress:
                progress(i + 1, len(tasks), r)
    mode = "a" if append else "w"
    with open(os.path.join(out_dir, annotations), mode, newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        for r in rows:
            w.writerow(r[:8])
    if shapes_csv:
        path = os.path.join(out_dir, shapes_csv)
        header = not (append and os.path.exists(path) and os.path.getsize(path) > 0)
        with open(path, mode, newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            if header:
                w.writerow(["image_name", "x1", "y1", "x2", "y2", "class", "image_width", "image_height", "shape"])
            w.writerows(rows)
    return rows


def _parse_range(text, what):
    try:
        a, b = text.split(":")
        return int(a), int(b)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{what}: expected A:B, got {text!r}") from None


def _parse_size(text):
    try:
        w, h = text.lower().split("x")
        return int(w), int(h)
    except ValueError:
        raise argparse.ArgumentTypeError(f"size: expected WxH, got {text!r}") from None


def main(argv=None):
    p = argparse.ArgumentParser(
        description="Generate synthetic retail-shelf photos with exact product boxes (SKU-110K CSV) "
                    "and RP2K shape labels.",
        epilog="Seed ranges: training 0..99999, held-out evaluation 100000..100999, samples 900001..900003. "
               "Example: %(prog)s --out /tmp/synth --seeds 0:1000 --fast --jobs 2")
    p.add_argument("--out", required=True, help="output folder for the JPEGs and CSVs")
    p.add_argument("--seeds", type=lambda t: _parse_range(t, "seeds"), metavar="A:B",
                   help="generate seeds A..B-1 (half-open, like Python's range)")
    p.add_argument("--seed", type=int, action="append", help="one seed; repeat for several")
    p.add_argument("--size", type=_parse_size, metavar="WxH",
                   help=f"image size (default {DEFAULT_SIZE[0]}x{DEFAULT_SIZE[1]})")
    p.add_argument("--fast", action="store_true",
                   help=f"low-resolution training images, {FAST_SIZE[0]}x{FAST_SIZE[1]}, unless --size is given")
    p.add_argument("--products", type=lambda t: _parse_range(t, "products"), default=(100, 700),
                   metavar="MIN:MAX", help="labelled products per image, inclusive (default 100:700)")
    p.add_argument("--quality", type=int, default=88, help="JPEG quality of the saved images (default 88)")
    p.add_argument("--prefix", default="synth", help="image names are PREFIX_SEED.jpg (default synth)")
    p.add_argument("--annotations", default="annotations.csv",
                   help="SKU-110K CSV without header (default annotations.csv)")
    p.add_argument("--shapes-csv", default="annotations_shapes.csv",
                   help="CSV with header and a shape column; '' for none (default annotations_shapes.csv)")
    p.add_argument("--append", action="store_true",
                   help="append to existing CSVs instead of replacing them (to mix image sizes)")
    p.add_argument("--perspective", type=float, default=1.0, help="perspective strength, 0 for none")
    p.add_argument("--blur", type=float, default=1.0, help="blur strength, 0 for none")
    p.add_argument("--noise", type=float, default=1.0, help="noise strength, 0 for none")
    p.add_argument("--no-camera-jpeg", action="store_true", help="skip the in-camera JPEG pass")
    p.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--quiet", action="store_true")
    a = p.parse_args(argv)
    seeds = list(range(*a.seeds)) if a.seeds else []
    seeds += a.seed or []
    if not seeds:
        p.error("give --seeds A:B or --seed N")
    size = a.size or (FAST_SIZE if a.fast else DEFAULT_SIZE)
    cfg = Config(width=size[0], height=size[1], min_products=a.products[0], max_products=a.products[1],
                 perspective=a.perspective, blur=a.blur, noise=a.noise,
                 camera_jpeg=None if a.no_camera_jpeg else Config.camera_jpeg)
    t0 = time.perf_counter()

    def progress(i, n, r):
        if not a.quiet:
            print(f"[{i}/{n}] {r[1]} {r[2][0]}x{r[2][1]} {len(r[3])} products {r[4]:.2f} s", flush=True)

    rows = write_dataset(a.out, seeds, cfg, a.prefix, a.quality, a.jobs, a.annotations, a.shapes_csv, progress,
                         a.append)
    if not a.quiet:
        dt = time.perf_counter() - t0
        print(f"{len(seeds)} images, {len(rows)} boxes in {dt:.1f} s ({dt / len(seeds):.2f} s per image)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
