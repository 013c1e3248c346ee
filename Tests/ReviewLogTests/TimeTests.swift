import Foundation
import Testing

@testable import ReviewLog

@Suite struct TimeTests {
    @Test func parsesAndFormatsMicroseconds() {
        let m = Moment.parse("2026-03-01T10:00:00.25Z")!
        #expect(m.micros == 1_772_359_200_250_000)
        #expect(m.iso == "2026-03-01T10:00:00.25Z")
        #expect(Moment.parse("2026-03-01T11:00:00+01:00") == Moment.parse("2026-03-01T10:00:00Z"))
        #expect(Moment.parse("2026-02-30T10:00:00Z") == nil)
        #expect(Moment.parse("2026-03-01T10:00:00Zjunk") == nil)
        #expect(Moment(seconds: 0).iso == "1970-01-01T00:00:00Z")
    }

    /// The one formatter and parser against Foundation's ISO8601DateFormatter (the oracle), over
    /// 5,000 instants from 1906 to 2223: the same text both ways.
    @Test func formatAndParseAgreeWithFoundation() {
        let oracle = ISO8601DateFormatter()
        oracle.formatOptions = [.withInternetDateTime]
        oracle.timeZone = TimeZone(identifier: "UTC")
        var x: UInt64 = 12345
        for _ in 0..<5000 {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let seconds = Int64(x >> 33) % 8_000_000_000 - 2_000_000_000  // 1906 ... 2223
            let m = Moment(seconds: seconds)
            let expected = oracle.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
            #expect(ISOTime.format(m) == expected)
            #expect(ISOTime.parse(expected) == m)
        }
        #expect(Moment.parse("2024-02-29T23:59:59Z")!.iso == "2024-02-29T23:59:59Z")
        #expect(Moment(micros: -1).iso == "1969-12-31T23:59:59.999999Z")
        #expect(ISOTime.format(Moment(seconds: 253_402_300_800)) == "10000-01-01T00:00:00Z")
    }

    @Test func wholeDaysFloorLikeTimedelta() {
        let a = Moment(seconds: 0)
        #expect(Moment(seconds: 86_399).wholeDays(since: a) == 0)
        #expect(Moment(seconds: 86_400).wholeDays(since: a) == 1)
        #expect(Moment(seconds: -1).wholeDays(since: a) == -1)
    }
}
