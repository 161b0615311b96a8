"""A compact RetinaNet with a Soft-IoU head, sized to run on a 2-core CPU.

Follows "Precise Detection in Densely Packed Scenes" (Goldman et al., CVPR 2019): a RetinaNet
(Lin et al., "Focal Loss for Dense Object Detection", ICCV 2017) whose anchors get a third output
besides class and box, the Soft-IoU: the predicted IoU of the regressed box with the object it
covers. The EM-Merger in inference/merge uses it to weigh overlapping candidates.

What differs from the paper's ResNet-50 RetinaNet, and why:
- The backbone is a small ResNet-like net (BasicBlocks, BatchNorm) trained from scratch: no
  pretrained weights can be fetched, and the whole pipeline must run in well under a second on two
  CPU cores. BatchNorm everywhere (also in the FPN and, per pyramid level, in the heads) because
  from-scratch training is unstable without normalisation, and BatchNorm folds into the convs at
  export time, so it costs nothing at inference (GroupNorm would).
- Pyramid levels P3-P6 only: shelf products at the input scale are 10..130 pixels; P7's 512-pixel
  anchors would match nothing.
- Anchors are smaller than RetinaNet's (base 16 at P3 instead of 32) and mostly tall (height/width
  0.75, 1.5, 3), the shapes of products on a shelf.
- Head towers are narrow (64 channels, 2 convs instead of 256 and 4): the heads run at every
  position of P3, and at 256 channels they alone would take seconds on a CPU.

The class, box and Soft-IoU towers have separate weights, so that training stage 2 can train the
Soft-IoU head alone while the detector stays frozen.
"""

import math
from dataclasses import asdict, dataclass
from typing import List, Tuple

import torch
import torch.nn.functional as F
from torch import nn

RP2K_SHAPES = ("bottle", "can", "box", "bag", "jar", "handled_bottle", "pack")
# ImageNet statistics, the usual choice; the model normalises its 0..255 input with them.
PIXEL_MEAN = (123.675, 116.28, 103.53)
PIXEL_STD = (58.395, 57.12, 57.375)


@dataclass
class ModelConfig:
    """Everything that defines the network's shape; stored in checkpoints so export can rebuild it."""

    classes: Tuple[str, ...] = ("object",)
    stem: int = 24
    widths: Tuple[int, ...] = (32, 64, 128, 256)  # stages at strides 4, 8, 16, 32
    blocks: Tuple[int, ...] = (1, 2, 2, 2)
    fpn: int = 96
    head: int = 64
    head_convs: int = 2
    strides: Tuple[int, ...] = (8, 16, 32, 64)  # P3..P6
    anchor_sizes: Tuple[float, ...] = (16.0, 32.0, 64.0, 128.0)
    anchor_scales: Tuple[float, ...] = (1.0, 2 ** (1 / 3), 2 ** (2 / 3))
    anchor_ratios: Tuple[float, ...] = (0.75, 1.5, 3.0)  # height / width
    min_side: int = 800
    max_side: int = 1333
    size_divisor: int = 32
    prior: float = 0.01  # initial foreground probability of the class head (Lin et al.)

    @property
    def num_anchors(self) -> int:
        return len(self.anchor_scales) * len(self.anchor_ratios)

    def to_dict(self) -> dict:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @staticmethod
    def from_dict(d: dict) -> "ModelConfig":
        known = {f for f in ModelConfig.__dataclass_fields__}
        unknown = set(d) - known
        if unknown:
            raise ValueError(f"model config: unknown keys {sorted(unknown)}")
        return ModelConfig(**{k: tuple(v) if isinstance(v, list) else v for k, v in d.items()})


