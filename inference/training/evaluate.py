#!/usr/bin/python3
"""COCO-style AP50 and AP75 of the detector's raw output after NMS, on held-out shelves.

The images go through the contract's pre-processing (preprocess.py) and forward(); boxes are
mapped back to original pixels, candidates below the metadata's score_threshold are dropped, the
top max_candidates kept, and each gets the app's confidence = rate * hard + (1 - rate) * soft_iou
(rate = --hard-score-rate, default 0.5). Greedy NMS (IoU 0.5) then gives the detections that are
scored. The EM-Merger's figures come from the C++ side (shelflabel-cli predict --merge em), which
can read the same images; --raw-csv writes the candidates for it to merge.

AP as COCO computes it (Lin et al., 2014): detections of all images sorted by confidence, each
matched greedily to the unmatched ground-truth box it overlaps most at IoU >= t, the precision
envelope sampled at 101 recall points. --max-dets (default 1000) caps the detections per image
above COCO's 100: a dense shelf holds up to 700 products.

    /usr/bin/python3 inference/training/evaluate.py /var/tmp/shelflabel/default/final.pt --synthetic 100000:100050
"""

import argparse
import csv
import json
import os
import sys
import time
from typing import Dict, List, Tuple

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import boxes as B  # noqa: E402
import checkpoint  # noqa: E402
import export  # noqa: E402
import synth_shelves as synth  # noqa: E402
from dataset import CsvSource, SyntheticSource, read_sku110k_csv  # noqa: E402
from preprocess import preprocess  # noqa: E402


def match_detections(det: np.ndarray, gt: np.ndarray, thr: float) -> np.ndarray:
    """det [D, 4] sorted by falling confidence, gt [G, 4]; returns whether each detection is a true
    positive: it takes the still unmatched ground truth it overlaps most, if that IoU >= thr."""
    tp = np.zeros(len(det), dtype=bool)
    if len(det) == 0 or len(gt) == 0:
        return tp
    iou = B.pairwise_iou(torch.from_numpy(det).float(), torch.from_numpy(gt).float()).numpy()
    taken = np.zeros(len(gt), dtype=bool)
    for i in range(len(det)):
        row = np.where(taken, -1.0, iou[i])
        j = int(row.argmax())
        if row[j] >= thr:
            taken[j] = True
            tp[i] = True
    return tp


def average_precision(scores: np.ndarray, tp: np.ndarray, n_gt: int) -> float:
    """COCO's 101-point interpolated AP over detections pooled from all images."""
    if n_gt == 0:
        return float("nan")
    order = np.argsort(-scores, kind="mergesort")
    tp = tp[order].astype(np.float64)
    ctp, cfp = np.cumsum(tp), np.cumsum(1 - tp)
    recall = ctp / n_gt
    precision = ctp / np.maximum(ctp + cfp, 1e-12)
    envelope = np.maximum.accumulate(precision[::-1])[::-1] if len(precision) else precision
    ap = 0.0
    for r in np.linspace(0, 1, 101):
        i = np.searchsorted(recall, r, side="left")
        ap += envelope[i] if i < len(envelope) else 0.0
    return ap / 101


def load_module(path: str, candidate_threshold: float, top_k: int):
    """An exported TorchScript file as it is, or a training checkpoint exported in memory."""
    try:
        meta = export.check_contract(path, probe=False)
        return torch.jit.load(path, map_location="cpu"), meta
    except export.ContractError:
        model = checkpoint.load_model(path)
        meta = export.metadata(model, "checkpoint", path, 0.1, top_k)
        return export.build(model, candidate_threshold, top_k), meta


def detect(module, meta: dict, img: np.ndarray, rate: float, score_threshold: float,
           nms_iou: float) -> Tuple[np.ndarray, ...]:
    """Candidates (boxes in original pixels, confidence, hard, soft) and the NMS-kept indices."""
    inp = meta["input"]
    x, (sx, sy) = preprocess(img, inp["min_side"], inp["max_side"], inp["size_divisor"])
    with torch.no_grad():
        boxes, hard, soft, labels = (t[0] for t in module(x))
    keep = (labels >= 0) & (hard >= score_threshold)
    boxes, hard, soft = boxes[keep], hard[keep], soft[keep]
    order = torch.sort(hard, descending=True, stable=True)[1][:meta["max_candidates"]]
    boxes, hard, soft = boxes[order], hard[order], soft[order]
    boxes = boxes / torch.tensor([sx, sy, sx, sy])
    h, w = img.shape[:2]
    boxes = B.clip(boxes, (h, w))
    conf = rate * hard + (1 - rate) * soft if meta["soft_iou"] else hard
    kept = B.nms(boxes, conf, nms_iou)
    return boxes.numpy(), conf.numpy(), hard.numpy(), soft.numpy(), kept.numpy()


