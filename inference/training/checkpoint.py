"""Training checkpoints: everything a run needs to go on exactly where it stopped.

A checkpoint holds the model (with its ModelConfig, so export and evaluation can rebuild it), the
optimizer, the step, the run's defining options and the RNG state. It is written to a temporary
file and renamed, so a run killed while saving leaves the previous checkpoint intact.
"""

import os
from typing import Optional

import torch

from model import ModelConfig, RetinaNet

FORMAT = "shelflabel-train"
VERSION = 1


def save(path: str, model: RetinaNet, optimizer: Optional[torch.optim.Optimizer], step: int, run: dict,
         elapsed_s: float) -> None:
    state = {
        "format": FORMAT, "version": VERSION, "step": step, "run": run, "elapsed_s": elapsed_s,
        "model_config": model.cfg.to_dict(), "model": model.state_dict(),
        "optimizer": optimizer.state_dict() if optimizer is not None else None,
        "torch_rng": torch.get_rng_state(),
    }
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    tmp = f"{path}.tmp{os.getpid()}"
    torch.save(state, tmp)
    os.replace(tmp, path)


def load(path: str) -> dict:
    """Reads a checkpoint and checks that it is one of ours; errors name the file."""
    try:
        state = torch.load(path, map_location="cpu")
    except Exception as e:  # torch raises many kinds for a broken file
        raise ValueError(f"{path}: not a readable training checkpoint ({e})") from None
    if not isinstance(state, dict) or state.get("format") != FORMAT:
        raise ValueError(f"{path}: not a ShelfLabel training checkpoint (format {FORMAT!r} expected)")
    if state.get("version") != VERSION:
        raise ValueError(f"{path}: checkpoint version {state.get('version')}, this code reads {VERSION}")
    return state


def load_model(path: str) -> RetinaNet:
    """The network of a checkpoint, in eval mode."""
    state = load(path)
    model = RetinaNet(ModelConfig.from_dict(state["model_config"]))
    model.load_state_dict(state["model"])
    return model.eval()
