import JSONKit

/// What a demo prints: every number as JSON (for `--json`), and the text for people.
struct DemoOutput {
    var json: JSON
    var text: String
}
