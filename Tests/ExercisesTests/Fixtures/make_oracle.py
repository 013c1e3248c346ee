#!/usr/bin/env python3
"""Oracle answers for every exercise template, computed independently of dlquiz with PyTorch.

For each template and seeds 0..99 this asks the dlquiz binary for the instance's params only
(`dlquiz exercise NAME --seed S --json`), then computes the answer with torch's own layers,
optimisers, schedulers and autograd (numpy only for the vanishing-sigmoid closed form), and writes
oracle.json: [{"template", "seed", "params", "expected": [numbers]}]. The Swift tests check that
each seed still draws these params and that dlquiz's answer matches the oracle's.

Run once, from the repository root, after `swift build`:
    python3 Tests/ExercisesTests/Fixtures/make_oracle.py .build/debug/dlquiz
(made with torch 2.15.0, numpy 2.4.6, CPU, float64)
"""
import json
import math
import subprocess
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
SEEDS = range(100)


def count(module):
    return sum(p.numel() for p in module.parameters())


def t(x):
    return torch.tensor(x, dtype=torch.float64)


def conv_output_size(p):
    h, w = p["input"]
    conv = nn.Conv2d(1, 1, p["kernel"], stride=p["stride"], padding=p["padding"], dilation=p["dilation"])
    return list(conv(torch.zeros(1, 1, h, w)).shape[-2:])


def pool_output_size(p):
    h, w = p["input"]
    pool = nn.MaxPool2d(p["kernel"], stride=p["stride"], padding=p["padding"], ceil_mode=False)
    return list(pool(torch.zeros(1, 1, h, w)).shape[-2:])


def conv_params(p):
    kh, kw = p["kernel"]
    return [count(nn.Conv2d(p["in_channels"], p["out_channels"], (kh, kw), bias=p["bias"]))]


def linear_params(p):
    return [count(nn.Linear(p["in_features"], p["out_features"], bias=p["bias"]))]


def rnn_params(cls):
    def f(p):
        return [count(cls(p["input_size"], p["hidden_size"], num_layers=p["num_layers"],
                          bidirectional=p["bidirectional"], bias=p["bias"]))]
    return f


def attention_params(p):
    return [count(nn.MultiheadAttention(p["embed_dim"], p["num_heads"], bias=p["bias"]))]


def receptive_field(p):
    """Backpropagate from one output position of a real conv1d stack; the span of input positions
    with a non-zero gradient is the receptive field."""
    layers = p["layers"]
    convs = []
    for l in layers:
        c = nn.Conv1d(1, 1, l["kernel"], stride=l["stride"], dilation=l["dilation"], bias=False)
        with torch.no_grad():
            c.weight.fill_(1.0)
        convs.append(c)
    x = torch.ones(1, 1, 2000, requires_grad=True)
    y = x
    for c in convs:
        y = c(y)
    y[0, 0, y.shape[-1] // 2].backward()
    nz = torch.nonzero(x.grad[0, 0]).flatten()
    return [int(nz.max() - nz.min() + 1)]


def derivative(fn):
    def f(p):
        x = t(p["x"]).requires_grad_()
        fn(x).backward()
        return [x.grad.item()]
    return f


def softmax(p):
    return torch.softmax(t(p["logits"]), dim=-1).tolist()


def cross_entropy(p):
    return [F.cross_entropy(t([p["logits"]]), torch.tensor([p["target"]])).item()]


def adam_step(p):
    w = t([p["w"]]).requires_grad_()
    opt = torch.optim.Adam([w], lr=p["lr"], betas=(p["beta1"], p["beta2"]), eps=p["eps"], foreach=False)
    if p["t"] > 1:
        opt.state[w] = {"step": torch.tensor(float(p["t"] - 1)), "exp_avg": t([p["m"]]), "exp_avg_sq": t([p["v"]])}
    w.grad = t([p["g"]])
    opt.step()
    return [w.item()]


def binary_cross_entropy(p):
    return [F.binary_cross_entropy(t([p["p"]]), t([float(p["target"])])).item()]


def mse_loss(p):
    return [F.mse_loss(t(p["predictions"]), t(p["targets"])).item()]


def batchnorm_forward(p):
    bn = nn.BatchNorm1d(1, eps=p["eps"])
    with torch.no_grad():
        bn.weight.fill_(p["gamma"])
        bn.bias.fill_(p["beta"])
    bn.train()
    return bn(t(p["x"]).reshape(4, 1)).flatten().tolist()


def dropout_scale(p):
    torch.manual_seed(0)
    out = nn.Dropout(p["p"]).train()(torch.full((1000,), float(p["activation"])))
    kept = out[out != 0]
    assert len(kept) > 0 and torch.allclose(kept, kept[0].expand_as(kept))
    return [kept[0].item()]


def sgd_momentum(p):
    w = t([p["w"]]).requires_grad_()
    opt = torch.optim.SGD([w], lr=p["lr"], momentum=p["momentum"])
    for g in p["g"]:
        w.grad = t([g])
        opt.step()
    return [w.item()]


def weight_decay_step(p):
    w = t([p["w"]]).requires_grad_()
    opt = torch.optim.SGD([w], lr=p["lr"], weight_decay=p["weight_decay"])
    w.grad = t([p["g"]])
    opt.step()
    return [w.item()]


def backprop_chain(p):
    w1 = t(p["w1"]).requires_grad_()
    h = torch.sigmoid(w1 * p["x"] + p["b1"])
    y = p["w2"] * h + p["b2"]
    ((y - p["target"]) ** 2).backward()
    return [w1.grad.item()]


def attention_weights(p):
    """The weights as torch's scaled_dot_product_attention applies them: with V = I the output is the weights."""
    q = t([[p["query"]]])
    k = t([p["keys"]])
    v = torch.eye(3).unsqueeze(0)
    return F.scaled_dot_product_attention(q, k, v)[0, 0].tolist()


def vanishing_sigmoid(p):
    s = 1 / (1 + np.exp(-p["z"]))
    return [float((p["weight"] * s * (1 - s)) ** p["layers"])]


def cosine_lr(p):
    w = t([0.0]).requires_grad_()
    opt = torch.optim.SGD([w], lr=p["lr"])
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=p["T_max"], eta_min=p["eta_min"])
    for _ in range(p["t"]):
        opt.step()
        sched.step()
    return [opt.param_groups[0]["lr"]]


