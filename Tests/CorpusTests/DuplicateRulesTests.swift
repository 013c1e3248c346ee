import Testing
import JSONKit
@testable import Corpus

/// The duplicate rules (README, "The deck"), on the issue's own examples and on the built deck.
@Suite struct DuplicateRulesTests {
    static let result = try? CorpusBuilder.build(sources: Paths.articles, curationPath: Paths.curation, keyPointsPath: nil)
    static let rules = DuplicateRules(questions: result?.raw.map(\.question) ?? [])

    func rule(_ a: String, _ b: String) -> DuplicateRule? { DuplicateRules.ruleOut(QuestionShape(a), QuestionShape(b))?.rule }

    @Test func wordingDoesNotMatter() {
        for (a, b) in [("What is dropout?", "Explain dropout."), ("What is the role of a pooling layer?", "What is the role of a pooling layer in CNNs?"),
                       ("What are activation functions?", "Why are activation functions important?"),
                       ("What is a residual network (ResNet)?", "What is a residual block?")] {
            #expect(rule(a, b) == nil, "\(a) | \(b)")
        }
        #expect(Self.rules.sameCard("What is early stopping?", "Describe the concept of early stopping in training neural networks.").rule == nil)
    }

    @Test func aProblemAndItsRemediesOnly() {
        #expect(rule("What does overfitting mean?", "What is overfitting and how can it be prevented?") == nil)
        #expect(rule("What is overfitting and how can it be prevented?", "How to address overfitting?") == .remediesOnly)
        #expect(rule("What is the vanishing gradient problem?", "What is the vanishing gradient problem, and how can it be avoided?") == nil)
        // A technique's purpose is part of the technique's card.
        #expect(rule("What is dropout?", "Explain how dropout contributes to preventing overfitting in neural networks.") == nil)
    }

