"""Independent numpy computations of the conv, softmax, attention, rnn, optimizers, perceptron,
initialization, regularization, early-stopping, residual, gradient-descent and batchnorm demos.

Run once (python3 make_demo_fixtures.py > demo_fixtures.json, numpy 2.4.6); the tests compare
the demos' reports with this file. The demos' inputs come from SplitMix64, re-implemented here;
everything after the inputs is computed with numpy only: convolution by sliding windows,
softmax/cross-entropy by the formulas, attention by matrix products, the recurrent gradients
dL/dh_t by the complex-step method (no backpropagation code shared with TinyTensor), and the
optimisers by their update rules (PyTorch's forms); the later six by hand-written forward and
backward passes (batch norm's backward by its closed formula), ridge in closed form and lasso by
coordinate descent (the demo uses proximal gradient descent), least squares by numpy's lstsq.
"""
import json, math
import numpy as np

M = (1 << 64) - 1

class SplitMix64:
    def __init__(self, seed): self.s = seed & M
    def next(self):
        self.s = (self.s + 0x9E3779B97F4A7C15) & M; z = self.s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M; z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
        return z ^ (z >> 31)
    def unit(self): return (self.next() >> 11) * 2.0**-53
    def uniform(self, lo, hi): return lo + (hi - lo) * self.unit()
    def normal(self):
        u1 = 1 - self.unit(); u2 = self.unit()
        return math.sqrt(-2 * math.log(u1)) * math.cos(2 * math.pi * u2)

def tolist(a): return np.asarray(a, dtype=float).tolist()

def correlate(img, k, stride=1, pad=0):
    img = np.pad(img, pad)
    n = (img.shape[0] - k.shape[0]) // stride + 1
    return np.array([[np.sum(img[i*stride:i*stride+3, j*stride:j*stride+3] * k) for j in range(n)] for i in range(n)])

def conv(seed):
    rng = SplitMix64(seed)
    img = np.array([[float(rng.next() % 3) + (0 if c < 3 else 7) for c in range(6)] for _ in range(6)])
    k = np.array([[1, 0, -1], [2, 0, -2], [1, 0, -1]], float)
    valid = correlate(img, k)
    pooled = valid.reshape(2, 2, 2, 2).max(axis=(1, 3))
    return {"input": tolist(img), "valid": tolist(valid), "same": tolist(correlate(img, k, pad=1)),
            "stride2": tolist(correlate(img, k, stride=2)), "pooled": tolist(pooled), "receptive_field": 5}

def softmax_np(z):
    e = np.exp(z - z.max(axis=-1, keepdims=True)); return e / e.sum(axis=-1, keepdims=True)

def softmax(seed):
    rng = SplitMix64(seed)
    z = np.array([round(rng.normal() * 20) / 10 for _ in range(5)])
    target = rng.next() % 5
    p = softmax_np(z); y = np.eye(5)[target]
    return {"logits": tolist(z), "target": target, "probabilities": tolist(p), "loss": float(-np.log(p[target])),
            "gradient": tolist(p - y), "temperatures": [{"t": t, "probabilities": tolist(softmax_np(z / t))} for t in [0.5, 1, 2, 5]]}

def attention(seed):
    rng = SplitMix64(seed)
    mat = lambda: np.array([[round(rng.normal() * 10) / 10 for _ in range(2)] for _ in range(4)])
    q, k, v = mat(), mat(), mat()
    s = q @ k.T / math.sqrt(2); w = softmax_np(s)
    masked = np.where(np.tril(np.ones((4, 4))) > 0, s, -np.inf); mw = softmax_np(masked)
    return {"q": tolist(q), "k": tolist(k), "v": tolist(v), "scores": tolist(s), "weights": tolist(w),
            "output": tolist(w @ v), "masked_weights": tolist(mw), "masked_output": tolist(mw @ v)}

def gate(rng, i, h):
    a = 1 / math.sqrt(h)
    draw = lambda n: np.array([rng.uniform(-a, a) for _ in range(n)])
    return draw(i * h).reshape(i, h), draw(h * h).reshape(h, h), draw(h)

