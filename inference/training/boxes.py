"""Box arithmetic shared by training, export and evaluation.

Boxes are float tensors [..., 4] as (x1, y1, x2, y2) in pixels, x2/y2 exclusive like the SKU-110K
CSVs, so a box's width is x2 - x1. Kept free of any model code so that the exported TorchScript
decoder and the training targets use the very same formulas (they must agree, or training would
regress towards boxes the exported model then decodes differently).
"""

import math
from typing import Tuple

import torch

# Deltas larger than this (log of a 1000/16 size ratio, as in Detectron) are clamped before exp().
DELTA_CLAMP = math.log(1000.0 / 16.0)


def area(b: torch.Tensor) -> torch.Tensor:
    return (b[..., 2] - b[..., 0]).clamp(min=0) * (b[..., 3] - b[..., 1]).clamp(min=0)


def iou(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """IoU of boxes a [..., 4] and b [..., 4], broadcast against each other. The one formula every
    matcher uses, so that they agree to the last bit."""
    lt = torch.max(a[..., :2], b[..., :2])
    rb = torch.min(a[..., 2:], b[..., 2:])
    wh = (rb - lt).clamp(min=0)
    inter = wh[..., 0] * wh[..., 1]
    union = area(a) + area(b) - inter
    return inter / union.clamp(min=1e-6)


def pairwise_iou(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """IoU matrix [len(a), len(b)] of two box lists [N, 4] and [M, 4]."""
    return iou(a[:, None, :], b[None, :, :])


def aligned_iou(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """IoU of row i of a with row i of b; a and b are [N, 4]; returns [N]."""
    return iou(a, b)


def encode(anchors: torch.Tensor, boxes: torch.Tensor) -> torch.Tensor:
    """Standard R-CNN deltas (dx, dy, dw, dh) of boxes [..., 4] relative to anchors [..., 4]:
    dx = (cx - acx) / aw, dw = log(w / aw); weights 1, as Detectron's RetinaNet."""
    aw = anchors[..., 2] - anchors[..., 0]
    ah = anchors[..., 3] - anchors[..., 1]
    ax = anchors[..., 0] + 0.5 * aw
    ay = anchors[..., 1] + 0.5 * ah
    w = (boxes[..., 2] - boxes[..., 0]).clamp(min=1e-3)
    h = (boxes[..., 3] - boxes[..., 1]).clamp(min=1e-3)
    x = boxes[..., 0] + 0.5 * w
    y = boxes[..., 1] + 0.5 * h
    return torch.stack([(x - ax) / aw, (y - ay) / ah, torch.log(w / aw), torch.log(h / ah)], dim=-1)


def decode(anchors: torch.Tensor, deltas: torch.Tensor, clamp: float = DELTA_CLAMP) -> torch.Tensor:
    """Inverse of encode(); anchors and deltas [..., 4] (broadcast) -> boxes [..., 4].
    TorchScript compiles it into the exported model, so training and inference share it."""
    aw = anchors[..., 2] - anchors[..., 0]
    ah = anchors[..., 3] - anchors[..., 1]
    ax = anchors[..., 0] + 0.5 * aw
    ay = anchors[..., 1] + 0.5 * ah
    x = deltas[..., 0] * aw + ax
    y = deltas[..., 1] * ah + ay
    w = torch.exp(deltas[..., 2].clamp(max=clamp)) * aw
    h = torch.exp(deltas[..., 3].clamp(max=clamp)) * ah
    return torch.stack([x - 0.5 * w, y - 0.5 * h, x + 0.5 * w, y + 0.5 * h], dim=-1)


def nms(boxes: torch.Tensor, scores: torch.Tensor, iou_threshold: float = 0.5) -> torch.Tensor:
    """Greedy non-maximum suppression (for evaluation only; the exported model has no NMS).

    Returns the indices of the kept boxes, highest score first. Works on blocks of the IoU matrix
    so that 10,000 candidates stay cheap in memory; ties keep the lower index (stable sort)."""
    if boxes.numel() == 0:
        return torch.zeros(0, dtype=torch.long)
    order = torch.sort(scores, descending=True, stable=True)[1]
    b = boxes[order]
    n = b.shape[0]
    suppressed = torch.zeros(n, dtype=torch.bool)
    keep = []
    block = 512
    for start in range(0, n, block):
        stop = min(n, start + block)
        iou_blk = pairwise_iou(b[start:stop], b[start:])  # [blk, n - start]
        for i in range(start, stop):
            if suppressed[i]:
                continue
            keep.append(i)
            over = iou_blk[i - start, i - start + 1:] > iou_threshold
            suppressed[i + 1:] |= over
    return order[torch.tensor(keep, dtype=torch.long)]


def clip(boxes: torch.Tensor, size: Tuple[int, int]) -> torch.Tensor:
    """Clips boxes to an image of size (height, width)."""
    h, w = size
    return torch.stack([boxes[..., 0].clamp(0, w), boxes[..., 1].clamp(0, h),
                        boxes[..., 2].clamp(0, w), boxes[..., 3].clamp(0, h)], dim=-1)