def main(argv=None):
    p = argparse.ArgumentParser(description="AP50/AP75 of the detector (raw output + NMS) on held-out shelves.")
    p.add_argument("model", help="exported TorchScript file or training checkpoint")
    p.add_argument("--synthetic", metavar="A:B", help="held-out synthetic seeds (default 100000:100050 "
                   "unless --csv is given)")
    p.add_argument("--size", default="2448x3264", metavar="WxH", help="synthetic image size (default 2448x3264)")
    p.add_argument("--products", default="100:700", metavar="MIN:MAX")
    p.add_argument("--cache", help="folder caching the generated held-out shelves")
    p.add_argument("--csv", help="evaluate on an SKU-110K CSV instead (with --images)")
    p.add_argument("--images", help="image folder of --csv")
    p.add_argument("--hard-score-rate", type=float, default=0.5, help="confidence mix, as the app (default 0.5)")
    p.add_argument("--score-threshold", type=float, help="default: the model's metadata")
    p.add_argument("--nms-iou", type=float, default=0.5, help="NMS IoU threshold (default 0.5)")
    p.add_argument("--max-dets", type=int, default=1000, help="detections per image scored (default 1000)")
    p.add_argument("--candidate-threshold", type=float, default=0.05, help="for a checkpoint: as export.py")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--raw-csv", help="write the candidates as image_id,x1,y1,x2,y2,confidence,hard_score")
    p.add_argument("--json", help="write the figures to this file")
    a = p.parse_args(argv)
    torch.set_num_threads(a.threads)
    module, meta = load_module(a.model, a.candidate_threshold, 9999)
    score_threshold = meta["score_threshold"] if a.score_threshold is None else a.score_threshold

    if a.csv:
        if not a.images:
            p.error("--csv needs --images")
        source = CsvSource(read_sku110k_csv(a.csv, a.images, ("object",)))
        names = [os.path.basename(r.path) for r in source.records]
    else:
        lo, hi = (int(v) for v in (a.synthetic or "100000:100050").split(":"))
        if lo < synth.TRAIN_SEEDS.stop:
            print(f"warning: seeds {lo}:{hi} overlap the training seeds 0:{synth.TRAIN_SEEDS.stop}", file=sys.stderr)
        w, h = (int(v) for v in a.size.lower().split("x"))
        pmin, pmax = (int(v) for v in a.products.split(":"))
        source = SyntheticSource(range(lo, hi), w, h, ("object",), a.cache, (pmin, pmax))
        names = [synth.image_name(s) for s in range(lo, hi)]

    per_thr: Dict[float, List[Tuple[np.ndarray, np.ndarray]]] = {0.5: [], 0.75: []}
    n_gt, n_cand, n_det, t_model = 0, 0, 0, 0.0
    raw_rows = []
    for i in range(len(source)):
        img, gt, _ = source.load(i)
        t0 = time.perf_counter()
        boxes, conf, hard, soft, kept = detect(module, meta, img, a.hard_score_rate, score_threshold, a.nms_iou)
        t_model += time.perf_counter() - t0
        kept = kept[:a.max_dets]
        det, sc = boxes[kept], conf[kept]
        for thr in per_thr:
            per_thr[thr].append((sc, match_detections(det, gt, thr)))
        n_gt += len(gt)
        n_cand += len(boxes)
        n_det += len(det)
        if a.raw_csv:
            raw_rows += [[names[i], *(f"{v:.2f}" for v in b), f"{c:.5f}", f"{hs:.5f}"]
                         for b, c, hs in zip(boxes, conf, hard)]
        print(f"[{i + 1}/{len(source)}] {names[i]}: {len(gt)} objects, {len(boxes)} candidates, "
              f"{len(det)} after NMS", flush=True)
    res = {"images": len(source), "objects": n_gt, "candidates_per_image": n_cand / max(1, len(source)),
           "detections_per_image": n_det / max(1, len(source)),
           "seconds_per_image_model": t_model / max(1, len(source))}
    for thr, items in per_thr.items():
        scores = np.concatenate([s for s, _ in items]) if items else np.zeros(0)
        tps = np.concatenate([t for _, t in items]) if items else np.zeros(0, dtype=bool)
        res[f"AP{int(thr * 100)}"] = average_precision(scores, tps, n_gt)
        res[f"recall{int(thr * 100)}"] = float(tps.sum()) / max(1, n_gt)
    print(f"NMS (IoU {a.nms_iou}, hard score rate {a.hard_score_rate}): AP50 {res['AP50']:.4f}  "
          f"AP75 {res['AP75']:.4f}  recall50 {res['recall50']:.4f}  recall75 {res['recall75']:.4f}  "
          f"({res['images']} images, {n_gt} objects, {res['seconds_per_image_model']:.2f} s/image detect+NMS)")
    if a.raw_csv:
        with open(a.raw_csv, "w", newline="") as fh:
            csv.writer(fh, lineterminator="\n").writerows(raw_rows)
    if a.json:
        with open(a.json, "w") as fh:
            json.dump(res, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
