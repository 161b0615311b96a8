#!/usr/bin/env python3
"""Writes the tiny TorchScript models the inference tests load, into the folder given.

Run by CTest as a fixture (Debian's /usr/bin/python3 with python3-torch). Each model is a few
hundred bytes of weights; outputs are deterministic, so the C++ tests can expect exact boxes.

  make_test_models.py OUT_DIR
"""
import json
import os
import random
import sys
import zipfile
from typing import List, Tuple

import torch
from torch import Tensor

NATIVE_META = {
    "format": "shelflabel-detector", "version": 1, "name": "fixed boxes",
    "description": "test model: the same boxes for every input",
    "classes": ["object", "can"],
    "input": {"min_side": 96, "max_side": 160, "size_divisor": 32},
    "soft_iou": True, "score_threshold": 0.1, "max_candidates": 100,
}

# Rows: x1, y1, x2, y2 (input pixels), hard, soft, label. The last two are dropped by the app:
# a hard score under the threshold and a padding row.
FIXED_ROWS = [
    (10.0, 20.0, 50.0, 60.0, 0.9, 0.8, 0),
    (60.0, 20.0, 90.0, 70.0, 0.8, 0.5, 1),
    (12.0, 22.0, 52.0, 62.0, 0.7, 0.9, 0),
    (0.0, 0.0, 5.0, 5.0, 0.05, 0.5, 0),
    (1.0, 1.0, 9.0, 9.0, 0.99, 0.99, -1),
]


class FixedBoxes(torch.nn.Module):
    """The native contract with constant outputs."""

    def __init__(self):
        super().__init__()
        rows = torch.tensor([r[:6] for r in FIXED_ROWS], dtype=torch.float32)
        self.register_buffer("boxes", rows[:, :4].clone())
        self.register_buffer("hard", rows[:, 4].clone())
        self.register_buffer("soft", rows[:, 5].clone())
        self.register_buffer("labels", torch.tensor([r[6] for r in FIXED_ROWS], dtype=torch.int64))

    def forward(self, images: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor]:
        b = images.shape[0]
        n = self.boxes.shape[0]
        return (self.boxes.unsqueeze(0).expand(b, n, 4), self.hard.unsqueeze(0).expand(b, n),
                self.soft.unsqueeze(0).expand(b, n), self.labels.unsqueeze(0).expand(b, n))


class BrightBox(torch.nn.Module):
    """The native contract: one box around the pixels whose red value is over 128 (the bright
    product of a test image), hard score = the mean red there / 255, soft = the mean blue there
    / 255; a padding row when no pixel is bright."""

    def forward(self, images: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor]:
        b = images.shape[0]
        boxes = torch.zeros(b, 1, 4)
        hard = torch.zeros(b, 1)
        soft = torch.zeros(b, 1)
        labels = torch.full((b, 1), -1, dtype=torch.int64)
        for i in range(b):
            mask = images[i, 0] > 128
            if bool(mask.any()):
                rows = torch.nonzero(mask.any(dim=1)).flatten()
                cols = torch.nonzero(mask.any(dim=0)).flatten()
                boxes[i, 0, 0] = cols[0].float()
                boxes[i, 0, 1] = rows[0].float()
                boxes[i, 0, 2] = cols[-1].float() + 1
                boxes[i, 0, 3] = rows[-1].float() + 1
                hard[i, 0] = images[i, 0][mask].mean() / 255
                soft[i, 0] = images[i, 2][mask].mean() / 255
                labels[i, 0] = 0
        return boxes, hard, soft, labels


class WrongCount(torch.nn.Module):
    def forward(self, images: Tensor) -> Tuple[Tensor, Tensor, Tensor]:
        b = images.shape[0]
        return torch.zeros(b, 3, 4), torch.zeros(b, 3), torch.zeros(b, 3)


class WrongShape(torch.nn.Module):
    def forward(self, images: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor]:
        b = images.shape[0]
        return (torch.zeros(b, 3, 5), torch.zeros(b, 3), torch.zeros(b, 3),
                torch.zeros(b, 3, dtype=torch.int64))


