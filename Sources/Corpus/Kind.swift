/// `concept` cards have a reference answer; `personal` ones ask about the candidate's own experience.
public enum Kind: String, CaseIterable, Sendable {
    case concept, personal
}
