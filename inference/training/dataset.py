"""Training data: SKU-110K CSVs + image folders, or synthetic shelves made on the fly.

Both sources give (RGB uint8 image [H, W, 3], boxes float32 [M, 4] x1 y1 x2 y2, labels int64 [M]).
TrainStream turns them into augmented training crops. Every crop is a pure function of
(seed, sample number), never of worker processes or of what ran before, so that a run resumed from
a checkpoint sees exactly the crops it would have seen without the break.
"""

import csv
import io
import math
import os
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np
import torch
from PIL import Image, ImageOps

import synth_shelves as synth
from losses import Target
from preprocess import resized_size

SYNTH_JPEG_QUALITY = 88  # what synth_shelves.py writes: the cached and uncached paths must agree


class DataError(ValueError):
    """A problem in the user's data, with the file and line that caused it."""


@dataclass
class Record:
    path: str
    width: int
    height: int
    boxes: np.ndarray  # [M, 4] float32
    labels: np.ndarray  # [M] int64
    where: str  # "file:line" of the image's first row, for error messages


def read_sku110k_csv(csv_path: str, images_dir: str, classes: Sequence[str],
                     class_column: str = "class") -> List[Record]:
    """Reads an SKU-110K annotation CSV: image_name,x1,y1,x2,y2,class,image_width,image_height.

    A header line is skipped. class_column "shape" reads a ninth column named shape (as in the
    generator's annotations_shapes.csv) for models with the 7 RP2K shape classes. With one class,
    every box is that class whatever the CSV says. A row with empty coordinates is an image without
    objects. Errors name the file and line."""
    multi = len(classes) > 1
    index = {c: i for i, c in enumerate(classes)}
    records, order = {}, []
    try:
        fh = open(csv_path, newline="", encoding="utf-8")
    except OSError as e:
        raise DataError(f"{csv_path}: cannot open the annotation CSV ({e.strerror})") from None
    with fh:
        for line_no, row in enumerate(csv.reader(fh), start=1):
            where = f"{csv_path}:{line_no}"
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if line_no == 1 and row[0].strip().lower() in ("image_name", "image", "filename"):
                continue  # a header line
            if len(row) < 8:
                raise DataError(f"{where}: expected 8 columns image_name,x1,y1,x2,y2,class,image_width,"
                                f"image_height, found {len(row)}")
            name = row[0]
            try:
                width, height = int(float(row[6])), int(float(row[7]))
            except ValueError:
                raise DataError(f"{where}: image_width/image_height are not numbers: {row[6]!r}, {row[7]!r}")
            rec = records.get(name)
            if rec is None:
                path = name if os.path.isabs(name) else os.path.join(images_dir, name)
                if not os.path.isfile(path):
                    raise DataError(f"{where}: image {name!r} not found in {images_dir}")
                rec = records[name] = Record(path, width, height, [], [], where)
                order.append(name)
            elif (rec.width, rec.height) != (width, height):
                raise DataError(f"{where}: image {name!r} is {width}x{height} here but "
                                f"{rec.width}x{rec.height} at {rec.where}")
            if all(not v.strip() for v in row[1:5]):
                continue
            try:
                x1, y1, x2, y2 = (float(v) for v in row[1:5])
            except ValueError:
                raise DataError(f"{where}: coordinates are not numbers: {row[1:5]}")
            if not (x2 > x1 and y2 > y1):
                raise DataError(f"{where}: empty box ({x1}, {y1}, {x2}, {y2}): need x2 > x1 and y2 > y1")
            label = 0
            if multi:
                if class_column == "shape":
                    if len(row) < 9:
                        raise DataError(f"{where}: --class-column shape needs a ninth column 'shape'")
                    cname = row[8]
                else:
                    cname = row[5]
                if cname not in index:
                    raise DataError(f"{where}: class {cname!r} is not one of the model's classes {list(classes)}")
                label = index[cname]
            rec.boxes.append((x1, y1, x2, y2))
            rec.labels.append(label)
    if not order:
        raise DataError(f"{csv_path}: no annotation rows")
    out = []
    for name in order:
        r = records[name]
        out.append(Record(r.path, r.width, r.height, np.array(r.boxes, dtype=np.float32).reshape(-1, 4),
                          np.array(r.labels, dtype=np.int64), r.where))
    return out


