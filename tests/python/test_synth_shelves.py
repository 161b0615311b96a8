"""Tests of the synthetic shelf generator (inference/training/synth_shelves.py), on small images.

Run from the repository root:  /usr/bin/python3 -m unittest discover -s tests/python -v
"""

import csv
import os
import subprocess
import sys
import tempfile
import unittest

import numpy as np
from PIL import Image

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TRAINING = os.path.join(ROOT, "inference", "training")
sys.path.insert(0, TRAINING)

import synth_shelves as synth  # noqa: E402

SMALL = synth.Config(width=320, height=427, min_products=30, max_products=90)


class GeneratorTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.results = {seed: synth.generate(seed, SMALL) for seed in (1, 2, 3, 4)}

    def test_shapes_are_the_seven_rp2k_shapes(self):
        self.assertEqual(synth.SHAPES, ("bottle", "can", "box", "bag", "jar", "handled_bottle", "pack"))

    def test_same_seed_gives_same_image_and_boxes(self):
        img, products = synth.generate(1, SMALL)
        ref_img, ref_products = self.results[1]
        self.assertTrue(np.array_equal(np.asarray(img), np.asarray(ref_img)))
        self.assertEqual(products, ref_products)

    def test_same_seed_gives_same_result_in_other_processes(self):
        code = ("import hashlib, sys; sys.path.insert(0, sys.argv[1]); import synth_shelves as s; "
                "img, p = s.generate(5, s.Config(width=320, height=427, min_products=30, max_products=90)); "
                "print(hashlib.sha256(img.tobytes() + repr(p).encode()).hexdigest())")
        digests = set()
        for hash_seed in ("1", "2"):
            env = dict(os.environ, PYTHONHASHSEED=hash_seed)
            r = subprocess.run([sys.executable, "-c", code, TRAINING], capture_output=True, text=True,
                               env=env, timeout=120)
            self.assertEqual(r.returncode, 0, r.stderr)
            digests.add(r.stdout.strip())
        self.assertEqual(len(digests), 1)

    def test_different_seeds_differ(self):
        a_img, a_products = self.results[1]
        b_img, b_products = self.results[2]
        self.assertFalse(np.array_equal(np.asarray(a_img), np.asarray(b_img)))
        self.assertNotEqual(a_products, b_products)

    def test_image_size_and_mode(self):
        for img, _ in self.results.values():
            self.assertEqual(img.size, (SMALL.width, SMALL.height))
            self.assertEqual(img.mode, "RGB")

    def test_boxes_inside_image_and_not_degenerate(self):
        for _, products in self.results.values():
            for p in products:
                for v in (p.x1, p.y1, p.x2, p.y2):
                    self.assertIsInstance(v, int)
                self.assertTrue(0 <= p.x1 < p.x2 <= SMALL.width, p)
                self.assertTrue(0 <= p.y1 < p.y2 <= SMALL.height, p)
                self.assertGreaterEqual(p.x2 - p.x1, 3, p)
                self.assertGreaterEqual(p.y2 - p.y1, 3, p)

    def test_count_within_requested_range(self):
        for _, products in self.results.values():
            self.assertGreaterEqual(len(products), SMALL.min_products)
            self.assertLessEqual(len(products), SMALL.max_products)
        for lo, hi in ((10, 20), (120, 160)):
            cfg = synth.Config(width=320, height=427, min_products=lo, max_products=hi)
            for seed in (7, 8):
                n = len(synth.generate(seed, cfg)[1])
                self.assertTrue(lo <= n <= hi, f"seed {seed}: {n} not in {lo}..{hi}")

    def test_shape_labels_valid(self):
        seen = set()
        for _, products in self.results.values():
            for p in products:
                self.assertIn(p.shape, synth.SHAPES)
                seen.add(p.shape)
        self.assertGreaterEqual(len(seen), 2)

    def test_boxes_are_not_all_identical(self):
        _, products = self.results[3]
        self.assertEqual(len({(p.x1, p.y1, p.x2, p.y2) for p in products}), len(products))

    def test_bad_configuration_is_refused(self):
        with self.assertRaises(ValueError):
            synth.generate(0, synth.Config(width=320, height=427, min_products=50, max_products=10))
        with self.assertRaises(ValueError):
            synth.generate(0, synth.Config(width=10, height=10))

    def test_seed_ranges_are_disjoint(self):
        train, held_out = set(synth.TRAIN_SEEDS), set(synth.EVAL_SEEDS)
        samples = set(synth.SAMPLE_SEEDS)
        self.assertFalse(train & held_out)
        self.assertFalse(train & samples)
        self.assertFalse(held_out & samples)


class CsvTest(unittest.TestCase):
    def test_dataset_files(self):
        with tempfile.TemporaryDirectory() as out:
            argv = ["--out", out, "--seeds", "10:12", "--seed", "20", "--size", "320x427",
                    "--products", "30:90", "--quiet"]
            self.assertEqual(synth.main(argv), 0)
            names = {synth.image_name(s) for s in (10, 11, 20)}
            self.assertEqual(set(f for f in os.listdir(out) if f.endswith(".jpg")), names)
            for n in names:
                with Image.open(os.path.join(out, n)) as im:
                    self.assertEqual(im.format, "JPEG")
                    self.assertEqual(im.size, (320, 427))

            with open(os.path.join(out, "annotations.csv"), newline="") as fh:
                text = fh.read()
            lines = text.splitlines()
            self.assertTrue(text.endswith("\n"))
            self.assertFalse(lines[0].startswith("image_name"), "SKU-110K CSV has no header")
            rows = [line.split(",") for line in lines]
            per_image = {}
            for r in rows:
                self.assertEqual(len(r), 8, r)
                name, x1, y1, x2, y2, cls, w, h = r
                self.assertIn(name, names)
                for v in (x1, y1, x2, y2, w, h):
                    self.assertRegex(v, r"^\d+$")
                x1, y1, x2, y2, w, h = map(int, (x1, y1, x2, y2, w, h))
                self.assertEqual(cls, "object")
                self.assertEqual((w, h), (320, 427))
                # SKU-110K keeps coordinates on the image's last pixel at most
                self.assertTrue(0 <= x1 < x2 <= w - 1 and 0 <= y1 < y2 <= h - 1, r)
                per_image[name] = per_image.get(name, 0) + 1
            self.assertEqual(set(per_image), names)
            for n in per_image.values():
                self.assertTrue(30 <= n <= 90)

            # the CSV rows are those of generate()
            ref = synth.generate(20, synth.Config(width=320, height=427, min_products=30, max_products=90))[1]
            got = [tuple(map(int, r[1:5])) for r in rows if r[0] == synth.image_name(20)]
            self.assertEqual(got, [(p.x1, p.y1, min(p.x2, 319), min(p.y2, 426)) for p in ref])

            with open(os.path.join(out, "annotations_shapes.csv"), newline="") as fh:
                shape_rows = list(csv.reader(fh))
            self.assertEqual(shape_rows[0], ["image_name", "x1", "y1", "x2", "y2", "class", "image_width",
                                             "image_height", "shape"])
            self.assertEqual(len(shape_rows) - 1, len(rows))
            for plain, shaped in zip(rows, shape_rows[1:]):
                self.assertEqual(plain, shaped[:8])
                self.assertIn(shaped[8], synth.SHAPES)

    def test_command_line_help(self):
        script = os.path.join(TRAINING, "synth_shelves.py")
        r = subprocess.run([sys.executable, script, "--help"], capture_output=True, text=True, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("--seeds", r.stdout)
        self.assertIn("--fast", r.stdout)


if __name__ == "__main__":
    unittest.main()
