import ReviewLog
import Scheduler

/// The end-of-session line: reviewed, again-rate, next due.
enum StudySummary {
    static func line(
        reviewed: Int, againRate: Double?, nextDue: Moment?, now: Moment, cram: Bool, learningLater: Int = 0,
        learningReturns: Moment? = nil, newLimitNote: String? = nil
    ) -> String {
        var parts = ["reviewed \(reviewed) card\(reviewed == 1 ? "" : "s")"]
        if let againRate { parts.append("again \(Int((againRate * 100).rounded()))%") }
        if learningLater > 0 { parts.append("\(learningLater) learning card\(learningLater == 1 ? "" : "s") due later today") }
        if let learningReturns, learningReturns > now {
            parts.append("the next learning card returns in \(IntervalText.short(micros: learningReturns.micros - now.micros)) (\(learningReturns.iso))")
        }
        if let newLimitNote { parts.append(newLimitNote) }
        if cram {
            parts.append("cram: schedule unchanged")
        } else if let nextDue {
            let wait = nextDue.micros - now.micros
            parts.append("next due " + nextDue.iso + (wait > 0 ? " (in \(IntervalText.short(micros: wait)))" : " (now)"))
        } else {
            parts.append("nothing scheduled yet")
        }
        return "Session over: " + parts.joined(separator: " · ")
    }
}
