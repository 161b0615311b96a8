#!/usr/bin/python3
"""Trains ShelfLabel's detector in the two stages of Goldman et al. (CVPR 2019).

Stage 1 trains the RetinaNet (backbone, FPN, class and box heads) with focal + smooth-L1 loss.
Stage 2 freezes it and trains only the Soft-IoU head with binary cross-entropy against the IoU of
each regressed box with its object. One command runs both; run the same command again to resume
from OUT/last.pt (a long run can span several sittings; --max-minutes ends a sitting cleanly).

Data: SKU-110K CSVs with their image folders (what ShelfLabel exports), and/or synthetic shelves
generated on the fly from training seeds (0..99999), optionally cached to disk.

    /usr/bin/python3 inference/training/train.py --synthetic 0:2000 --out /var/tmp/shelflabel/default \
        --cache /var/tmp/shelflabel/synth-cache

The README gives the command that trains the bundled default model.
"""

import argparse
import json
import math
import os
import signal
import sys
import threading
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checkpoint  # noqa: E402
import from_export  # noqa: E402
import losses  # noqa: E402
import synth_shelves as synth  # noqa: E402
from dataset import Augment, CsvSource, DataError, SyntheticSource, TrainStream, collate, read_sku110k_csv  # noqa: E402
from matcher import AnchorGrid, match  # noqa: E402
from model import RP2K_SHAPES, ModelConfig, RetinaNet  # noqa: E402

# Options that define a run: resuming with other values would silently train something else.
RUN_KEYS = ("csv", "images", "class_column", "synthetic", "synth_size", "products", "classes", "model_config",
            "min_side", "max_side", "steps1", "steps2", "batch", "lr", "lr2", "weight_decay", "warmup", "crop",
            "scale", "seed", "no_flip", "no_colour", "init")