class WrongDtype(torch.nn.Module):
    def forward(self, images: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor]:
        b = images.shape[0]
        return torch.zeros(b, 3, 4), torch.zeros(b, 3), torch.zeros(b, 3), torch.zeros(b, 3)


class NeedsFiveChannels(torch.nn.Module):
    """Fails on the probe: its convolution wants 5 input channels."""

    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(5, 1, 1)

    def forward(self, images: Tensor) -> Tuple[Tensor, Tensor, Tensor, Tensor]:
        x = self.conv(images)
        b = x.shape[0]
        return (torch.zeros(b, 1, 4), torch.zeros(b, 1), torch.zeros(b, 1),
                torch.zeros(b, 1, dtype=torch.int64))


# YOLO rows in letterbox input pixels: cx, cy, w, h and scores. Two classes.
YOLO_BOXES = [(25.0, 45.0, 30.0, 30.0), (70.0, 50.0, 20.0, 40.0), (10.0, 10.0, 4.0, 4.0)]
YOLO_V5_SCORES = [(0.9, 0.2, 0.8), (0.5, 0.9, 0.1), (0.05, 1.0, 0.0)]  # obj, cls0, cls1
YOLO_V8_SCORES = [(0.7, 0.1), (0.2, 0.6), (0.01, 0.02)]               # cls0, cls1


class YoloV5(torch.nn.Module):
    """[1, N, 5 + C] inside a tuple with the feature maps, as YOLOv5's export returns."""

    def __init__(self):
        super().__init__()
        rows = [list(b) + list(s) for b, s in zip(YOLO_BOXES, YOLO_V5_SCORES)]
        self.register_buffer("rows", torch.tensor(rows, dtype=torch.float32))

    def forward(self, images: Tensor) -> Tuple[Tensor, List[Tensor]]:
        b = images.shape[0]
        return self.rows.unsqueeze(0).expand(b, -1, -1).contiguous(), [images]


class YoloV8(torch.nn.Module):
    """[1, 4 + C, N], as YOLOv8's export returns."""

    def __init__(self):
        super().__init__()
        rows = [list(b) + list(s) for b, s in zip(YOLO_BOXES, YOLO_V8_SCORES)]
        self.register_buffer("table", torch.tensor(rows, dtype=torch.float32).t().contiguous())

    def forward(self, images: Tensor) -> Tensor:
        b = images.shape[0]
        return self.table.unsqueeze(0).expand(b, -1, -1).contiguous()


class YoloWrong(torch.nn.Module):
    def forward(self, images: Tensor) -> Tensor:
        return torch.zeros(images.shape[0], 9, 11)


def save(module, path, extra=None):
    scripted = torch.jit.script(module)
    torch.jit.save(scripted, path, _extra_files=extra or {})


def native(meta_changes=None, raw=None):
    if raw is not None:
        return {"shelflabel.json": raw}
    meta = json.loads(json.dumps(NATIVE_META))
    for key, value in (meta_changes or {}).items():
        if value is None:
            meta.pop(key, None)
        else:
            meta[key] = value
    return {"shelflabel.json": json.dumps(meta)}


V5_CONFIG = {"config.txt": json.dumps({"shape": [1, 3, 96, 96], "stride": 32,
                                       "names": ["bottle", "can"]})}
