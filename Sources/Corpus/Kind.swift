/// `concept` cards have a reference answer; `personal` ones ask about the candidate's own experience;
/// `exercise` cards are templates that draw fresh numbers each time (the Exercises module makes them).
public enum Kind: String, CaseIterable, Sendable {
    case concept, personal, exercise
}
