#!/usr/bin/python3
"""Times the exported detector's forward() at the contract's input size, on 1 and 2 threads.

The app's budget for a 12-megapixel photo is 1.5 s end to end on this project's 2-core build
machine (JPEG decode + this forward + the EM-Merger), so the network must stay well under 1 s.
Weights do not change the cost of a forward pass, only the number of candidates kept does; the
default --candidate-threshold 0 keeps the full top-K (9999), the worst case a dense shelf reaches.

    /usr/bin/python3 inference/training/bench_forward.py                 # untrained default model
    /usr/bin/python3 inference/training/bench_forward.py --model /var/tmp/shelflabel/default/final.pt
"""

import argparse
import os
import statistics
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checkpoint  # noqa: E402
import export  # noqa: E402
from model import ModelConfig, RetinaNet  # noqa: E402
from preprocess import pad_to_divisor, resized_size  # noqa: E402


def time_forward(module, images: torch.Tensor, threads: int, runs: int) -> list:
    torch.set_num_threads(threads)
    with torch.no_grad():
        module(images)  # warm-up: TorchScript optimises on the first calls
        module(images)
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            module(images)
            times.append(time.perf_counter() - t0)
    return times


def main(argv=None):
    p = argparse.ArgumentParser(description="Time the contract forward() of the detector at its input size.")
    p.add_argument("--model", help="a training checkpoint (.pt from train.py) or an exported TorchScript file; "
                                   "default: the untrained default network")
    p.add_argument("--photo", default="3024x4032", metavar="WxH", help="photo size to resize (default 3024x4032)")
    p.add_argument("--min-side", type=int, help="override the model's min_side")
    p.add_argument("--max-side", type=int, help="override the model's max_side")
    p.add_argument("--threads", default="1,2", help="thread counts to try (default 1,2)")
    p.add_argument("--runs", type=int, default=5, help="timed runs per thread count (default 5)")
    p.add_argument("--candidate-threshold", type=float, default=0.0,
                   help="when exporting here: lowest hard score kept (default 0: always the full top-K)")
    p.add_argument("--top-k", type=int, default=9999)
    a = p.parse_args(argv)

    cfg = None
    if a.model:
        try:
            module = torch.jit.load(a.model, map_location="cpu")
            meta = export.check_contract(a.model, probe=False)
            min_side, max_side, div = (meta["input"][k] for k in ("min_side", "max_side", "size_divisor"))
        except (RuntimeError, export.ContractError):
            model = checkpoint.load_model(a.model)
            cfg = model.cfg
    else:
        torch.manual_seed(0)
        model = RetinaNet(ModelConfig()).eval()
        cfg = model.cfg
    if cfg is not None:
        module = export.build(model, a.candidate_threshold, a.top_k)
        min_side, max_side, div = cfg.min_side, cfg.max_side, cfg.size_divisor
    min_side = a.min_side or min_side
    max_side = a.max_side or max_side
    w, h = (int(v) for v in a.photo.lower().split("x"))
    nh, nw = resized_size(h, w, min_side, max_side)
    images = pad_to_divisor(torch.rand(3, nh, nw, generator=torch.Generator().manual_seed(0)) * 255, div)[None]
    print(f"photo {w}x{h} -> resized {nw}x{nh} -> input {images.shape[3]}x{images.shape[2]} "
          f"(min_side {min_side}, max_side {max_side})")
    for threads in (int(t) for t in a.threads.split(",")):
        times = time_forward(module, images, threads, a.runs)
        out = module(images)
        print(f"{threads} thread(s): median {statistics.median(times):.3f} s, best {min(times):.3f} s "
              f"over {a.runs} runs; {out[0].shape[1]} candidates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
