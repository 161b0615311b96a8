"""Anchor-to-object matching that looks only at the anchors near each object.

A 512x512 training crop has about 49,000 anchors and a dense shelf 100..700 objects: the full IoU
matrix costs more than the network's forward pass on a CPU. Anchors lie on a regular grid per
pyramid level, so each object is compared only with the window of grid cells where an anchor can
overlap it (about 20 ms instead of 200 ms per crop). The result equals the dense matcher's
(tests/python/test_detector.py checks it), the IoU coming from the same formula.

Rules (see losses.py for their sources): an anchor is matched to the object it overlaps most when
that IoU is >= POS_IOU, ignored between NEG_IOU and POS_IOU, negative below; an object's
best-overlapping anchors (its highest IoU, any value above 0) are matched too, each to the object it
overlaps most, as torchvision's RetinaNet does; anchors matched to an ignored object are ignored.
"""

import warnings
from typing import List, Tuple

import torch

import boxes as B
from model import ModelConfig, cell_anchors, make_anchors

POS_IOU = 0.5
NEG_IOU = 0.4
IGNORE, NEGATIVE = -2, -1

# torch 1.13 calls scatter_reduce "beta"; its amax/amin semantics are what we rely on.
warnings.filterwarnings("ignore", message="scatter_reduce\\(\\) is in beta")


class AnchorGrid:
    """The anchors of one padded input size, with their grid layout per level."""

    def __init__(self, cfg: ModelConfig, height: int, width: int):
        self.cells = cell_anchors(cfg)
        self.strides = list(cfg.strides)
        self.anchors = make_anchors(self.cells, self.strides, height, width)
        self.levels: List[Tuple[int, int, int]] = []  # (offset, rows, cols)
        offset = 0
        for cell, s in zip(self.cells, self.strides):
            rows, cols = (height + s - 1) // s, (width + s - 1) // s
            self.levels.append((offset, rows, cols))
            offset += rows * cols * cell.shape[0]

    def __len__(self):
        return self.anchors.shape[0]


def _pairs(grid: AnchorGrid, boxes: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(anchor index, object index, IoU) of every anchor-object pair that overlaps (IoU > 0)."""
    pa, pg, pi = [], [], []
    b = boxes
    gi = torch.arange(boxes.shape[0])
    for cell, s, (off, rows, cols) in zip(grid.cells, grid.strides, grid.levels):
        half_w = float((cell[:, 2] - cell[:, 0]).max()) / 2
        half_h = float((cell[:, 3] - cell[:, 1]).max()) / 2
        c_lo = torch.floor((b[:, 0] - half_w) / s - 0.5).clamp(0, cols - 1).long()
        c_hi = torch.ceil((b[:, 2] + half_w) / s - 0.5).clamp(0, cols - 1).long()
        r_lo = torch.floor((b[:, 1] - half_h) / s - 0.5).clamp(0, rows - 1).long()
        r_hi = torch.ceil((b[:, 3] + half_h) / s - 0.5).clamp(0, rows - 1).long()
        kc = int((c_hi - c_lo).max()) + 1
        kr = int((r_hi - r_lo).max()) + 1
        cc = c_lo[:, None] + torch.arange(kc)[None, :]  # [g, kc]
        rr = r_lo[:, None] + torch.arange(kr)[None, :]  # [g, kr]
        ok = (rr <= r_hi[:, None])[:, :, None, None] & (cc <= c_hi[:, None])[:, None, :, None]
        # anchor boxes computed exactly as make_anchors() does
        cx = ((cc.float() + 0.5) * s)[:, None, :, None]
        cy = ((rr.float() + 0.5) * s)[:, :, None, None]
        centres = torch.stack(torch.broadcast_tensors(cx, cy, cx, cy), dim=-1)  # [g, kr, kc, 1, 4]
        anc = centres + cell.view(1, 1, 1, -1, 4)
        iou = B.iou(anc, b[:, None, None, None, :])  # [g, kr, kc, A]
        a = cell.shape[0]
        idx = off + (rr[:, :, None, None] * cols + cc[:, None, :, None]) * a + torch.arange(a).view(1, 1, 1, -1)
        keep = ok & (iou > 0)
        pa.append(idx[keep])
        pg.append(gi.view(-1, 1, 1, 1).expand_as(idx)[keep])
        pi.append(iou[keep])
    return torch.cat(pa), torch.cat(pg), torch.cat(pi)


def resolve(n: int, g: int, pa: torch.Tensor, pg: torch.Tensor, pi: torch.Tensor,
            ignore: torch.Tensor) -> torch.Tensor:
    """Applies the matching rules to overlapping pairs; ties go to the lower object index."""
    best_iou = torch.zeros(n).scatter_reduce(0, pa, pi, "amax")
    top = pi == best_iou[pa]
    best_idx = torch.full((n,), g, dtype=torch.long).scatter_reduce(0, pa[top], pg[top], "amin")
    result = torch.full((n,), NEGATIVE, dtype=torch.long)
    result[best_iou >= NEG_IOU] = IGNORE
    pos = best_iou >= POS_IOU
    result[pos] = best_idx[pos]
    gt_best = torch.zeros(g).scatter_reduce(0, pg, pi, "amax")
    low = pa[(pi == gt_best[pg]) & (pi > 0)]
    result[low] = best_idx[low]
    obj = result.clamp(min=0, max=max(0, g - 1))
    result[(result >= 0) & ignore[obj]] = IGNORE
    return result


def match(grid: AnchorGrid, boxes: torch.Tensor, ignore: torch.Tensor) -> torch.Tensor:
    """Per anchor: the index of its object (>= 0), NEGATIVE or IGNORE."""
    n, g = len(grid), boxes.shape[0]
    if g == 0:
        return torch.full((n,), NEGATIVE, dtype=torch.long)
    pa, pg, pi = _pairs(grid, boxes)
    return resolve(n, g, pa, pg, pi, ignore)


def match_dense(anchors: torch.Tensor, boxes: torch.Tensor, ignore: torch.Tensor) -> torch.Tensor:
    """The same rules on the full IoU matrix: the reference for tests, and for anchors without a grid."""
    n, g = anchors.shape[0], boxes.shape[0]
    if g == 0:
        return torch.full((n,), NEGATIVE, dtype=torch.long)
    iou = B.pairwise_iou(anchors, boxes)
    pa, pg = (iou > 0).nonzero(as_tuple=True)
    return resolve(n, g, pa, pg, iou[pa, pg], ignore)