def conv_bn(cin: int, cout: int, k: int = 3, stride: int = 1, relu: bool = True) -> nn.Sequential:
    layers: List[nn.Module] = [nn.Conv2d(cin, cout, k, stride, k // 2, bias=False), nn.BatchNorm2d(cout)]
    if relu:
        layers.append(nn.ReLU(inplace=True))
    return nn.Sequential(*layers)


class BasicBlock(nn.Module):
    """ResNet's two-conv block; the last BatchNorm starts at zero so each block begins as identity,
    which keeps from-scratch training stable (Goyal et al., 2017)."""

    def __init__(self, cin: int, cout: int, stride: int):
        super().__init__()
        self.conv1 = conv_bn(cin, cout, 3, stride)
        self.conv2 = conv_bn(cout, cout, 3, 1, relu=False)
        nn.init.zeros_(self.conv2[1].weight)
        self.short = None if stride == 1 and cin == cout else conv_bn(cin, cout, 1, stride, relu=False)

    def forward(self, x):
        s = x if self.short is None else self.short(x)
        return F.relu(self.conv2(self.conv1(x)) + s)


class Backbone(nn.Module):
    """Stem to stride 4, then one stage per stride (4, 8, 16, 32); returns C3, C4, C5."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.stem = nn.Sequential(conv_bn(3, cfg.stem, 3, 2), conv_bn(cfg.stem, cfg.widths[0], 3, 2))
        stages, cin = [], cfg.widths[0]
        for i, (w, n) in enumerate(zip(cfg.widths, cfg.blocks)):
            blocks = [BasicBlock(cin, w, 1 if i == 0 else 2)] + [BasicBlock(w, w, 1) for _ in range(n - 1)]
            stages.append(nn.Sequential(*blocks))
            cin = w
        self.stages = nn.ModuleList(stages)

    def forward(self, x) -> List[torch.Tensor]:
        x = self.stem(x)
        outs = []
        for stage in self.stages:
            x = stage(x)
            outs.append(x)
        return outs[1:]


class FPN(nn.Module):
    """Feature pyramid (Lin et al., 2017): P3-P5 from C3-C5 top-down, P6 by a stride-2 conv on C5."""

    def __init__(self, cfg: ModelConfig):
        super().__init__()
        c3, c4, c5 = cfg.widths[1:]
        self.lateral = nn.ModuleList([conv_bn(c, cfg.fpn, 1, relu=False) for c in (c3, c4, c5)])
        self.output = nn.ModuleList([conv_bn(cfg.fpn, cfg.fpn, 3, relu=False) for _ in range(3)])
        self.p6 = conv_bn(c5, cfg.fpn, 3, 2, relu=False)

    def forward(self, feats: List[torch.Tensor]) -> List[torch.Tensor]:
        c3, c4, c5 = feats
        l3, l4, l5 = (lat(c) for lat, c in zip(self.lateral, (c3, c4, c5)))
        p5 = l5
        p4 = l4 + F.interpolate(p5, scale_factor=2.0, mode="nearest")
        p3 = l3 + F.interpolate(p4, scale_factor=2.0, mode="nearest")
        outs = [out(p) for out, p in zip(self.output, (p3, p4, p5))]
        return outs + [self.p6(c5)]


class Head(nn.Module):
    """A tower of 3x3 convs shared by all pyramid levels, each followed by a BatchNorm of its own
    per level (statistics differ between levels, weights need not), then a 3x3 prediction conv."""

    def __init__(self, cfg: ModelConfig, outputs_per_anchor: int, bias: float = 0.0):
        super().__init__()
        self.k = outputs_per_anchor
        chans = [cfg.fpn] + [cfg.head] * cfg.head_convs
        self.convs = nn.ModuleList([nn.Conv2d(a, b, 3, 1, 1, bias=False) for a, b in zip(chans, chans[1:])])
        self.norms = nn.ModuleList([nn.ModuleList([nn.BatchNorm2d(cfg.head) for _ in self.convs])
                                    for _ in cfg.strides])
        self.pred = nn.Conv2d(cfg.head, cfg.num_anchors * outputs_per_anchor, 3, 1, 1)
        for c in list(self.convs) + [self.pred]:
            nn.init.normal_(c.weight, std=0.01)
        nn.init.constant_(self.pred.bias, bias)

    def forward(self, feats: List[torch.Tensor]) -> torch.Tensor:
        """Returns [B, sum(H*W*A), k], ordered by level, then row, column, anchor."""
        outs = []
        for x, norms in zip(feats, self.norms):
            for conv, bn in zip(self.convs, norms):
                x = F.relu(bn(conv(x)))
            outs.append(flatten_level(self.pred(x), self.k))
        return torch.cat(outs, dim=1)


def flatten_level(x: torch.Tensor, k: int) -> torch.Tensor:
    """[B, A*k, H, W] -> [B, H*W*A, k], the order of make_anchors()."""
    b, _, h, w = x.shape
    return x.view(b, -1, k, h, w).permute(0, 3, 4, 1, 2).reshape(b, -1, k)


class RetinaNet(nn.Module):
    """The trainable network. forward(images 0..255 [B,3,H,W], H and W multiples of 32) returns the
    raw outputs (class logits [B,N,C], box deltas [B,N,4], Soft-IoU logits [B,N]) for the anchors of
    make_anchors(); export.py wraps it into the contract's decoding forward()."""

    def __init__(self, cfg: ModelConfig = ModelConfig()):
        super().__init__()
        self.cfg = cfg
        self.backbone = Backbone(cfg)
        self.fpn = FPN(cfg)
        prior_bias = -math.log((1 - cfg.prior) / cfg.prior)
        self.cls_head = Head(cfg, len(cfg.classes), prior_bias)
        self.box_head = Head(cfg, 4)
        self.iou_head = Head(cfg, 1)
        self.register_buffer("mean", torch.tensor(PIXEL_MEAN).view(1, 3, 1, 1), persistent=False)
        self.register_buffer("std", torch.tensor(PIXEL_STD).view(1, 3, 1, 1), persistent=False)
        for m in self.modules():
            if isinstance(m, nn.Conv2d) and m not in self._head_convs():
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")

    def _head_convs(self):
        return {c for h in (self.cls_head, self.box_head, self.iou_head) for c in h.modules()
                if isinstance(c, nn.Conv2d)}

    def features(self, images: torch.Tensor) -> List[torch.Tensor]:
        d = self.cfg.size_divisor
        if images.shape[-1] % d or images.shape[-2] % d:
            raise ValueError(f"input {tuple(images.shape)}: height and width must be multiples of {d}")
        return self.fpn(self.backbone((images - self.mean) / self.std))

    def forward(self, images: torch.Tensor):
        feats = self.features(images)
        return self.cls_head(feats), self.box_head(feats), self.iou_head(feats).squeeze(-1)

    def detector_parameters(self):
        """Everything but the Soft-IoU head: what stage 1 trains and stage 2 freezes."""
        iou = {id(p) for p in self.iou_head.parameters()}
        return [p for p in self.parameters() if id(p) not in iou]


def cell_anchors(cfg: ModelConfig) -> List[torch.Tensor]:
    """Per level, the A anchors centred on (0, 0): [A, 4], scale-major then ratio (h/w)."""
    out = []
    for size in cfg.anchor_sizes:
        rows = []
        for s in cfg.anchor_scales:
            for r in cfg.anchor_ratios:
                w = size * s / math.sqrt(r)
                h = size * s * math.sqrt(r)
                rows.append([-w / 2, -h / 2, w / 2, h / 2])
        out.append(torch.tensor(rows, dtype=torch.float32))
    return out


def make_anchors(cells: List[torch.Tensor], strides: List[int], height: int, width: int) -> torch.Tensor:
    """All anchors [sum(H*W*A), 4] for a padded input of height x width, in the order of
    flatten_level(): level, row, column, anchor. Anchor centres sit at the centres of the
    feature cells, ((x + 0.5) * stride, (y + 0.5) * stride) in input pixels. On the cells' device;
    compiled by TorchScript into the exported model."""
    out = []
    for cell, stride in zip(cells, strides):
        h = (height + stride - 1) // stride
        w = (width + stride - 1) // stride
        ys = (torch.arange(h, dtype=torch.float32, device=cell.device) + 0.5) * stride
        xs = (torch.arange(w, dtype=torch.float32, device=cell.device) + 0.5) * stride
        cy, cx = torch.meshgrid(ys, xs, indexing="ij")
        centres = torch.stack([cx, cy, cx, cy], dim=-1).reshape(-1, 1, 4)
        out.append((centres + cell.view(1, -1, 4)).reshape(-1, 4))
    return torch.cat(out, dim=0)


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
