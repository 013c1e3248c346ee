/// Plain loops for the three matrix products that matmul's forward and backward need.
/// Row-major; i-k-j order so the inner loop walks both rows contiguously (and vectorises:
/// row pointers keep overflow-checked index arithmetic out of it).
enum MatrixKernel {
    /// C[m,n] = A[m,k] · B[k,n]
    static func multiply(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
        var c = [Double](repeating: 0, count: m * n)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    guard let a = a.baseAddress, let b = b.baseAddress, let c = c.baseAddress else { return }
                    for i in 0..<m {
                        let cRow = c + i * n
                        for p in 0..<k {
                            let aip = a[i * k + p]
                            if aip == 0 { continue }
                            let bRow = b + p * n
                            for j in 0..<n { cRow[j] += aip * bRow[j] }
                        }
                    }
                }
            }
        }
        return c
    }

    /// C[m,k] = G[m,n] · B[k,n]ᵀ  (the gradient reaching A in A·B). Transposing B first turns
    /// the dot products (a sequential sum) into the vectorisable row updates of `multiply`.
    static func multiplyByTransposed(_ g: [Double], _ b: [Double], m: Int, n: Int, k: Int) -> [Double] {
        multiply(g, Tensor.transpose(b, rows: k, cols: n), m: m, k: n, n: k)
    }

    /// C[k,n] = A[m,k]ᵀ · G[m,n]  (the gradient reaching B in A·B).
    static func transposedMultiply(_ a: [Double], _ g: [Double], m: Int, k: Int, n: Int) -> [Double] {
        var c = [Double](repeating: 0, count: k * n)
        a.withUnsafeBufferPointer { a in
            g.withUnsafeBufferPointer { g in
                c.withUnsafeMutableBufferPointer { c in
                    guard let a = a.baseAddress, let g = g.baseAddress, let c = c.baseAddress else { return }
                    for i in 0..<m {
                        let gRow = g + i * n
                        for p in 0..<k {
                            let aip = a[i * k + p]
                            if aip == 0 { continue }
                            let cRow = c + p * n
                            for j in 0..<n { cRow[j] += aip * gRow[j] }
                        }
                    }
                }
            }
        }
        return c
    }
}
