/// What a question asks about its subjects. Two questions can be one card only when they ask the same.
public enum Ask: String, Sendable, Equatable {
    /// What it is, how it works, why and when it is used, its benefits (rule 2): one card.
    case general
    /// A comparison of a set of subjects (rule 4).
    case comparison
    /// Only the remedies for a problem: "How to address overfitting?" (rule 3).
    case remedies
    /// How to choose, set or tune it: "How can a hyperparameter be trained?" (rule 5).
    case choice
    /// Its kinds or examples: "What are different types of regularisation?" (rule 5).
    case kinds
    /// The steps of a procedure: "What are the steps in training a perceptron?" (rule 5).
    case steps
}
