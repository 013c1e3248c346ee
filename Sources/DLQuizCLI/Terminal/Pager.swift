#if canImport(Glibc)
import Glibc
#endif

/// Long text in a terminal goes through the user's pager, as git does: `$PAGER` (default
/// `less -R`, run by /bin/sh), with `LESS=FRX` when LESS is unset (quit if it fits, keep colours,
/// leave the text on screen). Only when stdout is a terminal and the text is taller than it;
/// never from a pipe; `PAGER=` (empty) or `cat` turns it off, as does `--no-pager`.
enum Pager {
    /// The pager command for this environment, or nil when paging is off.
    static func command(_ environment: [String: String]) -> String? {
        let pager = (environment["PAGER"] ?? "less -R").trimmedSpaces
        return pager.isEmpty || pager == "cat" ? nil : pager
    }

    /// True when `text` should be paged: on a terminal of known height, taller than it, paging
    /// not turned off. (A pty whose size is unset, rows 0, is not paged: its height is unknown.)
    static func wanted(_ text: String, _ ctx: Context, enabled: Bool) -> Bool {
        guard enabled, ctx.console.stdoutIsTerminal, command(ctx.environment) != nil, let rows = ctx.console.height else { return false }
        var lines = 0
        for ch in text.utf8 where ch == 10 { lines += 1 }
        return lines >= rows
    }

    /// Runs the pager on `text` and waits for it to quit. False when it could not be started
    /// (the caller then prints the text itself). Our own SIGINT is ignored meanwhile, so Ctrl-C
    /// in less does not end dlquiz; the pager gets default signal handling.
    static func run(_ text: String, _ ctx: Context) -> Bool {
        guard let pager = command(ctx.environment) else { return false }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return false }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[1])
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

        var environment = ctx.environment
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        let envStrings = environment.map { "\($0.key)=\($0.value)" }
        let argStrings = ["sh", "-c", pager]
        var argv: [UnsafeMutablePointer<CChar>?] = argStrings.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = envStrings.map { strdup($0) } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        let previous = signal(SIGINT, SIG_IGN)
        defer { signal(SIGINT, previous) }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, &envp)
        close(fds[0])
        guard spawned == 0 else {
            close(fds[1])
            return false
        }
        _ = Console.writeAll(fds[1], text)  // EPIPE when the user quits early: fine
        close(fds[1])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return true
    }
}
