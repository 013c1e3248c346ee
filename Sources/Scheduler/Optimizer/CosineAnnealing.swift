#if canImport(Glibc)
import Glibc
#endif

/// The learning-rate schedule of fsrs-rs (`CosineAnnealingLR`, PyTorch's recursive form, eta_min 0):
/// one step per batch over `tMax` steps.
struct CosineAnnealing {
    let tMax: Double
    let initial: Double
    private(set) var rate: Double
    private var stepCount = 0.0

    init(tMax: Double, initial: Double) {
        self.tMax = tMax
        self.initial = initial
        rate = initial
    }

    /// The rate for the next batch.
    mutating func step() -> Double {
        stepCount += 1
        if (stepCount - 1 - tMax).truncatingRemainder(dividingBy: 2 * tMax) == 0 {
            rate = initial * (1 - cos(Double.pi / tMax)) / 2
        } else {
            rate = (1 + cos(Double.pi * stepCount / tMax)) / (1 + cos(Double.pi * (stepCount - 1) / tMax)) * rate
        }
        return rate
    }
}