class Concat:
    """Several sources seen as one list of images."""

    def __init__(self, sources):
        self.sources = [s for s in sources if len(s)]

    def __len__(self):
        return sum(len(s) for s in self.sources)

    def load(self, i):
        for s in self.sources:
            if i < len(s):
                return s.load(i)
            i -= len(s)
        raise IndexError(i)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog="Run the same command again to resume from OUT/last.pt.")
    d = p.add_argument_group("data")
    d.add_argument("--csv", action="append", default=[], help="SKU-110K annotation CSV (repeatable, "
                   "each with an --images folder)")
    d.add_argument("--images", action="append", default=[], help="folder of the images of the matching --csv")
    d.add_argument("--class-column", choices=("class", "shape"), default="class",
                   help="with --classes shapes: the CSV column holding the class (default class)")
    d.add_argument("--synthetic", action="append", default=[], metavar="A:B[@WxH]",
                   help="train on synthetic shelves of seeds A..B-1 (within 0:100000), of size WxH (default "
                        "--synth-size); repeatable, e.g. to mix in some photo-sized shelves")
    d.add_argument("--synth-size", default="800x1066", metavar="WxH",
                   help="default synthetic image size (default 800x1066, the generator's fast size)")
    d.add_argument("--products", default="100:700", metavar="MIN:MAX", help="products per synthetic shelf")
    d.add_argument("--cache", help="folder caching the synthetic shelves (JPEG + CSV), so later epochs skip generating")
    m = p.add_argument_group("model")
    m.add_argument("--classes", choices=("object", "shapes"), default="object",
                   help="one class 'object' (default) or the 7 RP2K shapes")
    m.add_argument("--model-config", default="{}", help="JSON overriding ModelConfig fields, e.g. '{\"fpn\": 64}'")
    m.add_argument("--init", metavar="CHECKPOINT",
                   help="start from the network of this checkpoint or exported model file, e.g. the "
                        "bundled resources/models/shelflabel-default.pt (fine-tuning; its model config "
                        "and classes must equal this run's); optimizer and step start afresh")
    m.add_argument("--min-side", type=int, default=800, help="contract input min side (default 800)")
    m.add_argument("--max-side", type=int, default=1333, help="contract input max side (default 1333)")
    t = p.add_argument_group("training")
    t.add_argument("--out", required=True, help="folder for checkpoints (last.pt, stage1.pt, final.pt)")
    t.add_argument("--steps1", type=int, default=30000, help="stage 1 steps (default 30000)")
    t.add_argument("--steps2", type=int, default=3000, help="stage 2 steps (default 3000)")
    t.add_argument("--batch", type=int, default=4, help="crops per step (default 4)")
    t.add_argument("--crop", type=int, default=512, help="crop side in input pixels, a multiple of 32 (default 512)")
    t.add_argument("--scale", default="0.7:1.4", metavar="LO:HI", help="scale jitter around the contract resize")
    t.add_argument("--lr", type=float, default=1e-3, help="stage 1 AdamW learning rate (default 1e-3)")
    t.add_argument("--lr2", type=float, default=1e-3, help="stage 2 AdamW learning rate (default 1e-3)")
    t.add_argument("--weight-decay", type=float, default=1e-4)
    t.add_argument("--warmup", type=int, default=500, help="stage 1 linear warm-up steps (default 500)")
    t.add_argument("--no-flip", action="store_true")
    t.add_argument("--no-colour", action="store_true")
    t.add_argument("--seed", type=int, default=1, help="seed of initialisation, sampling and augmentation")
    r = p.add_argument_group("running")
    r.add_argument("--threads", type=int, default=1,
                   help="torch threads (default 1; use 2 only when nothing else runs: on busy cores 2 threads "
                        "wait for each other and train several times slower)")
    r.add_argument("--workers", type=int, default=0, help="data loader processes (default 0: in this process)")
    r.add_argument("--checkpoint-every", type=int, default=250, help="steps between checkpoints (default 250)")
    r.add_argument("--log-every", type=int, default=10, help="steps between progress lines (default 10)")
    r.add_argument("--max-minutes", type=float, help="stop (with a checkpoint) after this many minutes")
    r.add_argument("--restart", action="store_true", help="ignore OUT/last.pt and start over")
    r.add_argument("--prepare", type=int, metavar="JOBS",
                   help="only fill --cache with the synthetic shelves, using JOBS processes, then exit")
    a = p.parse_args(argv)
    if len(a.csv) != len(a.images):
        p.error("give one --images folder per --csv")
    if not a.csv and not a.synthetic:
        p.error("no data: give --csv/--images and/or --synthetic A:B")
    if a.prepare is not None and not (a.cache and a.synthetic):
        p.error("--prepare needs --cache and --synthetic")
    if a.crop % 32:
        p.error(f"--crop {a.crop}: must be a multiple of 32")
    seen = set()
    for spec in a.synthetic:
        (lo, hi), _ = _synthetic_spec(p, spec, a.synth_size)
        if not (synth.TRAIN_SEEDS.start <= lo < hi <= synth.TRAIN_SEEDS.stop):
            p.error(f"--synthetic {spec}: training seeds lie in 0:100000 (the rest are held out)")
        if seen & set(range(lo, hi)):
            p.error(f"--synthetic {spec}: seeds overlap another --synthetic range")
        seen |= set(range(lo, hi))
    return a


def _synthetic_spec(p, spec, default_size):
    """'A:B' or 'A:B@WxH' -> ((A, B), (W, H))."""
    seeds, _, size = spec.partition("@")
    try:
        w, h = (int(v) for v in (size or default_size).lower().split("x"))
    except ValueError:
        p.error(f"--synthetic {spec}: expected A:B or A:B@WxH")
    return _range(p, seeds, "--synthetic"), (w, h)


def _range(p, text, what, kind=int):
    try:
        lo, hi = (kind(v) for v in text.split(":"))
        return lo, hi
    except ValueError:
        p.error(f"{what}: expected A:B, got {text!r}")


def build_config(a) -> ModelConfig:
    classes = RP2K_SHAPES if a.classes == "shapes" else ("object",)
    try:
        overrides = json.loads(a.model_config)
    except json.JSONDecodeError as e:
        raise SystemExit(f"--model-config: not JSON ({e})")
    base = ModelConfig(classes=classes, min_side=a.min_side, max_side=a.max_side).to_dict()
    base.update(overrides)
    return ModelConfig.from_dict(base)


