/// What kind of command-line argument a declaration is.
public enum ArgumentRole: Sendable, Equatable {
    /// `--json`: no value.
    case flag
    /// `--tag TAG`: a name, then a value.
    case option
    /// A bare word in order, e.g. a card ID.
    case positional
}
