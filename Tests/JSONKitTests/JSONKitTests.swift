import Testing
@testable import JSONKit

@Suite struct JSONKitTests {
    @Test func roundTripsNestedValues() throws {
        let text = #"{"a":[1,2.5,-3e-7,true,false,null],"b":{"c":"x\"y\\z\n\u00e9\ud83d\ude00"}}"#
        let value = try JSONParser.parse(text)
        #expect(value["a"]?.arrayValue?.count == 6)
        #expect(value["b"]?["c"]?.stringValue == "x\"y\\z\né😀")
        #expect(try JSONParser.parse(value.compact) == value)
        #expect(try JSONParser.parse(value.pretty) == value)
    }

    @Test func keepsKeyOrder() throws {
        let value = try JSONParser.parse(#"{"z":1,"a":2,"m":3}"#)
        #expect(value.compact == #"{"z":1,"a":2,"m":3}"#)
    }

    @Test func formatsNumbersWithoutLocale() {
        #expect(JSON.format(1234567) == "1234567")
        #expect(JSON.format(0.1) == "0.1")
        #expect(JSON.format(-2) == "-2")
        #expect(JSON.format(.nan) == "null")
    }

    @Test func reportsLineAndColumnOfErrors() {
        do {
            _ = try JSONParser.parse("{\n  \"a\": 1,\n  \"b\": ]\n}")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.column == 8)
        }
        for bad in ["", "{", "[1,]", "\"abc", "01x", "tru", "{\"a\" 1}", "[1] 2", "\"\u{01}\""] {
            #expect(throws: JSONParseError.self) { try JSONParser.parse(bad) }
        }
    }
}
