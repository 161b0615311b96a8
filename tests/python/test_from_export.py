"""Tests of from_export.py: an exported model file back into a trainable network, and
`train.py --init EXPORTED.pt` (tiny networks, a few seconds).

Run from the repository root:  /usr/bin/python3 -m unittest discover -s tests/python -v
"""

import os
import sys
import tempfile
import unittest

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# the module, not its names: a TestCase imported by name would run here a second time
import test_detector as detector_tests  # noqa: E402

ROOT = detector_tests.ROOT
tiny_config = detector_tests.tiny_config

import export  # noqa: E402
import from_export  # noqa: E402
import train  # noqa: E402
from model import ModelConfig, RetinaNet  # noqa: E402


def trained_looking(cfg: ModelConfig) -> RetinaNet:
    """A network whose BatchNorms hold statistics far from the defaults, as after training, so
    that folding them is not the identity."""
    g = torch.Generator().manual_seed(3)
    model = RetinaNet(cfg)
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                n = m.num_features
                m.running_mean.copy_(torch.randn(n, generator=g))
                m.running_var.copy_(torch.rand(n, generator=g) * 3 + 0.1)
                m.weight.copy_(torch.randn(n, generator=g))
                m.bias.copy_(torch.randn(n, generator=g))
    return model.eval()


class FromExportTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)
        self.cfg = tiny_config()
        self.original = trained_looking(self.cfg)
        self.path = os.path.join(self.dir.name, "model.pt")
        meta = export.metadata(self.original, "t", "test", 0.1, 100)
        export.export(self.original, self.path, meta, candidate_threshold=0.0)
        self.images = [torch.rand(2, 3, 64, 96, generator=torch.Generator().manual_seed(s)) * 255
                       for s in range(3)]

    def outputs(self, model):
        with torch.no_grad():
            return model(self.images[0])

    def assert_same(self, a, b, tol):
        for x, y in zip(a, b):
            self.assertLess(float((x - y).abs().max()), tol)

    def test_recognises_exports(self):
        self.assertTrue(from_export.is_export(self.path))
        ckpt = os.path.join(self.dir.name, "ckpt.pt")
        torch.save({"format": "shelflabel-train"}, ckpt)
        self.assertFalse(from_export.is_export(ckpt))
        self.assertFalse(from_export.is_export(os.path.join(ROOT, "README.md")))

    def test_loaded_network_computes_what_the_export_computes(self):
        net = torch.jit.load(self.path).net
        reference = self.outputs(self.original)
        model = RetinaNet(self.cfg)
        from_export.load_folded(model, self.path)
        model.eval()
        self.assert_same(self.outputs(model), reference, 1e-3)
        with torch.no_grad():
            self.assert_same(self.outputs(model), net(self.images[0]), 1e-3)
        # a fresh network is far from it: the comparison can fail
        self.assertGreater(float((self.outputs(RetinaNet(self.cfg).eval())[0] - reference[0]).abs().max()), 0.1)
        # calibration changes the parameters, not the function in eval mode...
        before = {k: v.clone() for k, v in model.state_dict().items()}
        self.assertEqual(from_export.calibrate(model, self.images), 6)
        self.assertFalse(torch.equal(before["fpn.p6.1.running_var"], model.state_dict()["fpn.p6.1.running_var"]))
        self.assert_same(self.outputs(model), reference, 1e-3)
        # ...and the running statistics are those of the calibration data: train mode on the same
        # images (batch statistics) gives the first BatchNorm's output the eval mode gives
        stem_bn = model.backbone.stem[0][1]
        seen = {}
        hook = stem_bn.register_forward_hook(lambda m, i, o: seen.__setitem__(m.training, o))
        with torch.no_grad():
            model.eval()
            model(torch.cat(self.images))
            model.train()
            model(torch.cat(self.images))
        hook.remove()
        self.assertLess(float((seen[True] - seen[False]).abs().max()), 1e-2)

    def test_refuses_another_network(self):
        with self.assertRaisesRegex(ValueError, "classes .* differ"):
            from_export.load_folded(RetinaNet(tiny_config(classes=("a", "b"))), self.path)
        with self.assertRaisesRegex(ValueError, r"model\.pt: .* is \(16, .*\) in the export, \(24, .*--model-config"):
            from_export.load_folded(RetinaNet(tiny_config(fpn=24)), self.path)
        bad = os.path.join(self.dir.name, "bad.pt")
        with open(bad, "wb") as f:
            f.write(b"PK not really")
        with self.assertRaisesRegex(ValueError, "bad.pt: not a readable exported model"):
            from_export.load_folded(RetinaNet(self.cfg), bad)

    def test_train_init_from_an_export(self):
        args = train.parse_args(["--synthetic", "5:7", "--synth-size", "160x213", "--products", "10:30",
                                 "--min-side", "160", "--max-side", "267", "--crop", "96", "--batch", "2",
                                 "--steps1", "2", "--steps2", "1", "--warmup", "1", "--log-every", "1",
                                 "--checkpoint-every", "100", "--model-config",
                                 '{"stem": 8, "widths": [8, 16, 16, 32], "blocks": [1, 1, 1, 1], "fpn": 16, '
                                 '"head": 16, "head_convs": 1}', "--out", os.path.join(self.dir.name, "run"),
                                 "--init", self.path, "--lr", "0"])
        log = []
        train.run(args, log.append)
        # the run has 6 crops (3 steps of 2): all of them calibrate
        self.assertIn(f"starting from the exported network of {self.path} (BatchNorm statistics from 6 crops)", log)
        # with a learning rate of 0 the weights are the export's (the running statistics go on
        # moving with the batches, as in any training)
        tuned = train.checkpoint.load(os.path.join(self.dir.name, "run", "final.pt"))["model"]
        exported = torch.jit.load(self.path).state_dict()
        for key in ("backbone.stem.0.0.weight", "fpn.p6.0.weight", "box_head.convs.0.weight", "cls_head.pred.bias"):
            self.assertTrue(torch.equal(tuned[key], exported["net." + key]), key)
        args.out, args.model_config = os.path.join(self.dir.name, "wide"), args.model_config.replace('"fpn": 16', '"fpn": 24')
        with self.assertRaisesRegex(SystemExit, "--init: .*--model-config"):
            train.run(args, lambda s: None)


if __name__ == "__main__":
    unittest.main()
