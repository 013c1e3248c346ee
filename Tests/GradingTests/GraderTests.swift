import Corpus
import JSONKit
import Testing

@testable import Grading

/// Small hand-made cards: the grader's behaviour on answers whose grade is obvious.
struct GraderTests {
    static let dropout = Card(
        id: "dropout", question: "What is dropout and why does it help?",
        answer: "During training each unit is zeroed with probability p; it prevents co-adaptation and overfitting; at inference it is off.",
        sources: [], tags: ["regularization"], level: .basic,
        keyPoints: [
            KeyPoint(text: "Randomly zeroes units during training", weight: 2, terms: ["random + remove/zero + neuron/activation"]),
            KeyPoint(text: "Regularises: reduces overfitting and co-adaptation", terms: ["reduce + overfit", "co adaptation", "regularization"]),
            KeyPoint(text: "Turned off at inference, with activations rescaled", terms: ["not + inference", "remove/off + inference", "train only/only train", "scale"]),
        ],
        misconceptions: ["dropout stays active at inference :: inference + active/apply/random/remove + neuron"])

    static let relu = Card(
        id: "relu", question: "What does ReLU compute?", answer: "max(0, x).", sources: [], tags: ["activations"], level: .basic,
        keyPoints: [
            KeyPoint(text: "Outputs max(0, x)", weight: 2, terms: ["max zero x", "negative + zero | positive + unchanged/identity/same"]),
            KeyPoint(text: "Does not saturate for positive inputs", terms: ["not saturate", "not vanish"]),
        ])

    let grader = Grader()

    @Test func fullAnswerScoresHighAndExplainsItself() {
        let r = grader.grade(
            "Dropout randomly switches off neurons while training, which regularizes the net and curbs overfitting. At test time nothing is dropped; the activations are scaled instead.",
            for: Self.dropout)
        #expect(r.autoGraded)
        #expect(r.score >= 0.8, "\(r)")
        #expect(r.rating == 4)
        #expect(r.missed.isEmpty)
        #expect(r.hit.count == 3)
        #expect(r.hit[0].matched.contains("randomly"))
    }

    @Test func partialAnswerIsHard() {
        let r = grader.grade("It helps against overfitting.", for: Self.dropout)
        #expect(r.rating == 2, "\(r)")
        #expect(r.hit.map(\.point) == ["Regularises: reduces overfitting and co-adaptation"])
        #expect(r.missed.count == 2)
    }

    @Test func offTopicScoresZero() {
        let r = grader.grade("Transformers use self-attention over the whole sequence.", for: Self.dropout)
        #expect(r.score == 0)
        #expect(r.rating == 1)
    }

    @Test func synonymsAndAbbreviationsMatch() {
        let long = grader.grade("The rectified linear unit returns max(0, x).", for: Self.relu)
        let short = grader.grade("RELU: max(0,x)", for: Self.relu)  // ":" links two sides like a verb
        #expect(long.hit.first?.point == "Outputs max(0, x)")
        #expect(short.hit.first?.point == "Outputs max(0, x)")
    }

    @Test func unicodeAndTypographyAreNormalised() {
        let r = grader.grade("ＲｅＬＵ doesn’t saturate; it’s “max(0, x)”.", for: Self.relu)
        #expect(r.score == 1, "\(r)")
    }

    @Test func negationDeniesAPoint() {
        let r = grader.grade("Dropout does not reduce overfitting; it zeroes random neurons during training.", for: Self.dropout)
        #expect(!r.hit.map(\.point).contains("Regularises: reduces overfitting and co-adaptation"))
        #expect(r.contradicted == ["Regularises: reduces overfitting and co-adaptation"])
    }

    @Test func misconceptionIsFlaggedAndPenalised() {
        let wrong = grader.grade(
            "Dropout removes random neurons during training to reduce overfitting, and at inference it keeps dropping random neurons too.",
            for: Self.dropout)
        #expect(wrong.misconceptions == ["dropout stays active at inference"])
        let right = grader.grade(
            "Dropout removes random neurons during training to reduce overfitting; at inference no neurons are dropped.",
            for: Self.dropout)
        #expect(right.misconceptions.isEmpty, "\(right)")
        #expect(wrong.score < right.score / 1.5)
    }

    @Test func personalCardsAreNotAutoGraded() {
        var card = Self.dropout
        card.kind = .personal
        let r = grader.grade("I used dropout in my thesis.", for: card)
        #expect(!r.autoGraded)
        #expect(r.json["score"] == .null)
        #expect(r.json["auto_graded"] == .bool(false))
    }

    @Test func jsonCarriesTheContractFields() {
        let r = grader.grade("max(0, x), and it does not saturate", for: Self.relu)
        let keys = r.json.objectValue?.keys ?? []
        for key in ["card", "score", "rating", "rating_name", "hit", "missed"] { #expect(keys.contains(key)) }
        #expect(r.json["rating"] == .number(4))
        #expect(r.json["rating_name"] == .string("Easy"))
        #expect(r.json["hit"]?.arrayValue?.first?["matched"]?.arrayValue?.isEmpty == false)
    }

    @Test func cardsWithoutKeyPointsFallBackToReferenceWords() {
        let card = Card(
            id: "x", question: "What is an epoch?", answer: "One full pass of the optimiser over every training example.",
            sources: [], tags: [], level: .basic)
        let good = grader.grade("A complete pass over all the training examples by the optimizer.", for: card)
        let bad = grader.grade("A kind of learning rate schedule.", for: card)
        #expect(good.method == "overlap")
        #expect(good.score > bad.score)
    }

    @Test func prefixWordsAndDeniedParts() {
        let card = Card(
            id: "p", question: "q", answer: "a", sources: [], tags: [], level: .basic,
            keyPoints: [
                KeyPoint(text: "linear classifier", terms: ["linear + classif*"]),
                KeyPoint(text: "weights stop updating", terms: ["not + update/learn"]),
            ])
        let r = grader.grade("It is a linear classification model. Its weights never update.", for: card)
        #expect(r.hit.map(\.point) == ["linear classifier", "weights stop updating"], "\(r)")
        let plain = grader.grade("A linear model whose weights update.", for: card)
        #expect(plain.hit.isEmpty, "\(plain)")
    }

    @Test func ratingThresholds() {
        #expect(SuggestedRating(score: 0) == .again)
        #expect(SuggestedRating(score: 0.149) == .again)
        #expect(SuggestedRating(score: 0.15) == .hard)
        #expect(SuggestedRating(score: 0.49) == .hard)
        #expect(SuggestedRating(score: 0.50) == .good)
        #expect(SuggestedRating(score: 0.85) == .easy)
        #expect(SuggestedRating(score: 1) == .easy)
    }
}