    @Test func comparisonsMergeOnlyOnTheSameSet() {
        let gd = "Difference between gradient descent and stochastic gradient descent."
        let mini = "What is the fundamental distinction between mini-batch gradient descent and stochastic gradient descent?"
        let three = "What is the difference between batch gradient descent, stochastic gradient descent, and mini-batch gradient descent?"
        #expect(rule(gd, mini) == .comparisonSet)
        #expect(rule(mini, three) == .comparisonSet)
        #expect(rule("Explain the difference between CNN and RNN.", "Compare and contrast CNNs, RNNs, and Transformers.") == .comparisonSet)
        #expect(rule("Difference between LSTM and GRU?", "Compare the LSTM and GRU architectures concerning memory efficiency.") == nil)
        #expect(rule("What are LSTM and GRU?", "Difference between LSTM and GRU?") == .comparisonSet)
        #expect(rule("What is the fundamental difference between Deep Learning and Machine Learning?",
                     "Is Deep Learning better than Machine Learning? How?") == nil)
        // A combined question joins the definition card (rule 7).
        #expect(rule("What is deep learning?", "Define deep learning and how it differs from other machine learning approaches.") == nil)
    }

    @Test func aNarrowerFocusIsItsOwnCard() {
        for (a, b) in [("Explain the function of the forget gate in LSTM networks.", "What is the use of LSTM?"),
                       ("How does the vanishing gradient problem specifically affect the training of RNNs?", "What is the vanishing gradient problem?"),
                       ("How do activation functions like ReLU address the vanishing gradient problem?", "What is the vanishing gradient problem?"),
                       ("Why is Xavier initialization used to tackle the vanishing/exploding gradient problem?", "Explain the concept of vanishing and exploding gradients."),
                       ("How does the choice of activation function impact the learning process?", "What are activation functions?"),
                       ("What is a convolution operation in CNNs?", "What is a convolutional neural network (CNN)?"),
                       ("What is the role of L1 regularization?", "What are different types of regularisation techniques?"),
                       ("How can a hyperparameter be trained in a neural network?", "What are hyperparameters?"),
                       ("Explain the concept of vanishing and exploding gradients.", "What is the vanishing gradient problem?"),
                       ("What is forward propagation?", "What is forward propagation and backpropagation?")] {
            #expect(rule(a, b) == .narrowerFocus, "\(a) | \(b)")
        }
        #expect(rule("What are optimizers?", "What are different optimizers used in deep learning and their differences?") == .comparisonSet)
        #expect(rule("What is a hyperparameter?", "What is a hyperparameter and how do you tune them?") == nil)
    }

    @Test func personalOnlyWithPersonal() {
        #expect(rule("Which Deep Learning tools and frameworks have you used so far?", "What are some popular frameworks for deep learning?") == .personal)
        #expect(rule("Which Deep Learning tools and frameworks have you used so far?",
                     "Describe your experience with different deep learning frameworks (TensorFlow, PyTorch, Keras).") == nil)
    }

    @Test func verdictsNeedSimilarityWhenNoRuleApplies() {
        #expect(Self.rules.sameCard("What is dropout?", "What is dropout?") == .same(similarity: Self.rules.similarity("What is dropout?", "What is dropout?")))
        #expect(!Self.rules.sameCard("What is dropout?", "What is an embedding layer?").isSame)
        #expect(Self.rules.joins("Explain dropout.", card: ["What is dropout?", "How do dropout layers help prevent overfitting?"]))
        #expect(!Self.rules.joins("How to address overfitting?", card: ["What is overfitting?", "What does overfitting mean?"]))
    }

    /// Every pair of questions inside a card passes the coded rules (cards are cliques), and every pair on
    /// different cards that is similar enough to merge is kept apart by a rule or a reviewed split.
    @Test func theBuiltDeckFollowsTheRules() throws {
        let result = try #require(Self.result)
        let review = CorpusReview(result, threshold: 0.6, nearMisses: 10_000)
        #expect(review.ruledOutInsideCards.isEmpty, "\(review.ruledOutInsideCards.map { "\($0.cardA): \($0.a) \($0.b)" })")
        let curation = try Curation.load(path: Paths.curation)
        let splits = Set(curation.splits.map { Set($0) })
        for pair in review.nearMisses where pair.verdict.isSame {
            #expect(splits.contains([CorpusBuilder.key(pair.a), CorpusBuilder.key(pair.b)]), "\(pair.cardA) | \(pair.cardB) should be one card")
        }
    }

    /// `corpus review --json` says what the text says: every card with its questions, and the same pairs
    /// in the same order, with the rule number where a rule keeps a pair apart.
    @Test func reviewJSONHoldsTheSamePairsAsTheText() throws {
        let result = try #require(Self.result)
        let review = CorpusReview(result, threshold: 0.6)
        let json = CorpusReview.json(result, review: review)
        #expect(json["cards"]?.arrayValue?.count == result.deck.cards.count)
        #expect(json["cards"]?.arrayValue?.first?["questions"]?.arrayValue?.count == result.deck.cards.first?.sources.count)
        let near = try #require(json["near_misses"]?.arrayValue)
        #expect(near.count == review.nearMisses.count && !near.isEmpty)
        for (j, p) in zip(near, review.nearMisses) {
            #expect(j["a"]?["source"]?.stringValue == CorpusBuilder.key(p.a) && j["b"]?["source"]?.stringValue == CorpusBuilder.key(p.b))
            #expect(j["card_a"]?.stringValue == p.cardA && j["card_b"]?.stringValue == p.cardB)
            #expect(j["rule"]?.intValue == p.verdict.rule.map(\.rawValue))
        }
        #expect(near.contains { $0["rule"]?.intValue != nil })  // the rules do keep some near pairs apart
    }

    @Test func publishedIdsStayAndRetiredIdsPointToTheirCard() throws {
        let deck = try #require(Self.result).deck
        // Splits keep the original id on the original meaning.
        #expect(deck["batch-vs-minibatch-vs-sgd"]?.sources.map(\.index) == [19])
        #expect(deck["minibatch-vs-sgd"]?.sources.map(\.index) == [4])
        #expect(deck["gd-vs-sgd"]?.sources.map(\.index) == [17])
        #expect(deck["lstm-vs-gru"]?.sources.count == 2)
        #expect(deck["lstm-and-gru"]?.sources.map(\.index) == [13])
        #expect(deck["overfitting-remedies"]?.sources.map(\.index) == [51])
        #expect(deck["hyperparameter-tuning"]?.sources.map(\.index) == [19])
        // Merges: the retired ids find the card that holds their question.
        #expect(deck["transfer-learning-when"]?.id == "transfer-learning")
        #expect(deck["transfer-learning-advantages"]?.id == "transfer-learning")
        #expect(deck["residual-block"]?.id == "resnet")
        #expect(deck["deep-learning-better-than-ml"]?.id == "deep-learning-vs-machine-learning")
        #expect(deck.canonicalID("residual-block") == "resnet" && deck.canonicalID("dropout") == "dropout")
        // Every id published before (the 82 of the first deck) still finds a card.
        let published = ["l1-regularization", "relu-vanishing-gradient", "exploding-gradients-prevention", "batch-vs-minibatch-vs-sgd",
                         "cnn-vs-feedforward-images", "transfer-learning-when", "batch-normalization", "lstm-vs-gru", "important-hyperparameters",
                         "deep-learning-better-than-ml", "residual-block", "transfer-learning-advantages", "optimizers", "hyperparameters",
                         "deep-learning-vs-machine-learning", "overfitting", "resnet", "transfer-learning"]
        for id in published { #expect(deck[id] != nil, "\(id)") }
        let embedded = try Deck.embedded()
        #expect(embedded.aliases == deck.aliases)
    }
}
