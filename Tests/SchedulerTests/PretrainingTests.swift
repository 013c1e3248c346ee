import Foundation
import JSONKit
import Testing

@testable import Scheduler

/// The pre-training of w0-w3 against fsrs-rs 6.6.2 (fsrs-rs-python 0.9.3), on hand-made first
/// long-term reviews (Fixtures/optimizer/make_pretrain_fixtures.py): every item is a card's first
/// long-term review, so both stop after pre-training and must give the same initial stabilities,
/// through the outlier filter, the search and its bounds, and `smooth_and_fill`.
@Suite struct PretrainingTests {
    static func cases() throws -> [JSON] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/optimizer/pretrain.json")
        return try JSONParser.parse(String(contentsOf: url, encoding: .utf8))["cases"]?.arrayValue ?? []
    }

    /// Cards reviewed twice: the first rating, then Good (recalled) or Again `delta` study days later.
    static func set(_ groups: [[Int]]) -> TrainingSet {
        var set = TrainingSet()
        for g in groups {
            for label in [UInt8](repeating: 3, count: g[2]) + [UInt8](repeating: 1, count: g[3]) {
                let c = set.cardStart.count - 1
                set.delta += [0, Int32(g[1])]
                set.rating += [UInt8(g[0]), label]
                set.items.append(Int32(set.cardStart[c] + 1))
                set.itemCard.append(Int32(c))
                set.cardStart.append(set.cardStart[c] + 2)
                set.cardIDs.append("c\(c)")
            }
        }
        return set
    }

    @Test func initialStabilitiesMatchFsrsRs() throws {
        let all = try Self.cases()
        #expect(all.count >= 7)
        for fixture in all {
            let name = fixture["name"]!.stringValue!
            let groups = fixture["groups"]!.arrayValue!.map { $0.arrayValue!.map { $0.intValue! } }
            let expected = fixture["parameters"]!.arrayValue!.map { $0.doubleValue! }
            let fit = FSRSOptimizer().fit(Self.set(groups))
            #expect(fit.outcome == .initialStabilityOnly, "\(name)")
            for i in 0..<21 {
                // fsrs-rs works in f32: agree to 1e-5 relative (and 1e-6 absolute near the floor).
                let tolerance = max(1e-6, abs(expected[i]) * 1e-5)
                #expect(abs(fit.parameters[i] - expected[i]) <= tolerance, "\(name) w\(i): \(fit.parameters[i]) vs fsrs-rs \(expected[i])")
            }
        }
    }
}
