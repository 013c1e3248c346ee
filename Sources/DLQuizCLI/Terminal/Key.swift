/// A key press as the study screen understands it.
enum Key: Equatable {
    case character(Character)
    case enter
    case space
    case backspace
    /// Ctrl-C or Ctrl-D (bytes 3, 4 in raw mode): end the session with exit 130.
    case interrupt
    case endOfInput
    /// Arrow keys and other escape sequences, ignored.
    case other
}
