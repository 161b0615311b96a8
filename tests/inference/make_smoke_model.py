#!/usr/bin/env python3
"""Trains the training pipeline's smoke model (a tiny network, a few steps on two generated
shelves) and exports it to the model contract, as inference/training/README.md says, so that the
C++ side can load and run what the Python side makes.

  make_smoke_model.py OUT_DIR      -> OUT_DIR/smoke.pt
"""
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TRAINING = os.path.join(HERE, "..", "..", "inference", "training")


def main():
    out = sys.argv[1]
    shutil.rmtree(out, ignore_errors=True)  # a fresh run, never a resumed one
    os.makedirs(out)
    run = os.path.join(out, "run")
    subprocess.run([sys.executable, os.path.join(TRAINING, "train.py"), "--out", run,
                    "--synthetic", "0:2", "--synth-size", "320x427", "--products", "30:90",
                    "--min-side", "320", "--max-side", "534", "--crop", "256", "--batch", "2",
                    "--steps1", "4", "--steps2", "2", "--threads", "1", "--model-config",
                    '{"stem": 8, "widths": [8, 16, 16, 32], "blocks": [1, 1, 1, 1], "fpn": 16, '
                    '"head": 16, "head_convs": 1}'], check=True)
    subprocess.run([sys.executable, os.path.join(TRAINING, "export.py"),
                    os.path.join(run, "final.pt"), os.path.join(out, "smoke.pt"), "--name",
                    "smoke", "--candidate-threshold", "0", "--max-candidates", "100"], check=True)


if __name__ == "__main__":
    main()
