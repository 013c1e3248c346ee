/// `dlquiz help --man`: a man page in roff (man(7) macros), generated from the command
/// declarations, so it always matches `--help`. Read it with `dlquiz help --man | man -l -`.
public enum ManPage {
    public static func roff(_ commands: [CommandInfo], version: String, summary: String) -> String {
        var s = """
            .TH DLQUIZ 1 "" "dlquiz \(version)" "User Commands"
            .SH NAME
            dlquiz \\- \(escape(summary))
            .SH SYNOPSIS
            .B dlquiz
            .I COMMAND
            [\\fIOPTIONS\\fR]
            .SH DESCRIPTION
            dlquiz is a command-line study tool for deep-learning interviews: flashcards scheduled with
            FSRS-6, typed answers graded against key points, and worked demos. Every command takes
            .B \\-\\-help
            and
            .B "dlquiz help COMMAND"
            shows the same text.
            .SH GLOBAL OPTIONS
            .TP
            .BI \\-\\-corpus " FILE"
            Use another deck of the corpus schema instead of the built-in one.
            .TP
            .B \\-\\-version
            Print the version.
            .SH COMMANDS

            """
        for info in CommandTree.flatten(commands) where !info.isPureGroup || info.path.count == 1 {
            s += ".SS \"\(escape(info.invocation))\"\n\(escape(info.summary))\n"
            if !info.isPureGroup {
                s += ".PP\n.nf\n"
                for line in info.usage.prefix(1) { s += escape(line) + "\n" }
                s += ".fi\n"
            }
            for a in info.arguments {
                s += ".TP\n"
                switch a.role {
                case .flag: s += ".B \(escape(a.name))\n"
                case .option: s += ".BI \(escape(a.name)) \" \(escape(a.valueName))\"\n"
                case .positional: s += ".I \(escape(a.valueName))\n"
                }
                s += escape(a.fullHelp) + "\n"
            }
            if !info.discussion.isEmpty {
                s += ".PP\n.nf\n" + info.discussion.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(separator: "\n") + "\n.fi\n"
            }
        }
        s += """
            .SH ENVIRONMENT
            .TP
            .B DLQUIZ_HOME
            The data folder (default: $XDG_DATA_HOME/dlquiz, else ~/.local/share/dlquiz).
            .TP
            .B DLQUIZ_NOW
            The clock, ISO 8601 (for scripts and tests).
            .TP
            .B NO_COLOR
            No colour, even on a terminal.
            .TP
            .B PAGER
            The pager for long text in a terminal (default: less \\-R).
            .SH FILES
            .TP
            .I $DLQUIZ_HOME/reviews.jsonl
            The review log: append\\-only, one JSON record a line (reviews, undo, suspend, unsuspend, bury).
            .SH SEE ALSO
            .BR less (1)

            """
        return s
    }

    /// Text safe in roff: backslashes doubled, hyphens as \-, a leading . or ' guarded.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            default: out.append(ch)
            }
        }
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }
}
