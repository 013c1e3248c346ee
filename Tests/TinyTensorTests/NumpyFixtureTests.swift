import Testing
import TinyTensor

/// Forward and backward values computed independently with numpy (gradients derived by hand
/// there, no autodiff), by the script below, run with numpy 2.4.6; the numbers are its output.
///
/// ```python
/// import numpy as np
/// def r(a): return "[" + ", ".join(repr(float(v)) for v in np.asarray(a).ravel()) + "]"
/// # 1. A 2-3-1 tanh/sigmoid network on XOR, mean BCE; gradients by hand in numpy.
/// X = np.array([[0,0],[0,1],[1,0],[1,1]], float); y = np.array([[0],[1],[1],[0]], float)
/// W1 = np.array([[0.5,-0.3,0.8],[-0.6,0.9,0.2]]); b1 = np.array([0.1,-0.2,0.05])
/// W2 = np.array([[0.7],[-1.1],[0.4]]); b2 = np.array([0.3])
/// z1 = X@W1+b1; h = np.tanh(z1); z2 = h@W2+b2; o = 1/(1+np.exp(-z2))
/// loss = -np.mean(y*np.log(o)+(1-y)*np.log(1-o))
/// dz2 = (o-y)/4; dW2 = h.T@dz2; db2 = dz2.sum(0); dh = dz2@W2.T; dz1 = dh*(1-h**2); dW1 = X.T@dz1; db1 = dz1.sum(0)
/// print("xor_out", r(o)); print("xor_loss", repr(float(loss)))
/// print("xor_dW1", r(dW1)); print("xor_db1", r(db1)); print("xor_dW2", r(dW2)); print("xor_db2", r(db2))
/// # 2. Softmax cross-entropy on logits [3,4].
/// L = np.array([[1.0,2.0,0.5,-1.0],[0.1,0.2,0.3,0.4],[3.0,-2.0,0.0,1.5]]); t = [1,3,0]
/// m = L.max(1, keepdims=True); e = np.exp(L-m); s = e/e.sum(1, keepdims=True)
/// ce = -np.mean(np.log(s[np.arange(3), t])); oh = np.eye(4)[t]; dL = (s-oh)/3
/// print("ce_softmax", r(s)); print("ce_loss", repr(float(ce))); print("ce_dlogits", r(dL))
/// # 3. Broadcasting: out = a*b + c, a [2,3], b [3], c [2,1]; loss = sum(out*R).
/// a = np.array([[1.0,-2.0,3.0],[0.5,4.0,-1.5]]); b = np.array([2.0,-0.5,1.25]); c = np.array([[0.3],[-0.7]])
/// R = np.array([[0.1,0.2,-0.3],[0.4,-0.5,0.6]])
/// out = a*b+c; print("bc_out", r(out)); print("bc_loss", repr(float((out*R).sum())))
/// print("bc_da", r(R*b)); print("bc_db", r((R*a).sum(0))); print("bc_dc", r(R.sum(1, keepdims=True)))
/// # 4. max over axis 1 and mean over axis 0 of a [2,3]; loss = sum(max1*[1,2]) + sum(mean0*[1,-1,2]).
/// mx = a.max(1); mn = a.mean(0); lossr = (mx*np.array([1.0,2.0])).sum() + (mn*np.array([1.0,-1.0,2.0])).sum()
/// da = np.zeros_like(a); idx = a.argmax(1); da[0, idx[0]] += 1; da[1, idx[1]] += 2; da += np.array([1.0,-1.0,2.0])/2
/// print("red_max", r(mx)); print("red_mean", r(mn)); print("red_loss", repr(float(lossr))); print("red_da", r(da))
/// # 5. MSE.
/// p = np.array([0.2,0.9,-0.4,1.7]); q = np.array([0.0,1.0,0.5,1.0])
/// print("mse_loss", repr(float(np.mean((p-q)**2)))); print("mse_dp", r(2*(p-q)/4))
/// ```
@Suite struct NumpyFixtureTests {
    func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-12) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { Swift.abs($0 - $1) <= tolerance * Swift.max(1, Swift.abs($1)) }
    }

    @Test func xorNetworkForwardAndBackward() {
        let x = Tensor(rows: [[0, 0], [0, 1], [1, 0], [1, 1]])
        let y = Tensor([0, 1, 1, 0], shape: [4, 1])
        let w1 = Tensor(rows: [[0.5, -0.3, 0.8], [-0.6, 0.9, 0.2]], requiresGrad: true)
        let b1 = Tensor([0.1, -0.2, 0.05], shape: [3], requiresGrad: true)
        let w2 = Tensor([0.7, -1.1, 0.4], shape: [3, 1], requiresGrad: true)
        let b2 = Tensor([0.3], shape: [1], requiresGrad: true)
        let out = ((x.matmul(w1) + b1).tanh().matmul(w2) + b2).sigmoid()
        let loss = Loss.binaryCrossEntropy(out, y)
        loss.backward()
        #expect(close(out.data, [0.6472250606151799, 0.3565616413097546, 0.8116383933877853, 0.5485413017890995]))
        #expect(close([loss.item], [0.7692862228814621]))
        #expect(close(w1.grad, [0.0725387899597629, -0.08833458014705997, 0.011485680626799583, 0.007439366076421788, -0.016757788741149915, -0.039158037186706594]))
        #expect(close(b1.grad, [0.09612267836677886, -0.1470732884528115, 0.015562488572683296]))
        #expect(close(w2.grad, [0.06517300244559227, -0.055289208899145084, 0.043356592910506454]))
        #expect(close(b2.grad, [0.09099159927545483]))
    }

    @Test func softmaxCrossEntropy() {
        let logits = Tensor(rows: [[1.0, 2.0, 0.5, -1.0], [0.1, 0.2, 0.3, 0.4], [3.0, -2.0, 0.0, 1.5]], requiresGrad: true)
        let loss = Loss.crossEntropy(logits: logits, targets: [1, 3, 0])
        loss.backward()
        #expect(close(logits.softmax().data, [0.22420781804820114, 0.6094600375988771, 0.1359889157935055, 0.030343228559416225, 0.21383822036598443, 0.23632778232153764, 0.26118259215507555, 0.28865140515740234, 0.7814605208760645, 0.005265439571540645, 0.0389066283796432, 0.17436741117275167]))
        #expect(close([loss.item], [0.6614360250169393]))
        #expect(close(logits.grad, [0.07473593934940038, -0.13017998746704096, 0.04532963859783517, 0.010114409519805408, 0.07127940678866147, 0.07877592744051255, 0.08706086405169185, -0.23711619828086591, -0.07284649304131181, 0.0017551465238468816, 0.012968876126547733, 0.058122470390917225]))
    }

    @Test func broadcasting() {
        let a = Tensor(rows: [[1.0, -2.0, 3.0], [0.5, 4.0, -1.5]], requiresGrad: true)
        let b = Tensor([2.0, -0.5, 1.25], shape: [3], requiresGrad: true)
        let c = Tensor([0.3, -0.7], shape: [2, 1], requiresGrad: true)
        let r = Tensor(rows: [[0.1, 0.2, -0.3], [0.4, -0.5, 0.6]])
        let out = a * b + c
        let loss = (out * r).sum()
        loss.backward()
        #expect(out.shape == [2, 3])
        #expect(close(out.data, [2.3, 1.3, 4.05, 0.30000000000000004, -2.7, -2.575]))
        #expect(close([loss.item], [-0.7999999999999999]))
        #expect(close(a.grad, [0.2, -0.1, -0.375, 0.8, 0.25, 0.75]))
        #expect(close(b.grad, [0.30000000000000004, -2.4, -1.7999999999999998]))
        #expect(c.shape == [2, 1])
        #expect(close(c.grad, [5.551115123125783e-17, 0.5]))
    }

    @Test func maxAndMeanOverAxes() {
        let a = Tensor(rows: [[1.0, -2.0, 3.0], [0.5, 4.0, -1.5]], requiresGrad: true)
        let rowMax = a.max(axes: [1]), columnMean = a.mean(axes: [0])
        let loss = (rowMax * Tensor([1.0, 2.0], shape: [2])).sum() + (columnMean * Tensor([1.0, -1.0, 2.0], shape: [3])).sum()
        loss.backward()
        #expect(close(rowMax.data, [3.0, 4.0]))
        #expect(close(columnMean.data, [0.75, 1.0, 0.75]))
        #expect(close([loss.item], [12.25]))
        #expect(close(a.grad, [0.5, -0.5, 2.0, 0.5, 1.5, 1.0]))
    }

    @Test func meanSquaredError() {
        let p = Tensor([0.2, 0.9, -0.4, 1.7], shape: [4], requiresGrad: true)
        let loss = Loss.meanSquaredError(p, Tensor([0.0, 1.0, 0.5, 1.0], shape: [4]))
        loss.backward()
        #expect(close([loss.item], [0.3375]))
        #expect(close(p.grad, [0.1, -0.04999999999999999, -0.45, 0.35]))
    }
}
