"""Tests of the export to the model contract, of check_contract(), of the contract pre-processing
and of the SKU-110K CSV reader used for training (tiny sizes, a few seconds).

Run from the repository root:  /usr/bin/python3 -m unittest discover -s tests/python -v
"""

import json
import os
import subprocess
import sys
import tempfile
import unittest

import numpy as np
import torch
from PIL import Image

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TRAINING = os.path.join(ROOT, "inference", "training")
sys.path.insert(0, TRAINING)

import boxes as B  # noqa: E402
import evaluate  # noqa: E402
import export  # noqa: E402
from dataset import Augment, CsvSource, DataError, make_crop, read_sku110k_csv  # noqa: E402
from model import ModelConfig, RetinaNet, cell_anchors, make_anchors  # noqa: E402
from preprocess import preprocess, resized_size  # noqa: E402

torch.set_num_threads(1)
TINY = dict(stem=8, widths=[8, 16, 16, 32], blocks=[1, 1, 1, 1], fpn=16, head=16, head_convs=1)


def tiny_model(**kw) -> RetinaNet:
    torch.manual_seed(0)
    model = RetinaNet(ModelConfig.from_dict(dict(ModelConfig().to_dict(), **TINY, **kw)))
    # give the BatchNorms non-trivial statistics, so that folding them is really tested
    model.train()
    with torch.no_grad():
        for _ in range(3):
            model(torch.rand(2, 3, 64, 64) * 255)
    return model.eval()


class ExportTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.model = tiny_model()
        cls.path = os.path.join(cls.tmp.name, "tiny.pt")
        meta = export.metadata(cls.model, "tiny", "a test model", 0.1, 500)
        export.export(cls.model, cls.path, meta, candidate_threshold=0.0)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_metadata_is_the_contract(self):
        extra = {"shelflabel.json": ""}
        torch.jit.load(self.path, _extra_files=extra)
        meta = json.loads(extra["shelflabel.json"])
        self.assertEqual(meta, {"format": "shelflabel-detector", "version": 1, "name": "tiny",
                                "description": "a test model", "classes": ["object"],
                                "input": {"min_side": 800, "max_side": 1333, "size_divisor": 32},
                                "soft_iou": True, "score_threshold": 0.1, "max_candidates": 500})
        self.assertEqual(export.check_contract(self.path), meta)

    def test_outputs_dtypes_shapes_and_values(self):
        module = torch.jit.load(self.path)
        x = torch.rand(2, 3, 96, 64, generator=torch.Generator().manual_seed(3)) * 255
        with torch.no_grad():
            boxes, hard, soft, labels = module(x)
        n = boxes.shape[1]
        self.assertEqual(n, 500)  # threshold 0: the full top-K
        self.assertEqual((boxes.dtype, hard.dtype, soft.dtype, labels.dtype),
                         (torch.float32, torch.float32, torch.float32, torch.int64))
        self.assertEqual([list(t.shape) for t in (boxes, hard, soft, labels)], [[2, n, 4], [2, n], [2, n], [2, n]])
        self.assertTrue(bool((labels == 0).all()))
        self.assertTrue(bool((boxes[..., 0::2] <= 64).all() and (boxes[..., 1::2] <= 96).all()))
        self.assertTrue(bool((boxes >= 0).all()))
        # against the eager network: the best candidate of image 0
        with torch.no_grad():
            cls, deltas, iou = self.model(x)
        anchors = make_anchors(cell_anchors(self.model.cfg), list(self.model.cfg.strides), 96, 64)
        p = torch.sigmoid(cls[0, :, 0])
        i = int(p.argmax())
        self.assertAlmostEqual(float(hard[0, 0]), float(p[i]), places=5)
        self.assertAlmostEqual(float(soft[0, 0]), float(torch.sigmoid(iou[0, i])), places=5)
        ref = B.clip(B.decode(anchors[i], deltas[0, i]), (96, 64))
        self.assertTrue(torch.allclose(boxes[0, 0], ref, atol=1e-3))

    def test_padding_rows_have_label_minus_one(self):
        module = export.build(self.model, threshold=0.99, top_k=50)
        with torch.no_grad():
            boxes, hard, soft, labels = module(torch.zeros(2, 3, 64, 64))
        self.assertEqual(list(labels.shape), [2, 1])
        self.assertEqual(labels.tolist(), [[-1], [-1]])
        self.assertEqual(hard.tolist(), [[0.0], [0.0]])

    def test_input_size_not_multiple_is_refused(self):
        module = torch.jit.load(self.path)
        with self.assertRaisesRegex(Exception, "multiples of 32"):
            module(torch.zeros(1, 3, 50, 64))

    def test_bad_files_are_refused_with_a_message(self):
        d = self.tmp.name
        junk = os.path.join(d, "junk.pt")
        with open(junk, "wb") as fh:
            fh.write(os.urandom(2000))
        with self.assertRaisesRegex(export.ContractError, "not a TorchScript file"):
            export.check_contract(junk)

        class Plain(torch.nn.Module):
            def forward(self, x: torch.Tensor):
                return x.sum()

        no_meta = os.path.join(d, "no_meta.pt")
        torch.jit.save(torch.jit.script(Plain()), no_meta)
        with self.assertRaisesRegex(export.ContractError, "no shelflabel.json"):
            export.check_contract(no_meta)

        meta = export.metadata(self.model, "x", "y", 0.1, 10)
        wrong = os.path.join(d, "wrong_outputs.pt")
        torch.jit.save(torch.jit.script(Plain()), wrong, _extra_files={"shelflabel.json": json.dumps(meta)})
        with self.assertRaisesRegex(export.ContractError, "expected a tuple of 4"):
            export.check_contract(wrong)

        bad_version = os.path.join(d, "bad_version.pt")
        torch.jit.save(torch.jit.script(Plain()), bad_version,
                       _extra_files={"shelflabel.json": json.dumps(dict(meta, version=2))})
        with self.assertRaisesRegex(export.ContractError, "version: expected 1, found 2"):
            export.check_contract(bad_version)

    def test_metadata_checks(self):
        good = export.metadata(self.model, "x", "y", 0.1, 10)
        for change, message in ((dict(classes=[]), "classes"), (dict(format="yolo"), "format"),
                                (dict(input={"min_side": 900, "max_side": 800, "size_divisor": 32}), "larger"),
                                (dict(score_threshold=2), "score_threshold"), (dict(soft_iou="yes"), "soft_iou"),
                                (dict(max_candidates=0), "max_candidates")):
            with self.assertRaisesRegex(export.ContractError, message):
                export.check_metadata(dict(good, **change))

    def test_export_command_line(self):
        import checkpoint
        ckpt = os.path.join(self.tmp.name, "ckpt.pt")
        checkpoint.save(ckpt, self.model, None, 7, {"seed": 1, "synthetic": "0:2"}, 1.0)
        out = os.path.join(self.tmp.name, "cli.pt")
        r = subprocess.run([sys.executable, os.path.join(TRAINING, "export.py"), ckpt, out, "--name", "cli"],
                           capture_output=True, text=True, timeout=120)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(export.check_contract(out)["name"], "cli")
        self.assertIn("trained from scratch for 7 steps", export.check_contract(out)["description"])

    def test_export_at_another_input_scale(self):
        import checkpoint
        ckpt = os.path.join(self.tmp.name, "tuned.pt")
        checkpoint.save(ckpt, self.model, None, 5, {"seed": 2, "init": "/runs/a/final.pt"}, 1.0)
        out = os.path.join(self.tmp.name, "scaled.pt")
        script = os.path.join(TRAINING, "export.py")
        r = subprocess.run([sys.executable, script, ckpt, out, "--min-side", "1040", "--max-side", "1733"],
                           capture_output=True, text=True, timeout=120)
        self.assertEqual(r.returncode, 0, r.stderr)
        meta = export.check_contract(out)
        self.assertEqual((meta["input"]["min_side"], meta["input"]["max_side"]), (1040, 1733))
        self.assertIn("fine-tuned from final.pt for 5 steps", meta["description"])
        r = subprocess.run([sys.executable, script, ckpt, out + "x", "--min-side", "2000", "--max-side", "1000"],
                           capture_output=True, text=True, timeout=120)
        self.assertEqual(r.returncode, 2)
        self.assertIn("min side 2000 is larger than max side 1000", r.stderr)
        self.assertFalse(os.path.exists(out + "x"))