sig = lambda z: 1 / (1 + np.exp(-z))

def rnn(seed):
    T, I, H = 30, 2, 8
    rng = SplitMix64(seed)
    xs = [np.array([rng.normal() for _ in range(I)]) for _ in range(T)]
    Wx, Wh, b = gate(rng, I, H)
    lstms = []
    for bias in [1.0, -3.0]:
        g = [gate(rng, I, H) for _ in range(4)]
        g[1] = (g[1][0], g[1][1], g[1][2] + bias)
        lstms.append(g)
    def run_rnn(poke_t, poke):
        h = np.zeros(H, complex)
        for t in range(T):
            h = np.tanh(xs[t] @ Wx + h @ Wh + b)
            if t == poke_t: h = h + poke
        return h.sum()
    def run_lstm(g, poke_t, poke):
        h = np.zeros(H, complex); c = np.zeros(H, complex)
        for t in range(T):
            pre = [xs[t] @ wx + h @ wh + bb for wx, wh, bb in g]
            i, f, gg, o = sig(pre[0]), sig(pre[1]), np.tanh(pre[2]), sig(pre[3])
            c = f * c + i * gg; h = o * np.tanh(c)
            if t == poke_t: h = h + poke
        return h.sum()
    def norms(f):
        out = []
        for t in reversed(range(T)):
            grad = [f(t, 1e-30j * np.eye(H)[j]).imag / 1e-30 for j in range(H)]
            out.append(float(np.linalg.norm(grad)))
        return out
    return {"steps": list(range(T, 0, -1)), "rnn_gradient_norms": norms(run_rnn),
            "lstm_gradient_norms": norms(lambda t, p: run_lstm(lstms[0], t, p)),
            "lstm_low_forget_gradient_norms": norms(lambda t, p: run_lstm(lstms[1], t, p))}

def optimizers(seed):
    rng = SplitMix64(seed)
    start = np.array([-rng.uniform(3, 5), rng.uniform(0.5, 1.5)])
    f = lambda p: (p[0]**2 + 25 * p[1]**2) / 2
    out = []
    for name, lr in [("sgd", 0.07), ("momentum", 0.02), ("rmsprop", 0.1), ("adam", 0.5)]:
        x = start.copy(); v = np.zeros(2); m = np.zeros(2); s = np.zeros(2)
        path = [x.copy()]; reached = None
        for t in range(1, 201):
            g = np.array([x[0], 25 * x[1]])
            if name == "sgd": x = x - lr * g
            elif name == "momentum": v = 0.9 * v + g; x = x - lr * v
            elif name == "rmsprop": s = 0.99 * s + 0.01 * g * g; x = x - lr * g / (np.sqrt(s) + 1e-8)
            else:
                m = 0.9 * m + 0.1 * g; s = 0.999 * s + 0.001 * g * g
                x = x - lr * (m / (1 - 0.9**t)) / (np.sqrt(s / (1 - 0.999**t)) + 1e-8)
            path.append(x.copy())
            if f(x) < 1e-3: reached = t; break
        out.append({"name": name, "lr": lr, "path": tolist(path), "losses": [float(f(p)) for p in path], "steps_to_tolerance": reached})
    return {"start": tolist(start), "optimizers": out}

def perceptron(seed):
    rng = SplitMix64(seed)
    w0 = np.array([rng.uniform(-1, 1), rng.uniform(-1, 1)]); b0 = rng.uniform(-1, 1)
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], float)
    def train(y):
        w, b, errors, zs = w0.copy(), b0, [], []
        for epoch in range(20):
            wrong = 0
            for x, t in zip(X, y):
                z = w @ x + b; zs.append(float(z))
                d = 0.5 * (t - (1.0 if z > 0 else 0.0)); wrong += d != 0
                w = w + d * x; b = b + d
            errors.append(int(wrong))
            if wrong == 0: break
        return {"z": zs, "errors_per_epoch": errors, "converged": errors[-1] == 0, "weights": tolist(w), "bias": float(b)}
    return {"and": train([0, 0, 0, 1]), "xor": train([0, 1, 1, 0])}

