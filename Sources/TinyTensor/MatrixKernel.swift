/// Plain loops for the three matrix products that matmul's forward and backward need.
/// Row-major; i-k-j order so the inner loop walks memory contiguously.
enum MatrixKernel {
    /// C[m,n] = A[m,k] · B[k,n]
    static func multiply(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
        var c = [Double](repeating: 0, count: m * n)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    for i in 0..<m {
                        for p in 0..<k {
                            let aip = a[i * k + p]
                            if aip == 0 { continue }
                            for j in 0..<n { c[i * n + j] += aip * b[p * n + j] }
                        }
                    }
                }
            }
        }
        return c
    }

    /// C[m,k] = G[m,n] · B[k,n]ᵀ  (the gradient reaching A in A·B).
    static func multiplyByTransposed(_ g: [Double], _ b: [Double], m: Int, n: Int, k: Int) -> [Double] {
        var c = [Double](repeating: 0, count: m * k)
        g.withUnsafeBufferPointer { g in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    for i in 0..<m {
                        for p in 0..<k {
                            var s = 0.0
                            for j in 0..<n { s += g[i * n + j] * b[p * n + j] }
                            c[i * k + p] = s
                        }
                    }
                }
            }
        }
        return c
    }

    /// C[k,n] = A[m,k]ᵀ · G[m,n]  (the gradient reaching B in A·B).
    static func transposedMultiply(_ a: [Double], _ g: [Double], m: Int, k: Int, n: Int) -> [Double] {
        var c = [Double](repeating: 0, count: k * n)
        a.withUnsafeBufferPointer { a in
            g.withUnsafeBufferPointer { g in
                c.withUnsafeMutableBufferPointer { c in
                    for i in 0..<m {
                        for p in 0..<k {
                            let aip = a[i * k + p]
                            if aip == 0 { continue }
                            for j in 0..<n { c[p * n + j] += aip * g[i * n + j] }
                        }
                    }
                }
            }
        }
        return c
    }
}
