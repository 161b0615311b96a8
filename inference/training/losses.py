"""Anchor matching and the three losses: focal (class), smooth-L1 (box), BCE (Soft-IoU).

Hyper-parameters from the papers, with their sources:
- Lin et al., "Focal Loss for Dense Object Detection" (ICCV 2017) and Detectron's RetinaNet
  config: an anchor is positive at IoU >= 0.5 with an object, negative below 0.4, ignored between;
  focal loss with alpha 0.25, gamma 2, summed and divided by the number of positive anchors;
  smooth-L1 with beta 0.11 on (dx, dy, dw, dh) deltas of weight 1.
- As torchvision's RetinaNet does, each object also claims the anchors that overlap it most even
  below 0.5 ("low-quality matches"): many shelf products at the input scale are smaller than
  the anchor stride allows to reach 0.5, and would otherwise never be trained.
- Goldman et al., "Precise Detection in Densely Packed Scenes" (CVPR 2019), eq. 1: the Soft-IoU
  head is trained with binary cross-entropy against the IoU of the regressed box with its object.
  Which anchors take part is our choice: the positives (target: IoU with the matched object) and
  every other anchor whose hard score reaches CANDIDATE_SCORE (target: best IoU of its
  regressed box with any object, often 0), because those are the candidates the EM-Merger weighs.

Ignored objects (boxes cut by a training crop so that less than half of them is left) take part in
matching only so that the anchors on them are neither positive nor negative. Matching: matcher.py.
"""

from dataclasses import dataclass
from typing import List, Tuple

import torch
import torch.nn.functional as F

import boxes as B
from matcher import IGNORE, NEG_IOU, AnchorGrid, match

FOCAL_ALPHA = 0.25
FOCAL_GAMMA = 2.0
SMOOTH_L1_BETA = 0.11
CANDIDATE_SCORE = 0.05


@dataclass
class Target:
    """One training image's objects at the network's input scale."""

    boxes: torch.Tensor  # [M, 4] float
    labels: torch.Tensor  # [M] int64 class index
    ignore: torch.Tensor  # [M] bool: cut by the crop, do not train on it either way


def focal_loss(logits: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """Sigmoid focal loss summed over all elements; logits and 0/1 targets of the same shape."""
    p = torch.sigmoid(logits)
    ce = F.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    p_t = p * targets + (1 - p) * (1 - targets)
    alpha_t = FOCAL_ALPHA * targets + (1 - FOCAL_ALPHA) * (1 - targets)
    return (alpha_t * (1 - p_t) ** FOCAL_GAMMA * ce).sum()


def detection_loss(cls_logits: torch.Tensor, deltas: torch.Tensor, grid: AnchorGrid,
                   targets: List[Target]) -> Tuple[torch.Tensor, torch.Tensor, List[torch.Tensor]]:
    """Stage 1 losses over a batch: (focal, smooth-L1), each divided by the number of positive
    anchors in the batch (at least 1); also returns the per-image matches for reuse."""
    cls_sum = cls_logits.new_zeros(())
    box_sum = cls_logits.new_zeros(())
    num_pos = 0
    matches = []
    anchors = grid.anchors
    for b, t in enumerate(targets):
        m = match(grid, t.boxes, t.ignore)
        matches.append(m)
        pos = m >= 0
        valid = m != IGNORE
        onehot = torch.zeros_like(cls_logits[b])
        onehot[pos, t.labels[m[pos]]] = 1.0
        cls_sum = cls_sum + focal_loss(cls_logits[b][valid], onehot[valid])
        if pos.any():
            reg_t = B.encode(anchors[pos], t.boxes[m[pos]])
            box_sum = box_sum + F.smooth_l1_loss(deltas[b][pos], reg_t, beta=SMOOTH_L1_BETA, reduction="sum")
        num_pos += int(pos.sum())
    norm = float(max(1, num_pos))
    return cls_sum / norm, box_sum / norm, matches


def soft_iou_targets(cls_logits: torch.Tensor, deltas: torch.Tensor, anchors: torch.Tensor,
                     t: Target, m: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    """For one image: (indices of the anchors that train the Soft-IoU head, their IoU targets).

    Computed without gradient: in stage 2 the detector is frozen."""
    with torch.no_grad():
        hard = torch.sigmoid(cls_logits).max(dim=1)[0]
        pos = m >= 0
        cand = hard >= CANDIDATE_SCORE  # the 0.4..0.5 band too: there the Soft-IoU matters most
        idx = (pos | cand).nonzero(as_tuple=True)[0]
        if idx.numel() == 0:
            return idx, torch.zeros(0)
        reg = B.decode(anchors[idx], deltas[idx])
        target = torch.zeros(idx.numel())
        if t.boxes.shape[0] > 0:
            iou = B.pairwise_iou(reg, t.boxes)
            best, best_i = iou.max(dim=1)
            matched = m[idx]
            is_pos = matched >= 0
            target = best.clone()
            target[is_pos] = B.aligned_iou(reg[is_pos], t.boxes[matched[is_pos]])
            # a candidate lying mostly on an ignored (cut) object says nothing either way
            sel = is_pos | ~(t.ignore[best_i] & (best >= NEG_IOU))
            idx, target = idx[sel], target[sel]
        return idx, target


def soft_iou_loss(iou_logits: torch.Tensor, cls_logits: torch.Tensor, deltas: torch.Tensor,
                  anchors: torch.Tensor, targets: List[Target], matches: List[torch.Tensor]) -> torch.Tensor:
    """Stage 2: mean binary cross-entropy of the Soft-IoU logits against the IoU targets."""
    losses, count = iou_logits.new_zeros(()), 0
    for b, t in enumerate(targets):
        idx, target = soft_iou_targets(cls_logits[b], deltas[b], anchors, t, matches[b])
        if idx.numel():
            losses = losses + F.binary_cross_entropy_with_logits(iou_logits[b][idx], target, reduction="sum")
            count += idx.numel()
    return losses / float(max(1, count))
