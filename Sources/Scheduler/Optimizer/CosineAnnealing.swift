#if canImport(Glibc)
import Glibc
#endif

/// The learning-rate schedule of fsrs-rs (`CosineAnnealingLR`, PyTorch's recursive form, eta_min 0):
/// one step per batch over `tMax` steps.
///
/// fsrs 6.6.2 (the crate in fsrs-rs-python 0.9.3) steps Adam with the rate *before* each scheduler
/// update: the first batch gets the full initial rate, the k-th `initial·(1 + cos(π(k−1)/tMax))/2`.
/// The stored `training.rs` reads `let lr = lr_scheduler.step()`, which would start one notch lower;
/// but with one batch per epoch (no shuffle involved) fsrs-rs-python's fit after 2 and 3 epochs
/// matches this schedule to 4 decimals on every parameter and not the other.
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

    /// The rate for the next batch (the current one), then the schedule moves on.
    mutating func step() -> Double {
        let current = rate
        advance()
        return current
    }

    private mutating func advance() {
        stepCount += 1
        if (stepCount - 1 - tMax).truncatingRemainder(dividingBy: 2 * tMax) == 0 {
            rate = initial * (1 - cos(Double.pi / tMax)) / 2
        } else {
            rate = (1 + cos(Double.pi * stepCount / tMax)) / (1 + cos(Double.pi * (stepCount - 1) / tMax)) * rate
        }
    }
}
