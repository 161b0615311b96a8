"""Tests of the detector: model shapes, matching, losses, training with resume (tiny sizes).

Run from the repository root:  /usr/bin/python3 -m unittest discover -s tests/python -v
"""

import contextlib
import io
import os
import re
import sys
import tempfile
import unittest

import numpy as np
import torch

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "inference", "training"))

import boxes as B  # noqa: E402
import losses  # noqa: E402
import train  # noqa: E402
from dataset import Augment, SyntheticSource, collate, make_crop  # noqa: E402
from matcher import IGNORE, AnchorGrid, match, match_dense  # noqa: E402
from model import ModelConfig, RetinaNet, cell_anchors, make_anchors  # noqa: E402

torch.set_num_threads(1)
TINY = dict(stem=8, widths=[8, 16, 16, 32], blocks=[1, 1, 1, 1], fpn=16, head=16, head_convs=1)


def tiny_config(**kw) -> ModelConfig:
    return ModelConfig.from_dict(dict(ModelConfig().to_dict(), **dict(TINY, **kw)))


class ModelTest(unittest.TestCase):
    def test_forward_shapes(self):
        cfg = tiny_config()
        model = RetinaNet(cfg).eval()
        h, w = 64, 96
        n = sum(((h + s - 1) // s) * ((w + s - 1) // s) * cfg.num_anchors for s in cfg.strides)
        with torch.no_grad():
            cls, box, iou = model(torch.rand(2, 3, h, w) * 255)
        self.assertEqual(tuple(cls.shape), (2, n, 1))
        self.assertEqual(tuple(box.shape), (2, n, 4))
        self.assertEqual(tuple(iou.shape), (2, n))
        self.assertEqual(len(make_anchors(cell_anchors(cfg), list(cfg.strides), h, w)), n)

    def test_seven_shape_classes(self):
        cfg = tiny_config(classes=list(train.RP2K_SHAPES))
        with torch.no_grad():
            cls, _, _ = RetinaNet(cfg).eval()(torch.zeros(1, 3, 64, 64))
        self.assertEqual(cls.shape[2], 7)

    def test_input_not_multiple_of_divisor_is_refused(self):
        with self.assertRaisesRegex(ValueError, "multiples of 32"):
            RetinaNet(tiny_config())(torch.zeros(1, 3, 50, 64))

    def test_prior_probability_at_start(self):
        model = RetinaNet(tiny_config()).eval()
        with torch.no_grad():
            cls, _, _ = model(torch.rand(1, 3, 64, 64) * 255)
        self.assertAlmostEqual(float(torch.sigmoid(cls).mean()), 0.01, delta=0.005)

    def test_config_round_trip(self):
        cfg = tiny_config(classes=["a", "b"])
        self.assertEqual(ModelConfig.from_dict(cfg.to_dict()), cfg)
        with self.assertRaisesRegex(ValueError, "unknown keys"):
            ModelConfig.from_dict({"no_such_field": 1})

    def test_default_anchor_layout(self):
        cfg = ModelConfig()
        anchors = make_anchors(cell_anchors(cfg), list(cfg.strides), 32, 32)
        # first anchor: P3 cell (0, 0), centre (4, 4), size 16, height/width 0.75
        w, h = 16 / 0.75 ** 0.5, 16 * 0.75 ** 0.5
        self.assertTrue(torch.allclose(anchors[0], torch.tensor([4 - w / 2, 4 - h / 2, 4 + w / 2, 4 + h / 2])))


class BoxTest(unittest.TestCase):
    def test_encode_decode_round_trip(self):
        g = torch.Generator().manual_seed(0)
        a = torch.rand(50, 2, generator=g) * 100
        anchors = torch.cat([a, a + 5 + torch.rand(50, 2, generator=g) * 50], 1)
        b = torch.rand(50, 2, generator=g) * 100
        boxes = torch.cat([b, b + 2 + torch.rand(50, 2, generator=g) * 80], 1)
        self.assertTrue(torch.allclose(B.decode(anchors, B.encode(anchors, boxes)), boxes, atol=1e-3))

    def test_nms(self):
        boxes = torch.tensor([[0, 0, 10, 10], [1, 0, 11, 10], [20, 20, 30, 30], [0, 0, 10, 10.]])
        scores = torch.tensor([0.9, 0.8, 0.7, 0.95])
        self.assertEqual(B.nms(boxes, scores, 0.5).tolist(), [3, 2])


class MatcherTest(unittest.TestCase):
    def test_grid_equals_dense(self):
        cfg = ModelConfig()
        grid = AnchorGrid(cfg, 192, 256)
        g = torch.Generator().manual_seed(1)
        for _ in range(15):
            xy = torch.rand(40, 2, generator=g) * 280 - 30
            wh = torch.exp(torch.rand(40, 2, generator=g) * 5) + 1
            bx = torch.cat([xy, xy + wh], 1)
            ig = torch.rand(40, generator=g) < 0.2
            self.assertTrue(torch.equal(match(grid, bx, ig), match_dense(grid.anchors, bx, ig)))

    def test_every_kept_object_gets_an_anchor(self):
        grid = AnchorGrid(ModelConfig(), 128, 128)
        bx = torch.tensor([[10, 10, 16, 22], [40, 40, 90, 120], [100, 3, 104, 9.]])
        m = match(grid, bx, torch.tensor([False, False, True]))
        self.assertEqual(set(m[m >= 0].tolist()), {0, 1})
        self.assertEqual(len(match(grid, torch.zeros(0, 4), torch.zeros(0, dtype=torch.bool)).unique()), 1)

    def test_anchor_on_ignored_object_is_ignored(self):
        grid = AnchorGrid(ModelConfig(), 64, 64)
        box = grid.anchors[100:101].clone()
        self.assertEqual(int(match(grid, box, torch.tensor([True]))[100]), IGNORE)
        self.assertEqual(int(match(grid, box, torch.tensor([False]))[100]), 0)


def _tiny_batch(n=2):
    src = SyntheticSource([3, 4], 160, 213, ("object",), products=(10, 30))
    aug = Augment(crop=96, scale_min=1.0, scale_max=1.0)
    items = [make_crop(*src.load(i % 2), np.random.default_rng(i), aug, 160, 267) for i in range(n)]
    return collate(items)


class LossTest(unittest.TestCase):
    def test_loss_decreases_on_two_tiny_images(self):
        torch.manual_seed(0)
        cfg = tiny_config(min_side=160, max_side=267)
        model = RetinaNet(cfg)
        images, targets = _tiny_batch()
        self.assertGreater(sum(len(t.boxes) for t in targets), 5)
        grid = AnchorGrid(cfg, 96, 96)
        opt = torch.optim.AdamW(model.detector_parameters(), lr=3e-3)
        first = train.train_step(model, opt, images, targets, grid, 1)["loss"]
        for _ in range(12):
            last = train.train_step(model, opt, images, targets, grid, 1)["loss"]
        self.assertLess(last, first * 0.8)
        # stage 2 trains the Soft-IoU head only
        opt2 = train.make_optimizer(model, 2, train.parse_args(["--out", "x", "--synthetic", "0:1"]))
        before = {k: v.clone() for k, v in model.state_dict().items()}
        s2 = [train.train_step(model, opt2, images, targets, grid, 2)["siou"] for _ in range(4)]
        self.assertTrue(all(np.isfinite(s2)))
        after = model.state_dict()
        changed = {k.split(".")[0] for k in before if not torch.equal(before[k], after[k])}
        self.assertEqual(changed, {"iou_head"})

    def test_soft_iou_targets(self):
        grid = AnchorGrid(tiny_config(), 64, 64)
        anchors = grid.anchors
        gt = anchors[200:201].clone()
        t = losses.Target(gt, torch.zeros(1, dtype=torch.long), torch.zeros(1, dtype=torch.bool))
        m = match(grid, t.boxes, t.ignore)
        cls = torch.full((len(anchors), 1), -10.0)
        deltas = torch.zeros(len(anchors), 4)
        idx, target = losses.soft_iou_targets(cls, deltas, anchors, t, m)
        self.assertIn(200, idx.tolist())
        self.assertAlmostEqual(float(target[idx.tolist().index(200)]), 1.0, places=5)
        self.assertTrue(bool(((target >= 0) & (target <= 1)).all()))


def _losses_by_step(lines):
    """step -> the loss part of a progress line (without timings)."""
    out = {}
    for line in lines:
        m = re.match(r"\[stage \d\] step (\d+)/\d+\s+(.*?)\s+lr ", line)
        if m:
            out[int(m.group(1))] = m.group(2)
    return out


class TrainResumeTest(unittest.TestCase):
    def args(self, out, *extra):
        return train.parse_args(["--synthetic", "5:7", "--synth-size", "160x213", "--products", "10:30",
                                 "--min-side", "160", "--max-side", "267", "--crop", "96", "--batch", "2",
                                 "--steps1", "3", "--steps2", "2", "--warmup", "2", "--log-every", "1",
                                 "--checkpoint-every", "100", "--model-config",
                                 '{"stem": 8, "widths": [8, 16, 16, 32], "blocks": [1, 1, 1, 1], "fpn": 16, '
                                 '"head": 16, "head_convs": 1}', "--out", out, *extra])

    def test_resume_gives_identical_losses(self):
        with tempfile.TemporaryDirectory() as d:
            straight = []
            train.run(self.args(os.path.join(d, "a")), straight.append)
            ref = _losses_by_step(straight)
            self.assertEqual(sorted(ref), [1, 2, 3, 4, 5])
            # one step per sitting: every step, the stage switch included, starts from a checkpoint
            pieces = []
            for _ in range(5):
                train.run(self.args(os.path.join(d, "b"), "--max-minutes", "0"), pieces.append)
            self.assertTrue(any(line.startswith("resuming") for line in pieces))
            self.assertEqual(_losses_by_step(pieces), ref)
            for name in ("last.pt", "stage1.pt", "final.pt"):
                self.assertTrue(os.path.exists(os.path.join(d, "b", name)), name)
            done = []
            train.run(self.args(os.path.join(d, "b")), done.append)
            self.assertIn("already trained", done[-1])
            # crops made in a worker process are the same crops
            workers = []
            train.run(self.args(os.path.join(d, "c"), "--workers", "1"), workers.append)
            self.assertEqual(_losses_by_step(workers), ref)

    def test_resume_with_other_options_is_refused(self):
        with tempfile.TemporaryDirectory() as d:
            train.run(self.args(d, "--max-minutes", "0"), lambda s: None)
            with self.assertRaisesRegex(SystemExit, "other options"):
                train.run(self.args(d, "--lr", "0.5"), lambda s: None)

    def test_init_starts_from_a_checkpoint(self):
        with tempfile.TemporaryDirectory() as d:
            train.run(self.args(os.path.join(d, "a")), lambda s: None)
            first = os.path.join(d, "a", "final.pt")
            tuned = []
            train.run(self.args(os.path.join(d, "b"), "--init", first), tuned.append)
            self.assertTrue(any(line.startswith("starting from the network of") for line in tuned))
            fresh = []
            train.run(self.args(os.path.join(d, "c")), fresh.append)
            # same data and seed: only the starting weights differ
            self.assertNotEqual(_losses_by_step(tuned)[1], _losses_by_step(fresh)[1])
            # resuming a fine-tuning run needs the same --init
            with self.assertRaisesRegex(SystemExit, "other options"):
                train.run(self.args(os.path.join(d, "b")), lambda s: None)
            wider = self.args(os.path.join(d, "e"), "--init", first)
            wider.model_config = wider.model_config.replace('"fpn": 16', '"fpn": 24')
            with self.assertRaisesRegex(SystemExit, "network differs.*fpn"):
                train.run(wider, lambda s: None)
            with self.assertRaisesRegex(SystemExit, "--init: .*not a readable"):
                train.run(self.args(os.path.join(d, "f"), "--init", os.path.join(d, "none.pt")), lambda s: None)

    def test_bad_arguments(self):
        for argv in (["--out", "x", "--synthetic", "99990:100010"], ["--out", "x"],
                     ["--out", "x", "--synthetic", "0:5", "--crop", "100"]):
            with self.assertRaises(SystemExit), contextlib.redirect_stderr(io.StringIO()):
                train.parse_args(argv)


if __name__ == "__main__":
    unittest.main()
