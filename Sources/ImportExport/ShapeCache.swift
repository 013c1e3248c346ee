import Corpus

/// Question shapes read on first use: the index consults the rules for a few candidates per question,
/// so most of a 50,000-row file is never read this way. A class, so `DuplicateRule` stays a value that
/// answers without `mutating`.
final class ShapeCache {
    private var shapes: [QuestionShape?]

    init(count: Int) { shapes = [QuestionShape?](repeating: nil, count: count) }

    func shape(_ i: Int, _ text: String) -> QuestionShape {
        if let s = shapes[i] { return s }
        let s = QuestionShape(text)
        shapes[i] = s
        return s
    }
}