def normals(rng, n): return np.array([rng.normal() for _ in range(n)])

def xavier(rng, fi, fo):
    a = math.sqrt(6.0 / (fi + fo)); return np.array([rng.uniform(-a, a) for _ in range(fi * fo)]).reshape(fi, fo)

def he(rng, fi, fo): return math.sqrt(2.0 / fi) * normals(rng, fi * fo).reshape(fi, fo)

def initialization(seed):
    # Forward h = f(h W), backward from dL/dh_L = R, by hand.
    D, W, B = 10, 32, 32
    rng = SplitMix64(seed)
    x = normals(rng, B * W).reshape(B, W); R = normals(rng, B * W).reshape(B, W); wseed = rng.next()
    acts = {"tanh": (np.tanh, lambda z: 1 - np.tanh(z)**2), "relu": (lambda z: np.maximum(z, 0), lambda z: (z > 0) * 1.0)}
    runs = []
    for act in ["tanh", "relu"]:
        for scheme in ["zeros", "small", "xavier", "he"]:
            r = SplitMix64(wseed)
            make = {"zeros": lambda: np.zeros((W, W)), "small": lambda: 0.01 * normals(r, W * W).reshape(W, W),
                    "xavier": lambda: xavier(r, W, W), "he": lambda: he(r, W, W)}[scheme]
            Ws = [make() for _ in range(D)]
            hs, zs = [x], []
            for w in Ws: zs.append(hs[-1] @ w); hs.append(acts[act][0](zs[-1]))
            g = R; gh = [None] * D; gw = [None] * D
            for l in reversed(range(D)):
                gh[l] = g; gz = g * acts[act][1](zs[l]); gw[l] = hs[l].T @ gz; g = gz @ Ws[l].T
            runs.append({"activation": act, "init": scheme, "activation_std": [float(h.std()) for h in hs[1:]],
                         "gradient_std": [float(v.std()) for v in gh], "weight_gradient_norms": [float(np.linalg.norm(v)) for v in gw]})
    return {"runs": runs}

def regularization(seed):
    # Independent of the demo's iterative solvers: ridge in closed form, lasso by coordinate descent.
    n, wt = 50, np.array([3, -2, 1.5, 0, 0, 0, 0, 0, 0, 0], float)
    d = len(wt); rng = SplitMix64(seed)
    X = normals(rng, n * d).reshape(n, d); y = X @ wt + normals(rng, n)
    G, c = X.T @ X / n, X.T @ y / n
    ridge = lambda lam: np.linalg.solve(G + lam * np.eye(d), c)
    def lasso(lam):
        w = np.zeros(d)
        for _ in range(5000):
            for j in range(d):
                rho = c[j] - G[j] @ w + G[j, j] * w[j]
                w[j] = np.sign(rho) * max(abs(rho) - lam / 2, 0) / G[j, j]
        return w
    lams = [0.01, 0.03, 0.1, 0.3, 1, 3]
    l1 = [lasso(l) for l in lams]; l2 = [ridge(l) for l in lams]
    return {"unregularized": tolist(ridge(0)), "lambdas": lams, "l1_paths": tolist(l1), "l2_paths": tolist(l2),
            "l1_exactly_zero": [int(np.sum(w == 0)) for w in l1], "l2_exactly_zero": [int(np.sum(w == 0)) for w in l2],
            "l1_nearly_zero": [int(np.sum(abs(w) < 0.01)) for w in l1], "l2_nearly_zero": [int(np.sum(abs(w) < 0.01)) for w in l2]}

def early_stopping(seed):
    d, n, nv, lr, steps, patience = 18, 20, 50, 0.02, 300, 20
    rng = SplitMix64(seed)
    wt = 0.5 * normals(rng, d)
    X = normals(rng, n * d).reshape(n, d); y = X @ wt + normals(rng, n)
    Xv = normals(rng, nv * d).reshape(nv, d); yv = Xv @ wt + normals(rng, nv)
    w = np.zeros(d); tr, va, ws = [], [], []
    for t in range(steps + 1):
        tr.append(float(np.mean((X @ w - y)**2))); va.append(float(np.mean((Xv @ w - yv)**2))); ws.append(w.copy())
        w = w - lr * 2 * X.T @ (X @ w - y) / n
    best, stopped = 0, None
    for t in range(1, steps + 1):
        if va[t] < va[best]: best = t
        if t - best >= patience: stopped = t; break
    return {"train_losses": tr, "validation_losses": va, "best_step": best, "stopped_step": stopped,
            "restored_weights": tolist(ws[best]), "final_weights": tolist(ws[steps]), "true_weights": tolist(wt)}

