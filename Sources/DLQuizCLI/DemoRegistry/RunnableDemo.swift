import DemoText
import Demos
import JSONKit

/// A demo `dlquiz demo NAME` can run: its name, one-line summary, its own options, and a run that
/// returns the JSON value and the text for a terminal.
///
/// Adding a demo is one new type conforming to this protocol, plus one line in `DemoRegistry.all`.
/// Its options are stored properties declared in `arguments`, as a command's are (see `Command`);
/// `--seed` and `--json` are every demo's, so they are not declared here.
protocol RunnableDemo: Sendable {
    static var name: String { get }
    static var summary: String { get }
    static var arguments: [Argument<Self>] { get }
    /// Examples and notes for `dlquiz demo NAME --help`.
    static var discussion: String { get }

    init()
    /// Runs the demo with the options set; a bad option value is a DemoError.
    func run(seed: Int, style: TextStyle) throws(DemoError) -> DemoOutput
}

extension RunnableDemo {
    static var discussion: String { "" }

    /// This demo as a `demo` subcommand.
    static var command: any Command.Type { DemoRun<Self>.self }
}