class PreprocessTest(unittest.TestCase):
    def test_resize_rule(self):
        self.assertEqual(resized_size(4032, 3024, 800, 1333), (1067, 800))
        self.assertEqual(resized_size(3024, 4032, 800, 1333), (800, 1067))
        self.assertEqual(resized_size(1000, 4000, 800, 1333), (333, 1333))  # the long side caps it
        self.assertEqual(resized_size(427, 320, 800, 1333), (1068, 800))  # enlarged; 1067.5 rounds up
        self.assertEqual(resized_size(3, 2, 1, 10), (2, 1))  # 1.5 rounds half up

    def test_bilinear_half_pixel_matches_a_reference(self):
        rng = np.random.default_rng(0)
        img = rng.integers(0, 256, size=(37, 53, 3), dtype=np.uint8)
        x, (sx, sy) = preprocess(img, 20, 100, 32)
        nh, nw = resized_size(37, 53, 20, 100)
        self.assertEqual((nh, nw), (20, 29))
        self.assertEqual(list(x.shape), [1, 3, 32, 32])
        self.assertEqual((sx, sy), (29 / 53, 20 / 37))
        ref = _bilinear_reference(img.astype(np.float64), nh, nw)
        got = x[0, :, :nh, :nw].permute(1, 2, 0).numpy()
        self.assertLess(float(np.abs(got - ref).max()), 1e-3)
        self.assertEqual(float(x[0, :, nh:, :].abs().sum() + x[0, :, :, nw:].abs().sum()), 0.0)
        q, _ = preprocess(img, 20, 100, 32, quantize=True)
        self.assertTrue(bool((q == q.round()).all()))
        self.assertLessEqual(float((q - x).abs().max()), 0.5)

    def test_wrong_input_is_refused(self):
        with self.assertRaisesRegex(ValueError, "uint8"):
            preprocess(np.zeros((10, 10, 3), dtype=np.float32), 8, 16, 32)


def _bilinear_reference(img, nh, nw):
    """cv::resize INTER_LINEAR written out: source coordinate (x + 0.5) * in / out - 0.5, clamped."""
    h, w = img.shape[:2]

    def axis(n_out, n_in):
        src = (np.arange(n_out) + 0.5) * n_in / n_out - 0.5
        src = np.clip(src, 0, None)
        i0 = np.minimum(np.floor(src).astype(int), n_in - 1)
        i1 = np.minimum(i0 + 1, n_in - 1)
        return i0, i1, src - i0

    y0, y1, fy = axis(nh, h)
    x0, x1, fx = axis(nw, w)
    top = img[y0][:, x0] * (1 - fx)[None, :, None] + img[y0][:, x1] * fx[None, :, None]
    bottom = img[y1][:, x0] * (1 - fx)[None, :, None] + img[y1][:, x1] * fx[None, :, None]
    return top * (1 - fy)[:, None, None] + bottom * fy[:, None, None]


