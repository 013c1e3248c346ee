import Testing
import TinyTensor

@testable import Demos

/// Values computed independently with numpy, with SplitMix64, Xavier/He and Box–Muller
/// re-implemented in Python (the script is in the comment of `NumpyDemoFixtures`).
/// Tolerances are relative 1e-9; the observed differences were below 1e-15.
enum NumpyDemoFixtures {
    /* Python (numpy 2.4.6):
    import math, numpy as np
    def r(a): return "[" + ", ".join(repr(float(v)) for v in np.asarray(a).ravel()) + "]"
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
    def weights(kind, fi, fo, rng):
        if kind == "xavier":
            a = math.sqrt(6.0 / (fi + fo)); return np.array([rng.uniform(-a, a) for _ in range(fi * fo)]).reshape(fi, fo)
        sd = math.sqrt(2.0 / fi); return np.array([sd * rng.normal() for _ in range(fi * fo)]).reshape(fi, fo)
    suited = {"sigmoid": "xavier", "tanh": "xavier", "relu": "he"}
    sig = lambda z: 1/(1+np.exp(-z))
    # backprop, seed 1, tanh, H=4, lr 0.5, 2000 steps
    rng = SplitMix64(1); W1 = weights("xavier", 2, 4, rng); b1 = np.zeros(4); W2 = weights("xavier", 4, 1, rng); b2 = np.zeros(1)
    X = np.array([[0,0],[0,1],[1,0],[1,1]], float); y = np.array([[0],[1],[1],[0]], float)
    def step(W1, b1, W2, b2):
        z1 = X@W1+b1; h = np.tanh(z1); o = sig(h@W2+b2); L = -np.mean(y*np.log(o)+(1-y)*np.log(1-o))
        dz2 = (o-y)/4; dz1 = (dz2@W2.T)*(1-h**2)
        return o, L, X.T@dz1, dz1.sum(0), h.T@dz2, dz2.sum(0)
    o, L, gW1, gb1, gW2, gb2 = step(W1, b1, W2, b2)
    print("bp_W1", r(W1)); print("bp_W2", r(W2)); print("bp_loss", repr(float(L)))
    print("bp_gW1", r(gW1)); print("bp_gb1", r(gb1)); print("bp_gW2", r(gW2)); print("bp_gb2", r(gb2))
    for _ in range(2000):
        o, L, gW1, gb1, gW2, gb2 = step(W1, b1, W2, b2)
        W1 -= 0.5*gW1; b1 -= 0.5*gb1; W2 -= 0.5*gW2; b2 -= 0.5*gb2
    o, L, *_ = step(W1, b1, W2, b2)
    print("bp_final_out", r(o)); print("bp_final_loss", repr(float(L)))
    # activations depth experiment for seed 42, one network per activation
    f = {"sigmoid": sig, "tanh": np.tanh, "relu": lambda z: np.maximum(z, 0)}
    fp = {"sigmoid": lambda z: sig(z)*(1-sig(z)), "tanh": lambda z: 1-np.tanh(z)**2, "relu": lambda z: (z > 0)*1.0}
    for act in ["sigmoid", "tanh", "relu"]:
        rng = SplitMix64(42)
        x = np.array([rng.normal() for _ in range(256)]).reshape(16, 16); yy = np.array([rng.normal() for _ in range(16)]).reshape(16, 1)
        Ws = [weights(suited[act], 16, 16, rng) for _ in range(20)]; Wr = weights("xavier", 16, 1, rng)
        norms = []
        for depth in range(2, 21):
            hs = [x]; zs = []
            for W in Ws[:depth]:
                z = hs[-1] @ W; zs.append(z); hs.append(f[act](z))
            g = (2 * (hs[-1] @ Wr - yy) / 16) @ Wr.T
            for i in reversed(range(depth)):
                g = g * fp[act](zs[i])
                if i == 0: gW1 = hs[0].T @ g
                g = g @ Ws[i].T
            norms.append(np.linalg.norm(gW1))
        print("depth_" + act, r(norms))
    */
    static let backpropW1: [Double] = [0.1331231503445618, 0.49156351452540226, 0.9420055071735924, -0.11128156588845584, -0.1114705983472839, 0.525788783823522, 0.754697373528346, 0.04613435970196278]
    static let backpropW2: [Double] = [-0.4699269277789646, 0.6441142910047832, -0.21001398529883297, 0.23096445643322205]
    static let backpropLoss = 0.6952532811074369
    static let backpropGradW1: [Double] = [-0.01045496146630747, -0.024781371544784415, 0.00796833212477632, 0.004867870083016652, -0.015591018621780868, -0.017030012328589264, 0.009962397385737213, 0.007280054939602321]
    static let backpropGradB1: [Double] = [-0.018090542240154564, 0.001298086022611028, -0.00457002935673472, 0.008361332969932238]
    static let backpropGradW2: [Double] = [-0.0008238577597866528, 0.0005936209255403349, -0.02715047218110124, -0.0008137038178343704]
    static let backpropGradB2: [Double] = [0.03507261321668398]
    static let backpropFinalOutput: [Double] = [0.0018118546980999705, 0.9988937143001837, 0.9972119030411424, 0.0034868551344407568]
    static let backpropFinalLoss = 0.002301333875139927
    static let depthSigmoid: [Double] = [0.11956479575170623, 0.024326437651096124, 0.010471502535210968, 0.0012873182724174666, 0.0004889726292430053, 8.654858665324822e-05, 3.0529233812728285e-05, 7.971838640894394e-06, 3.095923379697514e-06, 6.529790622891604e-07, 1.3530819523156518e-07, 3.6059113088220214e-08, 1.1551342778362018e-08, 1.998206621381778e-09, 6.200748378927902e-10, 1.7261068828858836e-11, 6.727540575626558e-12, 4.098040104024188e-12, 6.809144264491639e-13]
    static let depthTanh: [Double] = [1.314368334416801, 1.2637369650714276, 1.6098039512229738, 0.7739921110200925, 0.6073580502736491, 0.9873146697987452, 1.3011590167378808, 1.3497753275674431, 1.8506111235516998, 2.084413679557015, 1.7682609912901732, 0.6538568689327495, 1.2790029263478937, 1.0344070554637272, 1.4345872830001536, 0.13922292953310056, 0.2309126138247315, 0.6607946141481831, 0.3738788099187292]
    static let depthReLU: [Double] = [5.864639153402801, 4.225767196415032, 1.7649300902853347, 3.993004013871949, 3.81422392312097, 1.6265184654250147, 3.773650689907772, 0.6602711548262561, 0.45886735587916216, 0.6107573326982865, 0.38407408461840103, 0.1338100637184139, 0.2557025329299298, 0.33615196666722763, 0.30380423564131215, 0.05417578437415564, 0.15882982575593052, 0.20435618113155044, 0.1074186124854318]

    static func close(_ a: [Double], _ b: [Double], relative: Double = 1e-9) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { Swift.abs($0 - $1) <= relative * Swift.max(Swift.abs($1), 1e-300) }
    }
}
