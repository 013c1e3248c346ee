/// Whether ops record the graph. Off inside `GradMode.withoutGrad { }`: for evaluation,
/// finite differences and parameter updates, where no gradient is wanted.
public enum GradMode {
    @TaskLocal public static var isEnabled: Bool = true

    /// Runs `body` with graph recording switched off (for this task/thread only).
    public static func withoutGrad<T>(_ body: () throws -> T) rethrows -> T {
        try $isEnabled.withValue(false) { try body() }
    }
}
