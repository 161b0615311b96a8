#!/usr/bin/python3
"""Exports a trained checkpoint to a TorchScript file that satisfies ShelfLabel's model contract.

The contract (docs/model-contract.md, "shelflabel-detector" version 1): one .pt saved with
torch.jit.save, metadata in the extra file shelflabel.json, and
forward(images float32 [B,3,H,W] RGB 0..255, H and W multiples of size_divisor) ->
(boxes [B,N,4] x1,y1,x2,y2 input pixels, hard_scores [B,N], soft_iou [B,N], labels [B,N] int64).

How the file is built, and why:
- BatchNorm is folded into the convolutions first (the heads' per-level BatchNorms become
  per-channel affines after their shared convs): same results, less work, no train mode left.
- The network is traced (its control flow does not depend on the input); the decoding around it
  is scripted, so anchors follow any input size and device.
- Tensors stay NCHW. Channels-last ran the forward 15% faster, but with Debian's torch 1.13 it
  corrupted memory in training (README, "Speed"), so the exported model does not rely on it.
- forward() keeps, per image, the top-K anchors by hard score (max over classes) at or above a
  low candidate threshold, decodes their boxes (clipped to the input) and pads every image of the
  batch to the same N with label -1 (score 0, Soft-IoU 0, box 0). No NMS: the app merges.

    /usr/bin/python3 inference/training/export.py /var/tmp/shelflabel/default/final.pt resources/models/shelflabel-default.pt
"""

import argparse
import copy
import json
import os
import sys
from typing import List, Tuple

import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import boxes as B  # noqa: E402
import checkpoint  # noqa: E402
from model import Head, RetinaNet, cell_anchors, flatten_level, make_anchors  # noqa: E402

METADATA_FILE = "shelflabel.json"
FORMAT = "shelflabel-detector"
VERSION = 1


class ContractError(ValueError):
    """The file does not satisfy the model contract; the message says what was expected and found."""


# --------------------------------------------------------------------------------------- folding

def fold(conv: nn.Conv2d, bn: nn.BatchNorm2d) -> nn.Conv2d:
    """A conv that computes bn(conv(x)) with bn's running statistics."""
    out = nn.Conv2d(conv.in_channels, conv.out_channels, conv.kernel_size, conv.stride, conv.padding,
                    conv.dilation, conv.groups, bias=True)
    scale = bn.weight / torch.sqrt(bn.running_var + bn.eps)
    with torch.no_grad():
        out.weight.copy_(conv.weight * scale.view(-1, 1, 1, 1))
        bias = conv.bias if conv.bias is not None else torch.zeros_like(bn.running_mean)
        out.bias.copy_((bias - bn.running_mean) * scale + bn.bias)
    return out


def _fold_sequentials(module: nn.Module) -> None:
    """Replaces every Sequential(Conv2d, BatchNorm2d[, ReLU]) inside module by its folded form."""
    for name, child in module.named_children():
        kids = list(child.children()) if isinstance(child, nn.Sequential) else []
        if len(kids) >= 2 and isinstance(kids[0], nn.Conv2d) and isinstance(kids[1], nn.BatchNorm2d):
            setattr(module, name, nn.Sequential(fold(kids[0], kids[1]), *kids[2:]))
        else:
            _fold_sequentials(child)


class LevelAffine(nn.Module):
    """A frozen BatchNorm as y = x * scale + shift, then ReLU."""

    def __init__(self, bn: nn.BatchNorm2d):
        super().__init__()
        scale = (bn.weight / torch.sqrt(bn.running_var + bn.eps)).detach()
        self.register_buffer("scale", scale.view(1, -1, 1, 1).clone())
        self.register_buffer("shift", (bn.bias - bn.running_mean * scale).detach().view(1, -1, 1, 1).clone())

    def forward(self, x):
        return torch.relu(x * self.scale + self.shift)


class FoldedHead(nn.Module):
    """A Head for inference: the shared tower convs stay shared (folding the per-level BatchNorms
    into them would store one copy per level, 4 MB more in the file), each followed by its level's
    BatchNorm as a per-channel affine."""

    def __init__(self, head: Head):
        super().__init__()
        self.k = head.k
        self.convs = copy.deepcopy(head.convs)
        self.norms = nn.ModuleList([nn.ModuleList([LevelAffine(bn) for bn in norms]) for norms in head.norms])
        self.pred = copy.deepcopy(head.pred)

    def forward(self, feats: List[torch.Tensor]) -> torch.Tensor:
        outs = []
        for x, norms in zip(feats, self.norms):
            for conv, norm in zip(self.convs, norms):
                x = norm(conv(x))
            outs.append(flatten_level(self.pred(x), self.k))
        return torch.cat(outs, 1)


