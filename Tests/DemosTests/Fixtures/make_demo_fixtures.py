"""Independent numpy computations of the conv, softmax, attention, rnn, optimizers and perceptron demos.

Run once (python3 make_demo_fixtures.py > demo_fixtures.json, numpy 2.4.6); the tests compare
the demos' reports with this file. The demos' inputs come from SplitMix64, re-implemented here;
everything after the inputs is computed with numpy only: convolution by sliding windows,
softmax/cross-entropy by the formulas, attention by matrix products, the recurrent gradients
dL/dh_t by the complex-step method (no backpropagation code shared with TinyTensor), and the
optimisers by their update rules (PyTorch's forms).
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

fixtures = {}
for seed in [1, 2]:
    fixtures[str(seed)] = {"conv": conv(seed), "softmax": softmax(seed), "attention": attention(seed), "rnn": rnn(seed), "optimizers": optimizers(seed), "perceptron": perceptron(seed)}
print(json.dumps(fixtures, indent=1))