class CsvAndCropTest(unittest.TestCase):
    def test_reader_and_errors_name_the_line(self):
        with tempfile.TemporaryDirectory() as d:
            Image.new("RGB", (40, 30)).save(os.path.join(d, "a.jpg"))
            path = os.path.join(d, "ann.csv")
            with open(path, "w") as fh:
                fh.write("a.jpg,1,2,11,12,object,40,30\na.jpg,5,5,9,29,object,40,30\n")
            recs = read_sku110k_csv(path, d, ("object",))
            self.assertEqual(len(recs), 1)
            self.assertEqual(recs[0].boxes.tolist(), [[1, 2, 11, 12], [5, 5, 9, 29]])
            for text, message in (("a.jpg,1,2,11,12,object,40,30\na.jpg,9,2,3,12,object,40,30\n", ":2: empty box"),
                                  ("b.jpg,1,2,11,12,object,40,30\n", ":1: image 'b.jpg' not found"),
                                  ("a.jpg,1,x,11,12,object,40,30\n", ":1: coordinates"),
                                  ("a.jpg,1,2,11\n", ":1: expected 8 columns")):
                with open(path, "w") as fh:
                    fh.write(text)
                with self.assertRaisesRegex(DataError, message):
                    read_sku110k_csv(path, d, ("object",))
            with open(path, "w") as fh:
                fh.write("image_name,x1,y1,x2,y2,class,image_width,image_height,shape\n"
                         "a.jpg,1,2,11,12,object,40,30,can\n")
            recs = read_sku110k_csv(path, d, ("bottle", "can"), class_column="shape")
            self.assertEqual(recs[0].labels.tolist(), [1])
            # an image whose size differs from the CSV's is found before training starts
            with open(path, "w") as fh:
                fh.write("a.jpg,1,2,11,12,object,30,40\n")
            with self.assertRaisesRegex(DataError, r":1: .*a.jpg is 40x30 .*the CSV says 30x40"):
                CsvSource(read_sku110k_csv(path, d, ("object",))).check()

    def test_crop_boxes_lie_inside_and_cut_ones_are_ignored(self):
        img = np.full((200, 150, 3), 128, dtype=np.uint8)
        boxes = np.array([[10, 10, 40, 60], [0, 0, 150, 200], [140, 190, 150, 200]], dtype=np.float32)
        aug = Augment(crop=64, scale_min=1.0, scale_max=1.0, flip=True, colour=True)
        for seed in range(10):
            crop, t = make_crop(img, boxes, np.zeros(3, dtype=np.int64), np.random.default_rng(seed), aug, 150, 200)
            self.assertEqual(list(crop.shape), [3, 64, 64])
            self.assertTrue(bool((t.boxes >= 0).all() and (t.boxes <= 64).all()))
            self.assertTrue(bool((t.boxes[:, 2] > t.boxes[:, 0]).all()))
            self.assertEqual(len(t.ignore), len(t.boxes))


class EvaluateTest(unittest.TestCase):
    def test_average_precision(self):
        gt = np.array([[0, 0, 10, 10], [20, 20, 30, 30]], dtype=np.float32)
        det = np.array([[0, 0, 10, 10], [0, 0, 10, 10], [20, 20, 30, 31]], dtype=np.float32)
        tp = evaluate.match_detections(det, gt, 0.5)
        self.assertEqual(tp.tolist(), [True, False, True])
        self.assertAlmostEqual(evaluate.average_precision(np.array([0.9, 0.8, 0.7]), tp, 2), 0.0 + (
            51 * 1.0 + 50 * (2 / 3)) / 101, places=6)
        self.assertAlmostEqual(evaluate.average_precision(np.array([0.9, 0.1, 0.8]), tp, 2), 1.0)


class CommandLineHelpTest(unittest.TestCase):
    def test_help(self):
        for script in ("train.py", "export.py", "evaluate.py", "bench_forward.py"):
            r = subprocess.run([sys.executable, os.path.join(TRAINING, script), "--help"], capture_output=True,
                               text=True, timeout=60)
            self.assertEqual(r.returncode, 0, script + r.stderr)
            self.assertIn("usage", r.stdout)


if __name__ == "__main__":
    unittest.main()