class CsvSource:
    """Images listed in an SKU-110K CSV; EXIF orientation applied, as the app does when it loads."""

    def __init__(self, records: List[Record]):
        self.records = records

    def __len__(self):
        return len(self.records)

    def check(self) -> None:
        """Reads every image's header (not its pixels) and checks its oriented size against the CSV,
        so that a bad row stops training at the start, not hours into it."""
        for r in self.records:
            try:
                with Image.open(r.path) as im:
                    w, h = im.size
                    if im.getexif().get(0x0112, 1) in (5, 6, 7, 8):  # EXIF orientation turns it 90 degrees
                        w, h = h, w
            except (OSError, SyntaxError) as e:
                raise DataError(f"{r.where}: cannot read image {r.path}: {e}") from None
            self._check_size(r, w, h)

    @staticmethod
    def _check_size(r: Record, w: int, h: int) -> None:
        if (w, h) != (r.width, r.height):
            raise DataError(f"{r.where}: {r.path} is {w}x{h} (after EXIF orientation), "
                            f"the CSV says {r.width}x{r.height}")

    def load(self, i: int) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
        r = self.records[i]
        with Image.open(r.path) as im:
            im = ImageOps.exif_transpose(im).convert("RGB")
            self._check_size(r, *im.size)
            return np.asarray(im), r.boxes, r.labels


class SyntheticSource:
    """Shelves from synth_shelves.generate(), one per seed, optionally cached as JPEG + CSV.

    The image always goes through one JPEG encode at quality 88, cached or not, so a crop is the
    same whether its shelf was generated now or read back from the cache. Cache files are named by
    seed, size and product range; clear the cache when synth_shelves.py itself changes."""

    def __init__(self, seeds: Sequence[int], width: int, height: int, classes: Sequence[str],
                 cache_dir: Optional[str] = None, products: Tuple[int, int] = (100, 700)):
        self.seeds = list(seeds)
        self.cfg = synth.Config(width=width, height=height, min_products=products[0], max_products=products[1])
        self.classes = list(classes)
        self.cache_dir = cache_dir
        if cache_dir:
            os.makedirs(cache_dir, exist_ok=True)

    def __len__(self):
        return len(self.seeds)

    def _label(self, shape: str) -> int:
        return self.classes.index(shape) if len(self.classes) > 1 else 0

    def load(self, i: int) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
        seed = self.seeds[i]
        c = self.cfg
        stem = f"synth_{seed:06d}_{c.width}x{c.height}_p{c.min_products}-{c.max_products}"
        if self.cache_dir:
            jpg = os.path.join(self.cache_dir, stem + ".jpg")
            txt = os.path.join(self.cache_dir, stem + ".csv")
            if os.path.exists(jpg) and os.path.exists(txt):
                with Image.open(jpg) as im:
                    img = np.asarray(im.convert("RGB"))
                rows = [line.split(",") for line in open(txt).read().splitlines() if line]
                boxes = np.array([[float(v) for v in r[:4]] for r in rows], dtype=np.float32).reshape(-1, 4)
                labels = np.array([self._label(r[4]) for r in rows], dtype=np.int64)
                return img, boxes, labels
        pil, products = synth.generate(seed, self.cfg)
        buf = io.BytesIO()
        pil.save(buf, "JPEG", quality=SYNTH_JPEG_QUALITY)
        data = buf.getvalue()
        with Image.open(io.BytesIO(data)) as im:
            img = np.asarray(im.convert("RGB"))
        boxes = np.array([[p.x1, p.y1, p.x2, p.y2] for p in products], dtype=np.float32).reshape(-1, 4)
        labels = np.array([self._label(p.shape) for p in products], dtype=np.int64)
        if self.cache_dir:
            tmp = os.path.join(self.cache_dir, f".{stem}.{os.getpid()}")
            with open(tmp + ".jpg", "wb") as fh:
                fh.write(data)
            with open(tmp + ".csv", "w") as fh:
                fh.writelines(f"{p.x1},{p.y1},{p.x2},{p.y2},{p.shape}\n" for p in products)
            os.replace(tmp + ".csv", os.path.join(self.cache_dir, stem + ".csv"))
            os.replace(tmp + ".jpg", os.path.join(self.cache_dir, stem + ".jpg"))
        return img, boxes, labels


@dataclass
class Augment:
    """How training crops are made. Scale jitter is relative to the contract's resize (min_side,
    max_side), so the network trains at the object sizes it meets at inference."""

    crop: int = 512
    scale_min: float = 0.7
    scale_max: float = 1.4
    flip: bool = True
    colour: bool = True
    min_visible: float = 0.5  # a box cut by the crop is kept when this share of it is left, else ignored