def build_source(a, cfg: ModelConfig):
    sources = []
    for csv_path, folder in zip(a.csv, a.images):
        source = CsvSource(read_sku110k_csv(csv_path, folder, cfg.classes, a.class_column))
        source.check()
        sources.append(source)
    pmin, pmax = (int(v) for v in a.products.split(":"))
    for spec in a.synthetic:
        (lo, hi), (w, h) = _synthetic_spec(argparse.ArgumentParser(), spec, a.synth_size)
        sources.append(SyntheticSource(range(lo, hi), w, h, cfg.classes, a.cache, (pmin, pmax)))
    return Concat(sources)


def _load_one(job):
    source, i = job
    source.load(i)
    return i


def prepare(a, log=print) -> None:
    """Generates every synthetic shelf of the run into the cache (in parallel), so that training
    itself only reads JPEGs; the cached files are those training would have generated itself."""
    source = build_source(a, build_config(a))
    jobs = [(s, i) for s in source.sources for i in range(len(s))]
    t0 = time.perf_counter()
    import multiprocessing
    with multiprocessing.Pool(a.prepare) as pool:
        for n, _ in enumerate(pool.imap_unordered(_load_one, jobs, chunksize=4), start=1):
            if n % 50 == 0 or n == len(jobs):
                rate = n / (time.perf_counter() - t0)
                log(f"prepared {n}/{len(jobs)} shelves, {rate:.2f}/s, eta {_hms((len(jobs) - n) / rate)}")


def init_network(model: RetinaNet, path: str) -> None:
    """Loads a checkpoint's weights into a run's fresh network; refuses one of another shape."""
    try:
        state = checkpoint.load(path)
    except ValueError as e:
        raise SystemExit(f"--init: {e}") from None
    theirs, ours = state["model_config"], model.cfg.to_dict()
    diff = {k: (theirs.get(k), v) for k, v in ours.items() if theirs.get(k) != v and k not in ("min_side", "max_side")}
    if diff:
        raise SystemExit(f"--init {path}: the network differs from this run's (checkpoint, run): {diff}")
    model.load_state_dict(state["model"])


CALIBRATION_CROPS = 32


def init_from_export(model: RetinaNet, path: str, stream, batch: int, log) -> None:
    """Loads an exported model's weights and rebuilds its BatchNorm statistics from the run's
    first training crops (from_export.py says why and how)."""
    try:
        from_export.load_folded(model, path)
    except ValueError as e:
        raise SystemExit(f"--init: {e}") from None
    n = min(len(stream), CALIBRATION_CROPS)
    batches = (collate([stream[i] for i in range(j, min(j + batch, n))])[0] for j in range(0, n, batch))
    seen = from_export.calibrate(model, batches)
    log(f"starting from the exported network of {path} (BatchNorm statistics from {seen} crops)")


def param_groups(params, weight_decay):
    """No weight decay on BatchNorm weights and biases (1-d tensors), as usual."""
    decay = [q for q in params if q.ndim > 1]
    other = [q for q in params if q.ndim <= 1]
    return [{"params": decay, "weight_decay": weight_decay}, {"params": other, "weight_decay": 0.0}]


def make_optimizer(model: RetinaNet, stage: int, a):
    """Stage 1: AdamW on the detector; stage 2: AdamW on the Soft-IoU head, the rest frozen."""
    det = model.detector_parameters()
    for q in det:
        q.requires_grad_(stage == 1)
    params = det if stage == 1 else list(model.iou_head.parameters())
    return torch.optim.AdamW(param_groups(params, a.weight_decay), lr=a.lr if stage == 1 else a.lr2)


