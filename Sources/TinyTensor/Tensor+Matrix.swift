/// Matrix product, transpose and reshape.
extension Tensor {
    /// A[m,k] · B[k,n] → [m,n].   ∂/∂A = G·Bᵀ,  ∂/∂B = Aᵀ·G.
    public func matmul(_ other: Tensor) -> Tensor {
        let a = self, b = other
        precondition(
            a.shape.count == 2 && b.shape.count == 2 && a.shape[1] == b.shape[0],
            "matmul: shapes \(a.shape) and \(b.shape) do not fit (need [m,k] and [k,n])")
        let m = a.shape[0], k = a.shape[1], n = b.shape[1]
        let out = MatrixKernel.multiply(a.data, b.data, m: m, k: k, n: n)
        return Tensor(result: out, shape: [m, n], op: "matmul", parents: [a, b]) { result in
            let g = result.gradStorage
            if a.requiresGrad { a.accumulateGrad(MatrixKernel.multiplyByTransposed(g, b.data, m: m, n: n, k: k)) }
            if b.requiresGrad { b.accumulateGrad(MatrixKernel.multiply(a.data, g, m: m, k: k, n: n, transposeA: true)) }
        }
    }

    /// The transpose of a 2-D tensor.   The gradient is transposed back.
    public func transposed() -> Tensor {
        precondition(shape.count == 2, "transposed: needs a 2-D tensor, got shape \(shape)")
        let rows = shape[0], cols = shape[1]
        let out = MatrixKernel.transpose(data, rows: rows, cols: cols)
        return Tensor(result: out, shape: [cols, rows], op: "transpose", parents: [self]) { [self] result in
            accumulateGrad(MatrixKernel.transpose(result.gradStorage, rows: cols, cols: rows))
        }
    }

    /// The same values in another shape with the same element count.   The gradient is reshaped back.
    public func reshaped(_ newShape: [Int]) -> Tensor {
        precondition(
            Tensor.count(of: newShape) == count && newShape.allSatisfy { $0 >= 0 },
            "reshaped: cannot reshape shape \(shape) (\(count) elements) into shape \(newShape)")
        return Tensor(result: data, shape: newShape, op: "reshape", parents: [self]) { [self] result in
            accumulateGrad(result.gradStorage)
        }
    }
}