def flatten_size(p):
    c, h, w = p["input"]
    net = nn.Sequential(
        nn.Conv2d(c, p["out_channels"], p["kernel"], stride=p["stride"], padding=p["padding"]),
        nn.ReLU(), nn.MaxPool2d(p["pool"]), nn.Flatten())
    return [net(torch.zeros(1, c, h, w)).shape[1]]


ORACLES = {
    "conv-output-size": conv_output_size,
    "pool-output-size": pool_output_size,
    "conv-params": conv_params,
    "linear-params": linear_params,
    "lstm-params": rnn_params(nn.LSTM),
    "gru-params": rnn_params(nn.GRU),
    "attention-params": attention_params,
    "receptive-field": receptive_field,
    "sigmoid-derivative": derivative(torch.sigmoid),
    "tanh-derivative": derivative(torch.tanh),
    "softmax": softmax,
    "cross-entropy": cross_entropy,
    "adam-step": adam_step,
    "binary-cross-entropy": binary_cross_entropy,
    "mse-loss": mse_loss,
    "batchnorm-forward": batchnorm_forward,
    "dropout-scale": dropout_scale,
    "sgd-momentum": sgd_momentum,
    "weight-decay-step": weight_decay_step,
    "backprop-chain": backprop_chain,
    "attention-weights": attention_weights,
    "vanishing-sigmoid": vanishing_sigmoid,
    "cosine-lr": cosine_lr,
    "flatten-size": flatten_size,
}


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/dlquiz"
    listed = json.loads(subprocess.run([binary, "exercise", "--json"], check=True, capture_output=True, text=True).stdout)
    names = [e["name"] for e in listed]
    missing = [n for n in names if n not in ORACLES]
    if missing:
        sys.exit(f"no oracle for: {', '.join(missing)}")
    records = []
    for name in names:
        for seed in SEEDS:
            out = subprocess.run([binary, "exercise", name, "--seed", str(seed), "--json"], check=True,
                                 capture_output=True, text=True).stdout
            params = json.loads(out)["params"]
            expected = [float(x) for x in ORACLES[name](params)]
            assert all(math.isfinite(x) for x in expected), (name, seed, expected)
            records.append({"template": name, "seed": seed, "params": params, "expected": expected})
    with open(__file__.rsplit("/", 1)[0] + "/oracle.json", "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(r, separators=(",", ":")) for r in records) + "\n]\n")
    print(f"{len(records)} instances of {len(names)} templates")


if __name__ == "__main__":
    main()