def lr_at(step: int, a) -> float:
    """Linear warm-up, then cosine decay to 1% within each stage."""
    if step < a.steps1:
        base, t, n, warm = a.lr, step, a.steps1, a.warmup
    else:
        base, t, n, warm = a.lr2, step - a.steps1, a.steps2, min(100, a.steps2 // 10)
    if t < warm:
        return base * (0.001 + 0.999 * t / warm)
    q = (t - warm) / max(1, n - warm)
    return base * (0.01 + 0.99 * 0.5 * (1 + math.cos(math.pi * min(1.0, q))))


def train_step(model: RetinaNet, opt, images, targets, grid: AnchorGrid, stage: int) -> dict:
    """One optimisation step; returns the loss values."""
    if stage == 1:
        model.train()
        feats = model.features(images)
        cls, box = model.cls_head(feats), model.box_head(feats)
        l_cls, l_box, _ = losses.detection_loss(cls, box, grid, targets)
        loss, parts = l_cls + l_box, {"cls": float(l_cls), "box": float(l_box)}
        params = model.detector_parameters()
    else:
        model.eval()
        model.iou_head.train()
        with torch.no_grad():
            feats = model.features(images)
            cls, box = model.cls_head(feats), model.box_head(feats)
            matches = [match(grid, t.boxes, t.ignore) for t in targets]
        iou = model.iou_head(feats).squeeze(-1)
        loss = losses.soft_iou_loss(iou, cls, box, grid.anchors, targets, matches)
        parts = {"siou": float(loss)}
        params = list(model.iou_head.parameters())
    opt.zero_grad(set_to_none=True)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(params, 10.0)
    opt.step()
    parts["loss"] = float(loss)
    return parts


class StopRequest:
    """While active, the first Ctrl-C (SIGINT) or SIGTERM only asks the run to stop after the
    current step, with a checkpoint, so a sitting can end at any moment without losing work; a
    second Ctrl-C interrupts at once."""

    def __init__(self):
        self.signal = None
        self._old = {}

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._old[sig] = signal.signal(sig, self._handle)
        return self

    def _handle(self, signum, frame):
        if self.signal is not None and signum == signal.SIGINT:
            raise KeyboardInterrupt
        self.signal = signal.Signals(signum).name

    def __exit__(self, *exc):
        for sig, handler in self._old.items():
            signal.signal(sig, handler)
        return False


def _hms(s: float) -> str:
    s = int(max(0, s))
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


def _print(line: str) -> None:
    print(line, flush=True)


def run(a, log=_print) -> dict:
    """Trains (or resumes) as a describes; returns the last losses. Used by main() and the tests."""
    torch.set_num_threads(a.threads)
    run_def = {k: getattr(a, k) for k in RUN_KEYS}
    cfg = build_config(a)
    run_def["model_config"] = cfg.to_dict()
    last = os.path.join(a.out, "last.pt")
    total = a.steps1 + a.steps2
    torch.manual_seed(a.seed)
    model = RetinaNet(cfg)  # NCHW: channels-last trained 12% faster but crashed torch 1.13 (README)
    step, elapsed = 0, 0.0
    state = None
    init_export = bool(a.init) and from_export.is_export(a.init)  # else a.init is a checkpoint
    if os.path.exists(last) and not a.restart:
        state = checkpoint.load(last)
        diff = {k: (state["run"].get(k), v) for k, v in run_def.items() if state["run"].get(k) != v}
        if diff:
            raise SystemExit(f"{last}: was made with other options (checkpoint, now): {diff}; "
                             f"use the same options, another --out, or --restart")
        model.load_state_dict(state["model"])
        step, elapsed = state["step"], state["elapsed_s"]
        torch.set_rng_state(state["torch_rng"])
        log(f"resuming from {last} at step {step}/{total} ({_hms(elapsed)} trained so far)")
    elif a.init and not init_export:
        init_network(model, a.init)
        log(f"starting from the network of {a.init}")
    stage = 1 if step < a.steps1 else 2
    opt = make_optimizer(model, stage, a)
    if state is not None and state["optimizer"] is not None and state["run"].get("stage") == stage:
        opt.load_state_dict(state["optimizer"])
    stage1_path = os.path.join(a.out, "stage1.pt")
    if step == a.steps1 and not os.path.exists(stage1_path):
        checkpoint.save(stage1_path, model, None, step, dict(run_def, stage=1), elapsed)
    if step >= total:
        log(f"{last}: already trained for {total} steps")
        return {}

    try:
        source = build_source(a, cfg)
    except DataError as e:
        raise SystemExit(f"error: {e}") from None
    if len(source) == 0:
        raise SystemExit("no training images")
    lo, hi = (float(v) for v in a.scale.split(":"))
    aug = Augment(crop=a.crop, scale_min=lo, scale_max=hi, flip=not a.no_flip, colour=not a.no_colour)
    stream = TrainStream(source, aug, cfg.min_side, cfg.max_side, a.seed, step * a.batch, total * a.batch)
    loader = torch.utils.data.DataLoader(stream, batch_size=a.batch, shuffle=False, num_workers=a.workers,
                                         collate_fn=collate, persistent_workers=False)
    if state is None and init_export:
        init_from_export(model, a.init, stream, a.batch, log)
    grid = AnchorGrid(cfg, a.crop, a.crop)
    log(f"training {total - step} steps ({a.steps1} stage 1 + {a.steps2} stage 2, from step {step}), "
        f"batch {a.batch} crops of {a.crop}x{a.crop}, {len(source)} images, {len(grid)} anchors/crop, "
        f"{a.threads} thread(s), {a.workers} worker(s)")

    def save(path):  # run["stage"] says which stage the saved optimizer belongs to
        checkpoint.save(path, model, opt, step, dict(run_def, stage=stage), elapsed)

    t_start, elapsed0 = time.perf_counter(), elapsed
    t_win, n_win, sums = time.perf_counter(), 0, {}
    parts = {}
    with StopRequest() as stop:
        for images, targets in loader:
            if step == a.steps1 and stage == 1:
                checkpoint.save(stage1_path, model, None, step, dict(run_def, stage=1), elapsed)
                stage = 2
                opt = make_optimizer(model, 2, a)
                log(f"stage 1 done at step {step}: training the Soft-IoU head, detector frozen")
            for g in opt.param_groups:
                g["lr"] = lr_at(step, a)
            parts = train_step(model, opt, images, targets, grid, stage)
            elapsed = elapsed0 + time.perf_counter() - t_start  # wall time of all sittings, data included
            step += 1
            n_win += 1
            for k, v in parts.items():
                sums[k] = sums.get(k, 0.0) + v
            if step % a.log_every == 0 or step == total:
                dt = time.perf_counter() - t_win
                rate = n_win * a.batch / max(dt, 1e-9)
                # a stage 2 step (no backward through the detector) costs about half a stage 1 step
                left1, left2 = max(0, a.steps1 - step), min(a.steps2, total - step)
                eta = (left1 + left2 * (0.5 if stage == 1 else 1.0)) * a.batch / max(rate, 1e-9)
                vals = "  ".join(f"{k} {v / n_win:.4f}" for k, v in sums.items())
                log(f"[stage {stage}] step {step}/{total}  {vals}  lr {lr_at(step - 1, a):.2e}  "
                    f"{rate:.2f} img/s  elapsed {_hms(elapsed)}  eta {_hms(eta)}")
                t_win, n_win, sums = time.perf_counter(), 0, {}
            out_of_time = a.max_minutes is not None and time.perf_counter() - t_start > a.max_minutes * 60
            if step % a.checkpoint_every == 0 or step == total or out_of_time or stop.signal:
                save(last)
            if (out_of_time or stop.signal) and step < total:
                why = f"{stop.signal} received" if stop.signal else f"--max-minutes {a.max_minutes} reached"
                log(f"{why}: stopped at step {step} with a checkpoint; run the same command to go on")
                return parts
    save(os.path.join(a.out, "final.pt"))
    log(f"done: {os.path.join(a.out, 'final.pt')} ({_hms(elapsed)} of training)")
    return parts


def main(argv=None):
    a = parse_args(argv)
    if a.prepare is not None:
        torch.set_num_threads(1)
        prepare(a, _print)
        return 0
    return 0 if run(a) is not None else 1


if __name__ == "__main__":
    sys.exit(main())
