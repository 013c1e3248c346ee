/// What `KeyReader.editLine` read: a line, Ctrl-C/Ctrl-D (exit 130, as everywhere), or the end of input.
enum TypedLine: Equatable {
    case line(String)
    case interrupted
    case ended
}
