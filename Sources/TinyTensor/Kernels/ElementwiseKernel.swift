/// The loops behind elementwise ops, on raw buffers: element access to a class's arrays
/// through the safe API costs bounds and exclusivity checks the XOR benchmark notices.
/// Every function is `@inline(__always)` so the op's closure is inlined into the loop.
enum ElementwiseKernel {
    /// y[i] = f(x[i]).
    @inline(__always)
    static func map(_ x: [Double], _ f: (Double) -> Double) -> [Double] {
        var out = [Double](repeating: 0, count: x.count)
        x.withUnsafeBufferPointer { x in
            out.withUnsafeMutableBufferPointer { y in
                for i in 0..<x.count { y[i] = f(x[i]) }
            }
        }
        return out
    }

    /// out[i] = f(a[i], b[i], c[i]) for three arrays of one length (e.g. g, x, y in a backward step).
    @inline(__always)
    static func map(_ a: [Double], _ b: [Double], _ c: [Double], _ f: (Double, Double, Double) -> Double) -> [Double] {
        var out = [Double](repeating: 0, count: a.count)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeBufferPointer { c in
                    out.withUnsafeMutableBufferPointer { o in
                        for i in 0..<a.count { o[i] = f(a[i], b[i], c[i]) }
                    }
                }
            }
        }
        return out
    }

    /// out[i] = f(x[ix], y[iy]) over the broadcast result, reading each operand through `plan`.
    @inline(__always)
    static func map(_ x: [Double], _ y: [Double], _ plan: Broadcast, _ f: (Double, Double) -> Double) -> [Double] {
        var out = [Double](repeating: 0, count: plan.count)
        x.withUnsafeBufferPointer { x in
            y.withUnsafeBufferPointer { y in
                out.withUnsafeMutableBufferPointer { o in
                    plan.forEach { i, ix, iy in o[i] = f(x[ix], y[iy]) }
                }
            }
        }
        return out
    }

    /// The backward of a broadcast binary op: `f(g, x, y)` gives one output element's
    /// contributions (to x, to y), summed into each operand's shape (empty when not `wantX`/`wantY`).
    @inline(__always)
    static func unbroadcast(
        _ g: [Double], _ x: [Double], _ y: [Double], _ plan: Broadcast, wantX: Bool, wantY: Bool,
        _ f: (Double, Double, Double) -> (Double, Double)
    ) -> (dx: [Double], dy: [Double]) {
        var dx = wantX ? [Double](repeating: 0, count: x.count) : []
        var dy = wantY ? [Double](repeating: 0, count: y.count) : []
        g.withUnsafeBufferPointer { g in
            x.withUnsafeBufferPointer { x in
                y.withUnsafeBufferPointer { y in
                    dx.withUnsafeMutableBufferPointer { dx in
                        dy.withUnsafeMutableBufferPointer { dy in
                            plan.forEach { i, ix, iy in
                                let (toX, toY) = f(g[i], x[ix], y[iy])
                                if wantX { dx[ix] += toX }
                                if wantY { dy[iy] += toY }
                            }
                        }
                    }
                }
            }
        }
        return (dx, dy)
    }

    /// acc[i] += g[i].
    @inline(__always)
    static func add(_ g: [Double], into acc: inout [Double]) {
        acc.withUnsafeMutableBufferPointer { acc in
            g.withUnsafeBufferPointer { g in
                for i in 0..<acc.count { acc[i] += g[i] }
            }
        }
    }
}
