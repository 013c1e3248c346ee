import Exercises
import Testing

/// The ways of writing an answer that the issue lists, and input that must be refused, not graded.
@Suite struct AnswerReaderTests {
    func read(_ text: String, _ form: AnswerForm) -> [Double]? { try? AnswerReader.read(text, form: form).get() }

    @Test func numbersAsPeopleWriteThem() {
        #expect(read("0.25", .real) == [0.25])
        #expect(read(".25", .real) == [0.25])
        #expect(read("1/4", .real) == [0.25])
        #expect(read("25%", .real) == [0.25])
        #expect(read("-0.5", .real) == [-0.5])
        #expect(read("−0.5", .real) == [-0.5])  // a typographic minus
        #expect(read("1.2e3", .count) == [1200])
        #expect(read("1,234", .count) == [1234])
        #expect(read("1,234,567", .count) == [1_234_567])
        #expect(read("  42 ", .count) == [42])
    }

    @Test func sizesAndLists() {
        for text in ["14x14", "14 14", "[14, 14]", "14, 14", "14×14", "(14,14)", "14 X 14"] {
            #expect(read(text, .size(2)) == [14, 14], "\(text)")
        }
        #expect(read("0.09 0.24 0.67", .reals(3)) == [0.09, 0.24, 0.67])
        #expect(read("0.09,0.24,0.67", .reals(3)) == [0.09, 0.24, 0.67])
        #expect(read("[.09; .24; .67]", .reals(3)) == [0.09, 0.24, 0.67])
        #expect(read("1,234 5", .size(2)) == [1234, 5])
        #expect(read("1,234", .size(2)) == [1, 234])  // two numbers expected: the comma separates them
    }

    @Test func unreadableInputIsAMessageNotAGrade() {
        for (text, form) in [("", AnswerForm.real), ("abc", .real), ("14", .size(2)), ("1 2 3", .size(2)), ("1/0", .real),
                             ("inf", .real), ("nan", .real), ("0x10", .count), ("1e", .real), ("--1", .real), ("12 apples", .count)] {
            guard case .failure(let error) = AnswerReader.read(text, form: form) else {
                Issue.record("'\(text)' was read")
                continue
            }
            #expect(!error.message.isEmpty)
        }
        if case .failure(let e) = AnswerReader.read("14", form: .size(2)) { #expect(e.message.contains("expected 2 numbers")) }
    }

    @Test func toleranceRules() {
        #expect(Tolerance.percent.accepts(1.0099, 1.0))
        #expect(!Tolerance.percent.accepts(1.0101, 1.0))
        #expect(Tolerance.exact.accepts(14, 14) && !Tolerance.exact.accepts(14.5, 14))
        let twoDecimals = Tolerance.percentOr(decimals: 2)
        #expect(twoDecimals.accepts(0.24, 0.2447))  // the issue's example, rounded down
        #expect(twoDecimals.accepts(0.0, 0.003))
        #expect(!twoDecimals.accepts(0.23, 0.2447))
    }
}
