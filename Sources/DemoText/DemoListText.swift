/// The `dlquiz demo` list for people: one entry per demo, its summary wrapped to the width with a
/// hanging indent, so a wrapped line starts under the summary, not under the name.
public enum DemoListText {
    public static func render(_ demos: [(name: String, summary: String)], width: Int) -> String {
        let nameWidth = demos.map(\.name.count).max() ?? 0
        let hang = String(repeating: " ", count: nameWidth + 2)
        let style = TextStyle(width: width, unicode: false)
        return demos.map { demo in
            let wrapped = style.wrap(demo.summary, indent: hang)
            return Formatting.padRight(demo.name, nameWidth + 2) + wrapped.dropFirst(hang.count)
        }.joined(separator: "\n") + "\n"
    }
}
