#if canImport(Glibc)
import Glibc
#endif

/// The terminal settings to put back from a signal handler (C handlers cannot capture state).
nonisolated(unsafe) private var savedSettingsForSignals = termios()
nonisolated(unsafe) private var rawModeActive: Int32 = 0

/// Raw keyboard input on stdin's terminal, restored on every exit path.
///
/// cfmakeraw turns off OPOST (so "\n" would not return the carriage) and ISIG (so Ctrl-C
/// arrives as byte 3 rather than SIGINT): we turn OPOST back on and treat Ctrl-C as quit.
/// SIGINT, SIGTERM and SIGHUP (e.g. `kill`, a closed window) restore the terminal, then exit.
final class RawTerminal {
    private var original = termios()
    private var active = false

    /// Enters raw mode; nil when stdin is not a terminal.
    init?() {
        guard isatty(0) == 1, tcgetattr(0, &original) == 0 else { return nil }
        guard enter() else { return nil }
    }

    /// Runs `body` (e.g. a pager) with the terminal as it was, then goes back to raw mode.
    func outside<T>(_ body: () -> T) -> T {
        restore()
        defer { _ = enter() }
        return body()
    }

    /// Raw mode on, signal handlers that restore the terminal installed; false on failure.
    private func enter() -> Bool {
        guard !active else { return true }
        var raw = original
        cfmakeraw(&raw)
        raw.c_oflag |= tcflag_t(OPOST | ONLCR)
        savedSettingsForSignals = original
        rawModeActive = 1
        let handler: @convention(c) (Int32) -> Void = { signal in
            if rawModeActive != 0 { tcsetattr(0, TCSAFLUSH, &savedSettingsForSignals) }
            let text = "\u{1B}[0m\u{1B}[?25h\n"
            _ = text.withCString { write(1, $0, strlen($0)) }
            _exit(128 + signal)
        }
        for s in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handler
            sigemptyset(&action.sa_mask)
            sigaction(s, &action, nil)
        }
        guard tcsetattr(0, TCSAFLUSH, &raw) == 0 else {
            rawModeActive = 0
            return false
        }
        active = true
        return true
    }

    /// Puts the terminal back as it was. Safe to call more than once.
    func restore() {
        guard active else { return }
        active = false
        tcsetattr(0, TCSAFLUSH, &original)
        rawModeActive = 0
        for s in [SIGINT, SIGTERM, SIGHUP] { signal(s, SIG_DFL) }
    }

    deinit { restore() }
}
