"""The contract's pre-processing, written once so that evaluation here and the C++ app agree.

The rule (docs/model-contract.md; the C++ side in inference/ must do the same):

1. The image is RGB uint8, height h x width w, EXIF orientation already applied.
2. scale = min_side / min(h, w); if max(h, w) * scale > max_side then scale = max_side / max(h, w).
   Computed in double precision, before any rounding.
3. New size: nh = floor(h * scale + 0.5), nw = floor(w * scale + 0.5) (round half up), at least 1.
4. Resize to exactly (nw, nh) with bilinear interpolation and half-pixel centres
   (align_corners=False, no antialiasing): output pixel x samples the input at
   (x + 0.5) * w / nw - 0.5, clamped to the border. This is cv::resize(..., INTER_LINEAR) with
   dsize = (nw, nh), and torch's interpolate(size=(nh, nw), mode="bilinear", align_corners=False).
   The per-axis factors are therefore nw / w and nh / h, not scale: map boxes back with
   x_orig = x * w / nw and y_orig = y * h / nh.
5. The result stays float32 in 0..255 (no rounding); cv::resize on a CV_32F image matches it to
   about 1e-4. cv::resize on the 8-bit image (faster) rounds with fixed-point weights and differs
   by at most 1 grey level; quantize=True rounds here too, for a like-for-like comparison.
6. Pad bottom and right with zeros to multiples of the size divisor.

Normalisation (mean/std) happens inside the model, not here.
"""

import math
from typing import Tuple

import numpy as np
import torch
import torch.nn.functional as F


def resized_size(h: int, w: int, min_side: int, max_side: int) -> Tuple[int, int]:
    """Rules 2 and 3: the (height, width) an h x w image is resized to."""
    if h <= 0 or w <= 0:
        raise ValueError(f"image size {w}x{h}: both sides must be positive")
    scale = min_side / min(h, w)
    if max(h, w) * scale > max_side:
        scale = max_side / max(h, w)
    return max(1, int(math.floor(h * scale + 0.5))), max(1, int(math.floor(w * scale + 0.5)))


def resize_bilinear(chw: torch.Tensor, nh: int, nw: int) -> torch.Tensor:
    """Rule 4 on a float tensor [C, H, W]; returns [C, nh, nw]."""
    if chw.shape[1:] == (nh, nw):
        return chw.clone()
    return F.interpolate(chw[None], size=(nh, nw), mode="bilinear", align_corners=False)[0]


def pad_to_divisor(chw: torch.Tensor, divisor: int) -> torch.Tensor:
    """Rule 6: zeros at the bottom and right up to multiples of divisor."""
    h, w = chw.shape[1:]
    ph = (h + divisor - 1) // divisor * divisor - h
    pw = (w + divisor - 1) // divisor * divisor - w
    return F.pad(chw, (0, pw, 0, ph)) if ph or pw else chw


def preprocess(image_uint8_hwc: np.ndarray, min_side: int, max_side: int, divisor: int,
               quantize: bool = False) -> Tuple[torch.Tensor, Tuple[float, float]]:
    """The contract's pre-processing of one RGB uint8 image [H, W, 3].

    Returns (tensor float32 [1, 3, H', W'] in 0..255 with H', W' multiples of divisor,
    (sx, sy) = (nw / w, nh / h)): divide a box's x by sx and y by sy to get original pixels."""
    img = np.asarray(image_uint8_hwc)
    if img.dtype != np.uint8 or img.ndim != 3 or img.shape[2] != 3:
        raise ValueError(f"preprocess: expected uint8 [H, W, 3], got {img.dtype} {list(img.shape)}")
    h, w = img.shape[:2]
    nh, nw = resized_size(h, w, min_side, max_side)
    if not img.flags.writeable:  # torch.from_numpy warns about read-only arrays (PIL's are)
        img = img.copy()
    chw = torch.from_numpy(np.ascontiguousarray(img)).permute(2, 0, 1).float()
    out = resize_bilinear(chw, nh, nw)
    if quantize:
        out = out.round().clamp(0, 255)
    return pad_to_divisor(out, divisor)[None].contiguous(), (nw / w, nh / h)