class InferenceNet(nn.Module):
    """The network with BatchNorm folded: images 0..255 -> (class logits, deltas, Soft-IoU logits)."""

    def __init__(self, model: RetinaNet):
        super().__init__()
        model = copy.deepcopy(model).eval()
        _fold_sequentials(model.backbone)
        _fold_sequentials(model.fpn)
        self.backbone, self.fpn = model.backbone, model.fpn
        self.cls_head, self.box_head, self.iou_head = (FoldedHead(h) for h in
                                                       (model.cls_head, model.box_head, model.iou_head))
        self.register_buffer("mean", model.mean.clone())
        self.register_buffer("std", model.std.clone())

    def forward(self, images: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        feats = self.fpn(self.backbone((images - self.mean) / self.std))
        return self.cls_head(feats), self.box_head(feats), self.iou_head(feats).squeeze(-1)


# -------------------------------------------------------------------------------- contract module

class ContractDetector(nn.Module):
    """The exported module: the traced network plus scripted decoding and candidate selection."""

    def __init__(self, net, cells: torch.Tensor, strides: List[int], divisor: int, threshold: float,
                 top_k: int):
        super().__init__()
        self.net = net
        self.register_buffer("cells", cells)  # [levels, A, 4]
        self.strides = strides
        self.divisor = divisor
        self.threshold = threshold
        self.top_k = top_k

    def forward(self, images: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
        if images.dim() != 4 or images.size(1) != 3:
            raise ValueError("expected images [B, 3, H, W], got " + str(images.shape))
        h, w = images.size(2), images.size(3)
        if h % self.divisor != 0 or w % self.divisor != 0:
            raise ValueError("height and width must be multiples of " + str(self.divisor) + ", got "
                             + str(h) + "x" + str(w))
        cls, deltas, iou = self.net(images.float())
        anchors = make_anchors(self.cells.unbind(0), self.strides, h, w)
        hard, labels = torch.sigmoid(cls).max(dim=2)
        k = min(self.top_k, hard.size(1))
        top, idx = hard.topk(k, dim=1)
        valid = top >= self.threshold
        n = max(1, int(valid.sum(dim=1).max()))
        top, idx, valid = top[:, :n], idx[:, :n], valid[:, :n]
        d = deltas.gather(1, idx.unsqueeze(2).expand(-1, -1, 4))
        boxes = B.decode(anchors[idx], d)
        limit = torch.tensor([w, h, w, h], dtype=boxes.dtype, device=boxes.device)
        boxes = torch.min(boxes.clamp(min=0.0), limit)
        soft = torch.sigmoid(iou).gather(1, idx)
        lab = labels.gather(1, idx)
        zero = torch.zeros_like(top)
        return (boxes * valid.unsqueeze(2).to(boxes.dtype), torch.where(valid, top, zero),
                torch.where(valid, soft, zero), torch.where(valid, lab, torch.full_like(lab, -1)))


def build(model: RetinaNet, threshold: float = 0.05, top_k: int = 9999) -> torch.jit.ScriptModule:
    """The contract module of a trained network (not yet saved)."""
    cfg = model.cfg
    net = InferenceNet(model).eval()
    d = cfg.size_divisor
    example = torch.rand(1, 3, 4 * d, 6 * d, generator=torch.Generator().manual_seed(0)) * 255
    with torch.no_grad():
        traced = torch.jit.trace(net, example, check_trace=False)
    cells = torch.stack(cell_anchors(cfg))
    return torch.jit.script(ContractDetector(traced, cells, list(cfg.strides), d, threshold, top_k))


def metadata(model: RetinaNet, name: str, description: str, score_threshold: float, max_candidates: int) -> dict:
    cfg = model.cfg
    return {"format": FORMAT, "version": VERSION, "name": name, "description": description,
            "classes": list(cfg.classes),
            "input": {"min_side": cfg.min_side, "max_side": cfg.max_side, "size_divisor": cfg.size_divisor},
            "soft_iou": True, "score_threshold": score_threshold, "max_candidates": max_candidates}


def export(model: RetinaNet, path: str, meta: dict, candidate_threshold: float = 0.05) -> None:
    """Writes the TorchScript file with its shelflabel.json, then checks it against the contract."""
    module = build(model, candidate_threshold, meta["max_candidates"])
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    torch.jit.save(module, path, _extra_files={METADATA_FILE: json.dumps(meta, indent=1)})
    check_contract(path)


# ---------------------------------------------------------------------------------------- checking

def _expect(cond: bool, path: str, what: str) -> None:
    if not cond:
        raise ContractError(f"{path}: {what}")


def check_metadata(meta, path: str = "shelflabel.json") -> None:
    """Validates the shelflabel.json object; raises ContractError naming the field."""
    _expect(isinstance(meta, dict), path, f"metadata: expected a JSON object, found {type(meta).__name__}")
    _expect(meta.get("format") == FORMAT, path, f"metadata format: expected {FORMAT!r}, found {meta.get('format')!r}")
    _expect(meta.get("version") == VERSION, path,
            f"metadata version: expected {VERSION}, found {meta.get('version')!r}")
    for key in ("name", "description"):
        _expect(isinstance(meta.get(key), str), path, f"metadata {key}: expected a string, found {meta.get(key)!r}")
    classes = meta.get("classes")
    _expect(isinstance(classes, list) and len(classes) > 0 and all(isinstance(c, str) and c for c in classes),
            path, f"metadata classes: expected a non-empty list of names, found {classes!r}")
    inp = meta.get("input")
    _expect(isinstance(inp, dict), path, f"metadata input: expected an object, found {inp!r}")
    for key in ("min_side", "max_side", "size_divisor"):
        v = inp.get(key)
        _expect(isinstance(v, int) and not isinstance(v, bool) and v > 0, path,
                f"metadata input.{key}: expected a positive integer, found {v!r}")
    _expect(inp["min_side"] <= inp["max_side"], path,
            f"metadata input: min_side {inp['min_side']} is larger than max_side {inp['max_side']}")
    _expect(isinstance(meta.get("soft_iou"), bool), path,
            f"metadata soft_iou: expected true or false, found {meta.get('soft_iou')!r}")
    st = meta.get("score_threshold")
    _expect(isinstance(st, (int, float)) and not isinstance(st, bool) and 0 <= st <= 1, path,
            f"metadata score_threshold: expected a number in 0..1, found {st!r}")
    mc = meta.get("max_candidates")
    _expect(isinstance(mc, int) and not isinstance(mc, bool) and mc > 0, path,
            f"metadata max_candidates: expected a positive integer, found {mc!r}")


def check_outputs(out, batch: int, meta: dict, path: str) -> int:
    """Validates forward()'s result for a batch of `batch` images; returns N."""
    _expect(isinstance(out, tuple) and len(out) == 4, path,
            f"forward: expected a tuple of 4 tensors, found {type(out).__name__}"
            + (f" of {len(out)}" if isinstance(out, (tuple, list)) else ""))
    names = ("boxes", "hard_scores", "soft_iou", "labels")
    for n, t in zip(names, out):
        _expect(isinstance(t, torch.Tensor), path, f"forward: {n} is not a tensor")
    boxes, hard, soft, labels = out
    _expect(boxes.dim() == 3 and boxes.size(0) == batch and boxes.size(2) == 4, path,
            f"forward: boxes: expected [{batch}, N, 4], found {list(boxes.shape)}")
    n = boxes.size(1)
    for name, t, dtype in (("boxes", boxes, torch.float32), ("hard_scores", hard, torch.float32),
                           ("soft_iou", soft, torch.float32), ("labels", labels, torch.int64)):
        _expect(t.dtype == dtype, path, f"forward: {name}: expected {dtype}, found {t.dtype}")
        if name != "boxes":
            _expect(list(t.shape) == [batch, n], path,
                    f"forward: {name}: expected [{batch}, {n}], found {list(t.shape)}")
    real = labels >= 0
    _expect(bool(((labels >= -1) & (labels < len(meta["classes"]))).all()), path,
            f"forward: labels: expected -1 or 0..{len(meta['classes']) - 1}")
    _expect(bool(((hard[real] >= 0) & (hard[real] <= 1)).all()), path, "forward: hard_scores: expected 0..1")
    if meta["soft_iou"]:
        _expect(bool(((soft[real] >= 0) & (soft[real] <= 1)).all()), path, "forward: soft_iou: expected 0..1")
    _expect(bool(torch.isfinite(boxes).all()), path, "forward: boxes: expected finite values")
    return n


def check_contract(path: str, probe: bool = True) -> dict:
    """Loads a TorchScript file, validates its shelflabel.json and (probe) runs it on a batch of two
    random images, checking the outputs' count, shapes, dtypes and ranges. Returns the metadata;
    raises ContractError with what was expected and what was found."""
    extra = {METADATA_FILE: ""}
    try:
        module = torch.jit.load(path, map_location="cpu", _extra_files=extra)
    except Exception as e:  # torch raises RuntimeError or ValueError, depending on the damage
        raise ContractError(f"{path}: not a TorchScript file ({str(e).splitlines()[0] if str(e) else e})") from None
    _expect(bool(extra[METADATA_FILE]), path, f"no {METADATA_FILE} inside the file (torch.jit.save _extra_files)")
    try:
        meta = json.loads(extra[METADATA_FILE])
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ContractError(f"{path}: {METADATA_FILE} is not valid JSON ({e})") from None
    check_metadata(meta, path)
    if probe:
        d = meta["input"]["size_divisor"]
        g = torch.Generator().manual_seed(0)
        images = torch.rand(2, 3, 4 * d, 3 * d, generator=g) * 255
        with torch.no_grad():
            try:
                out = module(images)
            except Exception as e:
                raise ContractError(f"{path}: forward failed on a [2, 3, {4 * d}, {3 * d}] probe: "
                                    f"{str(e).splitlines()[0]}") from None
        check_outputs(out, 2, meta, path)
    return meta


def main(argv=None):
    p = argparse.ArgumentParser(description="Export a training checkpoint to ShelfLabel's TorchScript model "
                                            "contract (shelflabel-detector v1), then check the file.")
    p.add_argument("checkpoint", help="training checkpoint (OUT/final.pt, or last.pt/stage1.pt)")
    p.add_argument("output", help="TorchScript file to write (.pt)")
    p.add_argument("--name", default="shelflabel-default", help="metadata name")
    p.add_argument("--description", help="metadata description (default: says what was trained on what)")
    p.add_argument("--score-threshold", type=float, default=0.1,
                   help="metadata score_threshold the app applies (default 0.1)")
    p.add_argument("--max-candidates", type=int, default=9999,
                   help="metadata max_candidates; also the model's top-K per image (default 9999)")
    p.add_argument("--candidate-threshold", type=float, default=0.05,
                   help="the model returns no anchor below this hard score (default 0.05; keep it at or "
                        "below --score-threshold)")
    p.add_argument("--min-side", type=int,
                   help="metadata input min_side: the scale the app runs the network at (default: the "
                        "training run's; the network is fully convolutional, so a larger side finds "
                        "smaller products at a higher cost)")
    p.add_argument("--max-side", type=int, help="metadata input max_side (default: the training run's)")
    a = p.parse_args(argv)
    if a.candidate_threshold > a.score_threshold:
        p.error("--candidate-threshold above --score-threshold would hide candidates the app asks for")
    state = checkpoint.load(a.checkpoint)
    model = checkpoint.load_model(a.checkpoint)
    run = state.get("run", {})
    if a.min_side is not None:
        model.cfg.min_side = a.min_side
    if a.max_side is not None:
        model.cfg.max_side = a.max_side
    if model.cfg.min_side > model.cfg.max_side:
        p.error(f"min side {model.cfg.min_side} is larger than max side {model.cfg.max_side}")
    origin = f"fine-tuned from {os.path.basename(run['init'])}" if run.get("init") else "trained from scratch"
    desc = a.description or (
        f"RetinaNet with a Soft-IoU head (Goldman et al., CVPR 2019), {len(model.cfg.classes)} class(es), "
        f"{origin} for {state['step']} steps (seed {run.get('seed')}, synthetic shelves "
        f"{run.get('synthetic') or 'none'}, CSVs {run.get('csv') or 'none'})")
    meta = metadata(model, a.name, desc, a.score_threshold, a.max_candidates)
    export(model, a.output, meta, a.candidate_threshold)
    size = os.path.getsize(a.output)
    print(f"wrote {a.output} ({size / 1e6:.1f} MB), contract checked: {json.dumps(meta)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
