import Corpus

/// "did you mean" for mistyped names: commands, subcommands, demos, options.
enum Suggestion {
    /// "unknown command 'studdy' (did you mean: study?)"; with nothing close, the known names when
    /// they are few, else the help to read. `what` is e.g. "command" or "option", `context` e.g. " for 'list'".
    static func unknown(_ what: String, _ word: String, among names: [String], context: String = "", see path: [String]) -> String {
        let head = "unknown \(what) '\(word)'\(context)"
        let close = closestIDs(to: word, among: names, limit: 2).filter { $0 != word }
        if !close.isEmpty { return head + " (did you mean: \(close.joined(separator: ", "))?)" }
        if names.count <= 6 && !names.isEmpty { return head + " (known: \(names.joined(separator: ", ")))" }
        return head + " (see: " + (["dlquiz"] + path + ["--help"]).joined(separator: " ") + ")"
    }
}
