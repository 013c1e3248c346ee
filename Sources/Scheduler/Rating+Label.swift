import ReviewLog

extension Rating {
    /// "Again", "Hard", "Good", "Easy": the grade as people read it on keys and messages.
    public var label: String { name.prefix(1).uppercased() + name.dropFirst() }
}
