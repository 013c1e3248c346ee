/// A key press as the study screen understands it.
enum Key: Equatable {
    case character(Character)
    case enter
    case space
    case backspace
    /// Ctrl-C or Ctrl-D: end the session.
    case interrupt
    case endOfInput
    /// Arrow keys and other escape sequences, ignored.
    case other
}