V8_CONFIG = {"config.txt": json.dumps({"description": "Ultralytics YOLOv8n model", "stride": 32,
                                       "task": "detect", "batch": 1, "imgsz": [96, 96],
                                       "names": {"0": "bottle", "1": "can"}})}


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    torch.manual_seed(0)
    j = lambda name: os.path.join(out, name)

    save(FixedBoxes(), j("native.pt"), native())
    save(BrightBox(), j("bright.pt"), native({
        "name": "bright box", "classes": ["object"], "soft_iou": True,
        "input": {"min_side": 64, "max_side": 96, "size_divisor": 32}}))
    save(FixedBoxes(), j("native_no_soft.pt"), native({"soft_iou": False}))

    save(FixedBoxes(), j("meta_missing.pt"))
    save(FixedBoxes(), j("meta_malformed.pt"), native(raw='{"format": "shelflabel-detector",'))
    save(FixedBoxes(), j("meta_not_object.pt"), native(raw='["shelflabel-detector"]'))
    save(FixedBoxes(), j("meta_format.pt"), native({"format": "detectron2"}))
    save(FixedBoxes(), j("meta_version.pt"), native({"version": 2}))
    save(FixedBoxes(), j("meta_classes.pt"), native({"classes": []}))
    save(FixedBoxes(), j("meta_input.pt"),
         native({"input": {"min_side": 800, "max_side": 600, "size_divisor": 32}}))
    save(FixedBoxes(), j("meta_divisor.pt"),
         native({"input": {"min_side": 96, "max_side": 160, "size_divisor": 0}}))
    save(FixedBoxes(), j("meta_soft.pt"), native({"soft_iou": "yes"}))
    save(FixedBoxes(), j("meta_threshold.pt"), native({"score_threshold": 1.5}))

    save(WrongCount(), j("wrong_count.pt"), native())
    save(WrongShape(), j("wrong_shape.pt"), native())
    save(WrongDtype(), j("wrong_dtype.pt"), native())
    save(NeedsFiveChannels(), j("probe_fails.pt"), native())

    save(YoloV5(), j("yolov5.pt"), V5_CONFIG)
    save(YoloV8(), j("yolov8.pt"), V8_CONFIG)
    save(YoloWrong(), j("yolo_wrong.pt"), V5_CONFIG)
    save(YoloV8(), j("yolo_segment.pt"), {"config.txt": json.dumps(
        {"task": "segment", "imgsz": [96, 96], "names": {"0": "a", "1": "b"}, "stride": 32})})

    # A YOLOv8 export without config.txt, described by a model.json beside it.
    os.makedirs(j("sidecar"), exist_ok=True)
    save(YoloV8(), j("sidecar/detector.pt"))
    with open(j("sidecar/model.json"), "w") as f:
        json.dump({"adapter": "yolov8", "classes": ["bottle", "can"],
                   "input": {"width": 96, "height": 96}, "score_threshold": 0.3}, f)
    # model.json forcing the v5 adapter on a v8-shaped file.
    os.makedirs(j("sidecar_mismatch"), exist_ok=True)
    save(YoloV8(), j("sidecar_mismatch/detector.pt"), V8_CONFIG)
    with open(j("sidecar_mismatch/model.json"), "w") as f:
        json.dump({"adapter": "yolov5"}, f)

    rng = random.Random(4)
    with open(j("random.pt"), "wb") as f:
        f.write(bytes(rng.randrange(256) for _ in range(4096)))
    open(j("empty.pt"), "wb").close()
    with zipfile.ZipFile(j("plain_zip.pt"), "w") as z:
        z.writestr("readme.txt", "a ZIP archive, but no TorchScript inside")
    write_preprocess_reference(out)
    with zipfile.ZipFile(j("broken_script.pt"), "w") as z:
        z.writestr("broken/data.pkl", b"\x80\x02 not a pickle")
        z.writestr("broken/version", "3\n")
    print("test models written to", out)


def write_preprocess_reference(out):
    """An image and the training side's pre-processing of it (inference/training/preprocess.py),
    which the C++ pre-processing must match. Skipped when that module or PIL is missing."""
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, os.path.join(here, "..", "..", "inference", "training"))
    try:
        import numpy as np
        from PIL import Image
        import preprocess
    except ImportError as error:
        print("no pre-processing reference:", error)
        return
    rng = np.random.RandomState(7)
    h, w = 301, 397
    yy, xx = np.mgrid[0:h, 0:w]
    image = np.stack([(xx * 255 // w), (yy * 255 // h), ((xx + yy) % 256)], axis=2)
    image = np.clip(image + rng.randint(-40, 41, size=image.shape), 0, 255).astype(np.uint8)
    Image.fromarray(image).save(os.path.join(out, "preprocess_ref.png"))
    tensor, _ = preprocess.preprocess(image, 96, 160, 32)
    tensor = tensor.contiguous().numpy().astype("<f4")
    tensor.tofile(os.path.join(out, "preprocess_ref.f32"))
    with open(os.path.join(out, "preprocess_ref.json"), "w") as f:
        json.dump({"shape": list(tensor.shape), "min_side": 96, "max_side": 160,
                   "size_divisor": 32}, f)


if __name__ == "__main__":
    main()