def residual(seed):
    D, W, B = 20, 16, 16
    rng = SplitMix64(seed)
    x = normals(rng, B * W).reshape(B, W); y = normals(rng, B).reshape(B, 1)
    Ws = [xavier(rng, W, W) for _ in range(D)]; Wr = xavier(rng, W, 1)
    out = {}
    for skip in [False, True]:
        hs, ss = [x], []
        for w in Ws: s = sig(hs[-1] @ w); ss.append(s); hs.append(hs[-1] + s if skip else s)
        L = float(np.mean((hs[-1] @ Wr - y)**2))
        g = 2 * (hs[-1] @ Wr - y) / B @ Wr.T; norms = [0.0] * D
        for l in reversed(range(D)):
            gz = g * ss[l] * (1 - ss[l]); norms[l] = float(np.linalg.norm(hs[l].T @ gz))
            g = (g if skip else 0) + gz @ Ws[l].T
        out[skip] = (norms, L)
    return {"plain_gradient_norms": out[False][0], "residual_gradient_norms": out[True][0],
            "plain_loss": out[False][1], "residual_loss": out[True][1]}

def gradient_descent(seed):
    n, lr, epochs = 32, 0.05, 20
    rng = SplitMix64(seed)
    X = normals(rng, 2 * n).reshape(n, 2)
    y = np.array([X[i, 0] * 2 - X[i, 1] + 0.5 + 0.3 * rng.normal() for i in range(n)])
    sseed = rng.next()
    A = np.c_[X, np.ones(n)]; beta = np.linalg.lstsq(A, y, rcond=None)[0]
    runs = []
    for name, bs in [("batch", 32), ("mini-batch", 8), ("stochastic", 1)]:
        order = SplitMix64(sseed); w = np.zeros(2); b = 0.0
        full = lambda: float(np.mean((X @ w + b - y)**2))
        losses = [full()]; epoch_losses = [losses[0]]
        for _ in range(epochs):
            perm = list(range(n))
            if bs < n:
                for i in range(n - 1, 0, -1):
                    j = order.next() % (i + 1); perm[i], perm[j] = perm[j], perm[i]
            for s in range(0, n, bs):
                rows = perm[s:s + bs]; e = X[rows] @ w + b - y[rows]
                gw = 2 * X[rows].T @ e / len(rows); gb = 2 * e.sum() / len(rows)
                w = w - lr * gw; b = b - lr * gb; losses.append(full())
            epoch_losses.append(losses[-1])
        ups = sum(1 for a, c in zip(losses, losses[1:]) if c > a)
        runs.append({"name": name, "batch_size": bs, "updates_per_epoch": -(-n // bs), "losses": losses,
                     "epoch_losses": epoch_losses, "uphill_fraction": ups / (len(losses) - 1), "weights": tolist(w), "bias": b})
    return {"optimum_loss": float(np.mean((A @ beta - y)**2)), "runs": runs}

def batchnorm(seed):
    # Training by hand: sigmoid layers, batch norm forward and backward by the formulas, gradient descent.
    n, depth, width, lr, steps, eps = 64, 6, 8, 0.5, 300, 1e-5
    rng = SplitMix64(seed)
    X = np.array([rng.uniform(-2, 2) for _ in range(2 * n)]).reshape(n, 2)
    y = (np.sum(X**2, 1) < 1.6**2).astype(float)[:, None]
    sizes = [2] + [width] * depth + [1]
    W0 = [xavier(rng, sizes[i], sizes[i + 1]) for i in range(len(sizes) - 1)]
    runs = []
    for use in [False, True]:
        Ws = [w.copy() for w in W0]; bs = [np.zeros(w.shape[1]) for w in Ws]
        gam = [np.ones(width) for _ in range(depth)]; bet = [np.zeros(width) for _ in range(depth)]
        rm = [np.zeros(width) for _ in range(depth)]; rv = [np.ones(width) for _ in range(depth)]
        def forward(h, train=True, update=True):
            cache = []
            for l in range(depth):
                z = h @ Ws[l] + bs[l]; xh = var = None
                if use and train:
                    mu, var = z.mean(0), z.var(0); xh = (z - mu) / np.sqrt(var + eps); u = xh * gam[l] + bet[l]
                    if update: rm[l] = 0.9 * rm[l] + 0.1 * mu; rv[l] = 0.9 * rv[l] + 0.1 * var * len(z) / (len(z) - 1)
                elif use: u = (z - rm[l]) / np.sqrt(rv[l] + eps) * gam[l] + bet[l]
                else: u = z
                a = sig(u); cache.append((h, xh, var, a)); h = a
            return sig(h @ Ws[-1] + bs[-1]), h, cache
        losses = []
        for step in range(steps + 1):
            o, h, cache = forward(X)
            pc = np.clip(o, 1e-12, 1 - 1e-12); losses.append(float(-np.mean(y * np.log(pc) + (1 - y) * np.log(1 - pc))))
            stats = [{"mean": float(c[3].mean()), "std": float(c[3].std())} for c in cache]
            if step == steps: after = stats; acc = float(np.mean((o > 0.5) == (y > 0.5))); break
            dz = (pc - y) / (pc * (1 - pc)) * o * (1 - o) / n
            gW = [None] * len(Ws); gb = [None] * len(Ws); gg = [None] * depth; gbe = [None] * depth
            gW[-1] = h.T @ dz; gb[-1] = dz.sum(0); dh = dz @ Ws[-1].T
            for l in reversed(range(depth)):
                hin, xh, var, a = cache[l]; du = dh * a * (1 - a)
                if use:
                    gg[l] = (du * xh).sum(0); gbe[l] = du.sum(0); dxh = du * gam[l]
                    dzz = (dxh - dxh.mean(0) - xh * (dxh * xh).mean(0)) / np.sqrt(var + eps)
                else: dzz = du
                gW[l] = hin.T @ dzz; gb[l] = dzz.sum(0); dh = dzz @ Ws[l].T
            if step == 0: before = stats; first = float(np.linalg.norm(gW[0]))
            for l in range(len(Ws)): Ws[l] = Ws[l] - lr * gW[l]; bs[l] = bs[l] - lr * gb[l]
            if use:
                for l in range(depth): gam[l] = gam[l] - lr * gg[l]; bet[l] = bet[l] - lr * gbe[l]
        runs.append({"batchnorm": use, "losses": losses, "activations_before": before, "activations_after": after,
                     "first_layer_gradient": first, "accuracy": acc})
    A, Bb = list(range(8)), [0] + list(range(8, 15))
    modes = {"running_mean": tolist(rm[0]), "running_variance": tolist(rv[0]), "batch_a_mean": tolist((X[A] @ Ws[0] + bs[0]).mean(0)),
             "eval_a": tolist(forward(X[A], train=False)[0].ravel()), "eval_b": tolist(forward(X[Bb], train=False)[0].ravel()),
             "train_a": tolist(forward(X[A], update=False)[0].ravel()), "train_b": tolist(forward(X[Bb], update=False)[0].ravel())}
    return {"runs": runs, "train_vs_eval": modes}

fixtures = {}
for seed in [1, 2]:
    fixtures[str(seed)] = {"conv": conv(seed), "softmax": softmax(seed), "attention": attention(seed), "rnn": rnn(seed), "optimizers": optimizers(seed), "perceptron": perceptron(seed),
                        "initialization": initialization(seed), "regularization": regularization(seed), "early_stopping": early_stopping(seed),
                        "residual": residual(seed), "gradient_descent": gradient_descent(seed), "batchnorm": batchnorm(seed)}
print(json.dumps(fixtures, indent=1))
