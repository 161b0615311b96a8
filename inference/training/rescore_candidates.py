#!/usr/bin/python3
"""Rewrites the confidence of raw detector candidates, to study what the merge makes of them.

Input: a results CSV of raw candidates with its header line,
`image_id,x1,y1,x2,y2,confidence,hard_score`, as `shelflabel-cli export --layer raw --format
sku110k-results --state all` writes it, where confidence = rate * hard + (1 - rate) * soft_iou.
Output: the same rows with a new confidence, written atomically:

- `--new-rate R2`: the same Soft-IoU mixed at another hard score rate, without running the
  detector again (the Soft-IoU is recovered from confidence and hard score, so `--rate` must say
  what the raw layer was mixed at and be below 1).
- `--oracle TRUTH.csv`: the Soft-IoU replaced by the true IoU of each candidate's box with the
  truth box it overlaps most (SKU-110K annotations, `image_name,x1,y1,x2,y2,...`, header line
  optional): what a perfect Soft-IoU head would give the merge. A candidate on an image with no
  truth box gets 0.

Import the output into a layer of the project (`shelflabel-cli import --format sku110k-results
--layer NAME`), merge it (`shelflabel-cli merge --project P --from NAME --to ... --method em|nms`)
and score it (`shelflabel-cli eval --project P`); `merge_study.sh` does all of that.

    /usr/bin/python3 inference/training/rescore_candidates.py raw.csv oracle.csv --oracle annotations.csv
"""

import argparse
import csv
import os
import sys
import tempfile
from collections import defaultdict
from typing import Dict, List, Tuple

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import boxes as B  # noqa: E402

HEADER = ["image_id", "x1", "y1", "x2", "y2", "confidence", "hard_score"]


class InputError(ValueError):
    """A CSV that cannot be read; the message names the file and line."""


def _numbers(path: str, line: int, fields: List[str], names: List[str]) -> List[float]:
    out = []
    for name, text in zip(names, fields):
        try:
            v = float(text)
        except ValueError:
            raise InputError(f"{path}:{line}: {name} is not a number: {text!r}") from None
        if not np.isfinite(v):
            raise InputError(f"{path}:{line}: {name} is not finite: {text!r}")
        out.append(v)
    return out


def read_candidates(path: str) -> List[Tuple[str, List[float]]]:
    """Rows (image_id, [x1, y1, x2, y2, confidence, hard_score]) in file order."""
    rows = []
    with open(path, newline="", encoding="utf-8-sig") as f:
        for line, r in enumerate(csv.reader(f), 1):
            if line == 1:
                if [c.strip() for c in r] != HEADER:
                    raise InputError(f"{path}:1: expected the header {','.join(HEADER)}, found {','.join(r)}")
                continue
            if not r:
                continue
            if len(r) != len(HEADER):
                raise InputError(f"{path}:{line}: expected {len(HEADER)} columns, found {len(r)}")
            rows.append((r[0], _numbers(path, line, r[1:], HEADER[1:])))
    return rows


def read_truth(path: str) -> Dict[str, np.ndarray]:
    """Truth boxes [G, 4] per image name, from SKU-110K annotations."""
    boxes: Dict[str, list] = defaultdict(list)
    with open(path, newline="", encoding="utf-8-sig") as f:
        for line, r in enumerate(csv.reader(f), 1):
            if not r or (line == 1 and r[0].strip() == "image_name"):
                continue
            if len(r) < 5:
                raise InputError(f"{path}:{line}: expected image_name,x1,y1,x2,y2,..., found {len(r)} columns")
            boxes[r[0]].append(_numbers(path, line, r[1:5], ["x1", "y1", "x2", "y2"]))
    return {k: np.array(v, dtype=np.float64) for k, v in boxes.items()}


def best_iou(cands: np.ndarray, truth: np.ndarray) -> np.ndarray:
    """For each candidate box [N, 4], its largest IoU with a truth box [G, 4] (0 without truth),
    by the formula training and evaluation use (boxes.py)."""
    if len(truth) == 0 or len(cands) == 0:
        return np.zeros(len(cands))
    return B.pairwise_iou(torch.from_numpy(cands), torch.from_numpy(truth)).max(dim=1).values.numpy()


def rescore(rows, rate: float, new_rate: float, truth: Dict[str, np.ndarray] = None) -> List[float]:
    """The new confidence of each row: new_rate * hard + (1 - new_rate) * X, X the Soft-IoU
    recovered with `rate`, or with `truth` the true IoU."""
    by_image: Dict[str, List[int]] = defaultdict(list)
    for i, (image, _) in enumerate(rows):
        by_image[image].append(i)
    values = np.array([v for _, v in rows], dtype=np.float64).reshape(-1, 6)
    hard = values[:, 5]
    if truth is None:
        if rate >= 1:
            raise InputError("--rate 1 leaves no Soft-IoU in the confidence to recover")
        x = np.clip((values[:, 4] - rate * hard) / (1 - rate), 0, 1)
    else:
        x = np.zeros(len(rows))
        for image, idx in by_image.items():
            x[idx] = best_iou(values[idx, :4], truth.get(image, np.zeros((0, 4))))
    return list(new_rate * hard + (1 - new_rate) * x)


def write_atomically(path: str, rows, confidences) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".rescore-", suffix=".csv", dir=folder)
    try:
        with os.fdopen(fd, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(HEADER)
            for (image, v), c in zip(rows, confidences):
                w.writerow([image] + [repr(x) for x in v[:4]] + [f"{c:.9g}", repr(v[5])])
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="Rewrite the confidence of raw candidates: another hard "
                                            "score rate, or the true IoU in place of the Soft-IoU.")
    p.add_argument("raw", help="results CSV of the raw layer (with header)")
    p.add_argument("output", help="results CSV to write")
    p.add_argument("--rate", type=float, default=0.5, help="the hard score rate the raw layer was mixed at (0.5)")
    p.add_argument("--new-rate", type=float, help="the hard score rate to mix at (default: --rate)")
    p.add_argument("--oracle", metavar="TRUTH_CSV", help="use the true IoU with these truth boxes as Soft-IoU")
    a = p.parse_args(argv)
    new_rate = a.rate if a.new_rate is None else a.new_rate
    if not (0 <= a.rate <= 1 and 0 <= new_rate <= 1):
        p.error("rates must lie in 0..1")
    try:
        rows = read_candidates(a.raw)
        truth = read_truth(a.oracle) if a.oracle else None
        confidences = rescore(rows, a.rate, new_rate, truth)
        write_atomically(a.output, rows, confidences)
    except (InputError, OSError) as e:
        print(f"rescore_candidates: {e}", file=sys.stderr)
        return 1
    print(f"wrote {len(rows)} candidates to {a.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
