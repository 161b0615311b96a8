"""Tests of rescore_candidates.py: the hard score rate re-mixed and the oracle Soft-IoU that
merge_study.sh feeds to the merge (no torch, well under a second).

Run from the repository root:  /usr/bin/python3 -m unittest discover -s tests/python -v
"""

import csv
import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(ROOT, "inference", "training", "rescore_candidates.py")
sys.path.insert(0, os.path.dirname(SCRIPT))

import rescore_candidates as R  # noqa: E402

HEADER = "image_id,x1,y1,x2,y2,confidence,hard_score\n"


class RescoreTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, name, text):
        path = os.path.join(self.dir.name, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    def run_script(self, *args):
        return subprocess.run([sys.executable, SCRIPT, *args], capture_output=True, text=True)

    def read_confidences(self, path):
        with open(path, newline="") as f:
            rows = list(csv.reader(f))
        self.assertEqual(",".join(rows[0]) + "\n", HEADER)
        return [float(r[5]) for r in rows[1:]], rows[1:]

    def test_oracle_puts_the_true_iou_in_place_of_the_soft_iou(self):
        # a.jpg: one box exactly on the truth, one half over it (IoU 1/2), one far away;
        # b.jpg has no truth at all
        raw = self.write("raw.csv", HEADER +
                         "a.jpg,10,10,20,20,0.6,0.8\n"
                         "a.jpg,15,10,25,20,0.5,0.4\n"
                         "a.jpg,100,100,110,110,0.7,0.9\n"
                         "b.jpg,0,0,5,5,0.3,0.2\n")
        truth = self.write("truth.csv", "a.jpg,10,10,20,20,object,200,200\n"
                                        "a.jpg,60,60,70,70,object,200,200\n")
        out = os.path.join(self.dir.name, "oracle.csv")
        done = self.run_script(raw, out, "--oracle", truth)
        self.assertEqual(done.returncode, 0, done.stderr)
        conf, rows = self.read_confidences(out)
        iou_half = 50 / 150
        expected = [0.5 * 0.8 + 0.5 * 1.0, 0.5 * 0.4 + 0.5 * iou_half, 0.5 * 0.9, 0.5 * 0.2]
        for got, want in zip(conf, expected):
            self.assertAlmostEqual(got, want, places=7)
        # boxes, hard scores and the order of the rows are kept
        self.assertEqual([r[0] for r in rows], ["a.jpg", "a.jpg", "a.jpg", "b.jpg"])
        self.assertEqual([float(r[6]) for r in rows], [0.8, 0.4, 0.9, 0.2])
        self.assertEqual([float(v) for v in rows[1][1:5]], [15, 10, 25, 20])

    def test_new_rate_remixes_the_recovered_soft_iou(self):
        # confidence 0.6 at rate 0.5 with hard 0.8 holds soft_iou 0.4
        raw = self.write("raw.csv", HEADER + "a.jpg,0,0,10,10,0.6,0.8\n")
        out = os.path.join(self.dir.name, "r.csv")
        self.assertEqual(self.run_script(raw, out, "--new-rate", "0.25").returncode, 0)
        self.assertAlmostEqual(self.read_confidences(out)[0][0], 0.25 * 0.8 + 0.75 * 0.4, places=7)
        self.assertEqual(self.run_script(raw, out, "--new-rate", "1").returncode, 0)
        self.assertAlmostEqual(self.read_confidences(out)[0][0], 0.8, places=7)
        # nothing to recover from a layer mixed at rate 1
        done = self.run_script(raw, out, "--rate", "1", "--new-rate", "0.5")
        self.assertEqual(done.returncode, 1)
        self.assertIn("--rate 1", done.stderr)

    def test_bad_input_names_file_and_line_and_writes_nothing(self):
        out = os.path.join(self.dir.name, "out.csv")
        cases = [
            (HEADER + "a.jpg,0,0,10,10,0.6\n", "raw.csv:2: expected 7 columns, found 6"),
            (HEADER + "a.jpg,0,0,10,10,0.6,0.8\na.jpg,0,x,10,10,0.6,0.8\n", "raw.csv:3: y1 is not a number"),
            (HEADER + "a.jpg,0,0,nan,10,0.6,0.8\n", "raw.csv:2: x2 is not finite"),
            ("image_name,x1,y1,x2,y2\n", "raw.csv:1: expected the header"),
        ]
        for text, message in cases:
            raw = self.write("raw.csv", text)
            done = self.run_script(raw, out)
            self.assertEqual(done.returncode, 1, text)
            self.assertIn(message, done.stderr)
            self.assertFalse(os.path.exists(out))
        raw = self.write("raw.csv", HEADER + "a.jpg,0,0,10,10,0.6,0.8\n")
        truth = self.write("truth.csv", "a.jpg,1,2,3\n")
        done = self.run_script(raw, out, "--oracle", truth)
        self.assertEqual(done.returncode, 1)
        self.assertIn("truth.csv:1: expected image_name,x1,y1,x2,y2", done.stderr)
        self.assertEqual([f for f in os.listdir(self.dir.name) if f.startswith(".rescore-")], [])

    def test_best_iou_without_truth_or_candidates(self):
        import numpy as np
        self.assertEqual(list(R.best_iou(np.array([[0, 0, 1, 1.0]]), np.zeros((0, 4)))), [0.0])
        self.assertEqual(len(R.best_iou(np.zeros((0, 4)), np.array([[0, 0, 1, 1.0]]))), 0)


if __name__ == "__main__":
    unittest.main()