def make_crop(img: np.ndarray, boxes: np.ndarray, labels: np.ndarray, rng: np.random.Generator,
              aug: Augment, min_side: int, max_side: int) -> Tuple[torch.Tensor, Target]:
    """One augmented training crop [3, crop, crop] (float 0..255, zero-padded where the image ends)
    and its objects. The crop is sampled straight from the source with bilinear interpolation at
    half-pixel centres, like the inference resize, without resizing the whole photo first."""
    h, w = img.shape[:2]
    nh, nw = resized_size(h, w, min_side, max_side)
    s = (nw / w) * math.exp(rng.uniform(math.log(aug.scale_min), math.log(aug.scale_max)))
    sw, sh = w * s, h * s
    c = aug.crop
    x0 = rng.uniform(0, max(0.0, sw - c))
    y0 = rng.uniform(0, max(0.0, sh - c))
    out_w, out_h = min(c, int(math.floor(sw - x0))), min(c, int(math.floor(sh - y0)))
    # output pixel u samples the source at (u + 0.5) / s + x0 / s - 0.5 (PIL adds the -0.5 itself)
    pil = Image.fromarray(img).transform((out_w, out_h), Image.Transform.AFFINE,
                                         (1 / s, 0, x0 / s, 0, 1 / s, y0 / s), Image.Resampling.BILINEAR)
    crop = np.zeros((c, c, 3), dtype=np.float32)
    crop[:out_h, :out_w] = np.asarray(pil, dtype=np.float32)

    b = boxes.astype(np.float64) * s - np.array([x0, y0, x0, y0])
    full = np.clip(b[:, 2] - b[:, 0], 0, None) * np.clip(b[:, 3] - b[:, 1], 0, None)
    cb = np.stack([np.clip(b[:, 0], 0, out_w), np.clip(b[:, 1], 0, out_h),
                   np.clip(b[:, 2], 0, out_w), np.clip(b[:, 3], 0, out_h)], axis=1)
    vis = np.clip(cb[:, 2] - cb[:, 0], 0, None) * np.clip(cb[:, 3] - cb[:, 1], 0, None)
    inside = vis > 0
    cb, lab = cb[inside], labels[inside]
    frac = vis[inside] / np.maximum(full[inside], 1e-6)
    small = np.minimum(cb[:, 2] - cb[:, 0], cb[:, 3] - cb[:, 1]) < 2.0
    ignore = (frac < aug.min_visible) | small

    if aug.flip and rng.random() < 0.5:
        crop[:, :out_w] = crop[:, :out_w][:, ::-1]
        cb = np.stack([out_w - cb[:, 2], cb[:, 1], out_w - cb[:, 0], cb[:, 3]], axis=1)
    if aug.colour:
        crop[:out_h, :out_w] = _colour(crop[:out_h, :out_w], rng)
    t = Target(torch.from_numpy(cb.astype(np.float32)).reshape(-1, 4), torch.from_numpy(lab.astype(np.int64)),
               torch.from_numpy(ignore))
    return torch.from_numpy(np.ascontiguousarray(crop.transpose(2, 0, 1))), t


def _colour(x: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Brightness, contrast, saturation, a colour cast and now and then grey: store light varies."""
    x = x * rng.uniform(0.75, 1.25)
    mean = x.mean()
    x = (x - mean) * rng.uniform(0.75, 1.3) + mean
    grey = x.mean(axis=2, keepdims=True)
    sat = 0.0 if rng.random() < 0.05 else rng.uniform(0.6, 1.35)
    x = grey + (x - grey) * sat
    x = x * rng.uniform(0.92, 1.08, size=3).astype(np.float32)
    return np.clip(x, 0, 255)


class TrainStream(torch.utils.data.Dataset):
    """Sample number g -> an augmented crop. Epoch e = g // len(source) visits the source in a
    permutation drawn from (seed, e); the crop's randomness comes from (seed, g)."""

    def __init__(self, source, aug: Augment, min_side: int, max_side: int, seed: int, start: int, stop: int):
        self.source, self.aug = source, aug
        self.min_side, self.max_side, self.seed = min_side, max_side, seed
        self.start, self.stop = start, stop
        self._perm_epoch, self._perm = -1, None

    def __len__(self):
        return self.stop - self.start

    def source_index(self, g: int) -> int:
        n = len(self.source)
        epoch = g // n
        if epoch != self._perm_epoch:
            self._perm = np.random.default_rng([self.seed, 7, epoch]).permutation(n)
            self._perm_epoch = epoch
        return int(self._perm[g % n])

    def __getitem__(self, k: int):
        g = self.start + k
        img, boxes, labels = self.source.load(self.source_index(g))
        rng = np.random.default_rng([self.seed, 11, g])
        return make_crop(img, boxes, labels, rng, self.aug, self.min_side, self.max_side)


def collate(batch):
    images = torch.stack([b[0] for b in batch])
    return images, [b[1] for b in batch]
