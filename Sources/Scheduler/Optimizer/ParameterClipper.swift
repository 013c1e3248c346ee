#if canImport(Glibc)
import Glibc
#endif

/// fsrs-rs's FSRS-6 parameter clipping, applied after every Adam step and to anything saved.
///
/// Bounds as fsrs-rs (with short-term memory on): w19 at least 0.01; w17 and w18 at most 2, or
/// lower when there is more than one relearning step, so that relearning cannot raise stability.
/// Every bound lies within `FSRSParameters`'s, so a clipped vector always validates.
public enum ParameterClipper {
    public static func clip(_ w: [Double], relearningSteps: Int = 1) -> [Double] {
        var w = w
        clip(&w, relearningSteps: relearningSteps)
        return w
    }

    public static func clip(_ w: inout [Double], relearningSteps: Int = 1) {
        var ceiling = 2.0
        if relearningSteps > 1 {
            let x = -(log(w[11]) + log(pow(2, w[13]) - 1) + w[14] * 0.3) / Double(relearningSteps)
            ceiling = min(max(x, 0.01).squareRoot(), 2)
        }
        let bounds: [(Double, Double)] = [
            (0.001, 100), (0.001, 100), (0.001, 100), (0.001, 100), (1, 10), (0.001, 4), (0.001, 4),
            (0.001, 0.75), (0, 4.5), (0, 0.8), (0.001, 3.5), (0.001, 5), (0.001, 0.25), (0.001, 0.9),
            (0, 4), (0, 1), (1, 6), (0, ceiling), (0, ceiling), (0.01, 0.8), (0.1, 0.8),
        ]
        for i in 0..<21 {
            let (lo, hi) = bounds[i]
            w[i] = w[i].isNaN ? FSRSParameters.defaultWeights[i] : min(max(w[i], lo), hi)
        }
    }
}
