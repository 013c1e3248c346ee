import JSONKit

/// Small helpers the templates share: ordered params objects and list texts.
enum TemplateSupport {
    /// An ordered JSON object from key/value pairs.
    static func params(_ pairs: (String, JSON)...) -> JSON {
        .object(JSONObject(pairs.map { (key: $0.0, value: $0.1) }))
    }

    static func number(_ x: Double) -> JSON { .number(x) }
    static func int(_ x: Int) -> JSON { .number(Double(x)) }
    static func numbers(_ xs: [Double]) -> JSON { .array(xs.map { .number($0) }) }
    static func ints(_ xs: [Int]) -> JSON { .array(xs.map { .number(Double($0)) }) }

    /// "[a, b, c]" with each value written by `format`.
    static func list(_ xs: [Double], _ format: (Double) -> String) -> String {
        "[" + xs.map(format).joined(separator: ", ") + "]"
    }

    static func intList(_ xs: [Int]) -> String { "[" + xs.map(String.init).joined(separator: ", ") + "]" }

    /// "yes"/"no" for booleans in questions.
    static func flag(_ b: Bool) -> String { b ? "True" : "False" }
}
