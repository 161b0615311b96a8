"""A trainable network from an exported model file: export.py's BatchNorm folding undone.

The bundled model ships as a TorchScript export, not as a training checkpoint, so fine-tuning it
(`train.py --init resources/models/shelflabel-default.pt`) needs its weights back in a RetinaNet.
The export keeps every conv; it folded each BatchNorm into the conv before it (backbone, FPN) or
into a per-channel affine (the heads' per-level norms). A BatchNorm's running statistics cannot
be told apart from its weights once folded, so they are rebuilt from data:

1. Each BatchNorm is set to the exported affine y = a * x + c (running mean 0, variance 1 - eps),
   which makes the RetinaNet equal to the export in eval mode.
2. Calibration images run through it in eval mode; each BatchNorm records the per-channel mean m
   and variance v of its input, which are then exactly the original network's activations.
3. Each BatchNorm becomes running mean m, variance v, weight a * sqrt(v + eps), bias c + a * m:
   the same function in eval mode, and in train mode (batch statistics close to m and v) close to
   it, so training goes on from where the exported network was instead of from a disturbed one.
"""

import json
import zipfile
from typing import Dict, Iterable

import torch
from torch import nn

from export import METADATA_FILE
from model import RetinaNet


def is_export(path: str) -> bool:
    """Whether `path` is a TorchScript archive holding a shelflabel.json (an exported model)."""
    if not zipfile.is_zipfile(path):
        return False
    with zipfile.ZipFile(path) as z:
        return any(n.endswith("/extra/" + METADATA_FILE) for n in z.namelist())


def _conv_bn_pairs(model: RetinaNet) -> Dict[str, nn.BatchNorm2d]:
    """Sequential(Conv2d, BatchNorm2d, ...) blocks of backbone and FPN: prefix -> their norm."""
    pairs = {}
    for name, mod in model.named_modules():
        kids = list(mod.children()) if isinstance(mod, nn.Sequential) else []
        if len(kids) >= 2 and isinstance(kids[0], nn.Conv2d) and isinstance(kids[1], nn.BatchNorm2d):
            pairs[name] = kids[1]
    return pairs


def _set_affine(bn: nn.BatchNorm2d, a: torch.Tensor, c: torch.Tensor) -> None:
    """bn computes a * x + c in eval mode."""
    with torch.no_grad():
        bn.running_mean.zero_()
        bn.running_var.fill_(1.0 - bn.eps)
        bn.weight.copy_(a.reshape(-1))
        bn.bias.copy_(c.reshape(-1))


def load_folded(model: RetinaNet, path: str) -> dict:
    """Step 1: the export's weights in `model` (eval mode equal to the export). Returns its
    metadata. Raises ValueError naming the file when it is not an export of this network."""
    extra = {METADATA_FILE: ""}
    try:
        module = torch.jit.load(path, map_location="cpu", _extra_files=extra)
        meta = json.loads(extra[METADATA_FILE])
    except Exception as e:  # torch and json raise several kinds for a damaged file
        raise ValueError(f"{path}: not a readable exported model ({str(e).splitlines()[0]})") from None
    if list(meta.get("classes", [])) != list(model.cfg.classes):
        raise ValueError(f"{path}: classes {meta.get('classes')} differ from this run's {list(model.cfg.classes)}")
    theirs = {k[len("net."):]: v for k, v in module.state_dict().items() if k.startswith("net.")}
    ours = model.state_dict()
    used = {"mean", "std"}

    def take(key: str, shape) -> torch.Tensor:
        if key not in theirs:
            raise ValueError(f"{path}: the exported network has no {key}: not an export of this network shape")
        t = theirs[key]
        if tuple(t.shape) != tuple(shape):
            raise ValueError(f"{path}: {key} is {tuple(t.shape)} in the export, {tuple(shape)} in this "
                             f"run's network (--model-config)")
        used.add(key)
        return t

    with torch.no_grad():
        for prefix, bn in _conv_bn_pairs(model).items():
            conv_key = f"{prefix}.0.weight"
            ours[conv_key].copy_(take(conv_key, ours[conv_key].shape))
            _set_affine(bn, torch.ones(bn.num_features), take(f"{prefix}.0.bias", (bn.num_features,)))
        for head_name in ("cls_head", "box_head", "iou_head"):
            head = getattr(model, head_name)
            for i, conv in enumerate(head.convs):
                conv.weight.copy_(take(f"{head_name}.convs.{i}.weight", conv.weight.shape))
            for level, norms in enumerate(head.norms):
                for i, bn in enumerate(norms):
                    key = f"{head_name}.norms.{level}.{i}"
                    shape = (1, bn.num_features, 1, 1)
                    _set_affine(bn, take(f"{key}.scale", shape), take(f"{key}.shift", shape))
            head.pred.weight.copy_(take(f"{head_name}.pred.weight", head.pred.weight.shape))
            head.pred.bias.copy_(take(f"{head_name}.pred.bias", head.pred.bias.shape))
    left = sorted(set(theirs) - used)
    if left:
        raise ValueError(f"{path}: the export holds weights this run's network lacks: {left[:4]}")
    return meta


def calibrate(model: RetinaNet, images: Iterable[torch.Tensor]) -> int:
    """Steps 2 and 3 on batches of 0..255 images; returns the number of images seen."""
    norms = [m for m in model.modules() if isinstance(m, nn.BatchNorm2d)]
    sums = {id(bn): [0.0, 0.0, 0] for bn in norms}

    def record(bn, inputs):
        x = inputs[0].detach().double()
        s = sums[id(bn)]
        s[0] = s[0] + x.sum(dim=(0, 2, 3))
        s[1] = s[1] + (x * x).sum(dim=(0, 2, 3))
        s[2] += x.numel() // x.size(1)

    hooks = [bn.register_forward_pre_hook(record) for bn in norms]
    model.eval()
    seen = 0
    try:
        with torch.no_grad():
            for batch in images:
                model(batch)
                seen += batch.size(0)
    finally:
        for h in hooks:
            h.remove()
    if seen == 0:
        raise ValueError("calibration needs at least one image")
    with torch.no_grad():
        for bn in norms:
            s1, s2, n = sums[id(bn)]
            mean = (s1 / n).float()
            var = (s2 / n - (s1 / n) ** 2).clamp(min=0).float()
            a = bn.weight / torch.sqrt(bn.running_var + bn.eps)
            c = bn.bias - bn.running_mean * a
            bn.running_mean.copy_(mean)
            bn.running_var.copy_(var)
            bn.weight.copy_(a * torch.sqrt(var + bn.eps))
            bn.bias.copy_(c + a * mean)
    return seen
