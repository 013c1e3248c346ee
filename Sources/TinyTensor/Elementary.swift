#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C maths library under names that do not clash with Tensor's methods of the same name
/// (public so demos compute with exactly the same functions).
public enum Elementary {
    @inline(__always) public static func exp(_ x: Double) -> Double { libmexp(x) }
    @inline(__always) public static func log(_ x: Double) -> Double { libmlog(x) }
    @inline(__always) public static func pow(_ x: Double, _ p: Double) -> Double { libmpow(x, p) }
    @inline(__always) public static func sqrt(_ x: Double) -> Double { x.squareRoot() }
    @inline(__always) public static func tanh(_ x: Double) -> Double { libmtanh(x) }
    @inline(__always) public static func cos(_ x: Double) -> Double { libmcos(x) }
    @inline(__always) public static func sin(_ x: Double) -> Double { libmsin(x) }
}

@inline(__always) private func libmexp(_ x: Double) -> Double { exp(x) }
@inline(__always) private func libmlog(_ x: Double) -> Double { log(x) }
@inline(__always) private func libmpow(_ x: Double, _ p: Double) -> Double { pow(x, p) }
@inline(__always) private func libmtanh(_ x: Double) -> Double { tanh(x) }
@inline(__always) private func libmcos(_ x: Double) -> Double { cos(x) }
@inline(__always) private func libmsin(_ x: Double) -> Double { sin(x) }
