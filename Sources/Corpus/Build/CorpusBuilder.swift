import Platform

/// Builds the deck from articles: parse, merge duplicates, pick answers, tag, and apply the curation.
public struct CorpusBuilder {
    public var curation: Curation
    public var keyPoints: [String: (keyPoints: [KeyPoint], misconceptions: [String])]
    /// Model answers in our words, by card id (Data/answers.json).
    public var answers: [String: String]

    public init(curation: Curation, keyPoints: [String: (keyPoints: [KeyPoint], misconceptions: [String])] = [:],
                answers: [String: String] = [:]) {
        self.curation = curation
        self.keyPoints = keyPoints
        self.answers = answers
    }

    /// One merge the build made, with its similarity, so a reviewer can check it.
    public struct Merge: Sendable {
        public var a: Source
        public var b: Source
        public var similarity: Double
        public var forced: Bool
    }

    public struct Result: Sendable {
        public var deck: Deck
        public var raw: [RawQuestion]
        public var merges: [Merge]
        /// Problems worth a reviewer's attention (unknown curation keys, unpinned ids).
        public var warnings: [String]
    }

    public func build(sourcesDirectory: String) throws(CorpusError) -> Result {
        let raw = try ArticleSet.load(directory: sourcesDirectory, fixes: curation.fixes)
        return try build(raw: raw)
    }

    public func build(raw: [RawQuestion]) throws(CorpusError) -> Result {
        var warnings: [String] = []
        let keys = raw.map { Self.key($0.source) }
        var position: [String: Int] = [:]
        for (i, k) in keys.enumerated() { position[k] = i }
        func index(_ key: String, _ context: String) throws(CorpusError) -> Int {
            guard let i = position[key] else { throw CorpusError("curation \(context): no question at '\(key)'") }
            return i
        }

        // Cluster: forced merges first, then pairs by decreasing similarity, never joining a split pair.
        var clusters = UnionFind(raw.count)
        var merges: [Merge] = []
        var forbidden: [(Int, Int)] = []
        for pair in curation.splits where pair.count == 2 {
            forbidden.append((try index(pair[0], "split"), try index(pair[1], "split")))
        }
        for group in curation.merges {
            let members = try group.map { (k) throws(CorpusError) -> Int in try index(k, "merge") }
            for m in members.dropFirst() where clusters.union(members[0], m) {
                merges.append(Merge(a: raw[members[0]].source, b: raw[m].source, similarity: 1, forced: true))
            }
        }
        // Automatic merges follow the duplicate rules: similar enough, and no rule keeps any question of
        // one cluster apart from any question of the other (cards are cliques, rule 7).
        let rules = DuplicateRules(questions: raw.map(\.question), threshold: curation.threshold)
        let shapes = raw.map { QuestionShape($0.question) }
        var candidates: [(Int, Int, Double)] = []
        for a in 0..<raw.count {
            for b in (a + 1)..<raw.count {
                let s = rules.similarityIndex.similarity(a, b)
                if s >= curation.threshold { candidates.append((a, b, s)) }
            }
        }
        candidates.sort { $0.2 > $1.2 || ($0.2 == $1.2 && ($0.0, $0.1) < ($1.0, $1.1)) }
        for (a, b, s) in candidates {
            let ra = clusters.find(a), rb = clusters.find(b)
            if ra == rb { continue }
            let blocked = forbidden.contains { (x, y) in
                let (fx, fy) = (clusters.find(x), clusters.find(y))
                return (fx == ra && fy == rb) || (fx == rb && fy == ra)
            }
            if blocked { continue }
            let membersA = (0..<raw.count).filter { clusters.find($0) == ra }
            let membersB = (0..<raw.count).filter { clusters.find($0) == rb }
            let ruledOut = membersA.contains { x in membersB.contains { y in DuplicateRules.ruleOut(shapes[x], shapes[y]) != nil } }
            if ruledOut { continue }
            clusters.union(a, b)
            merges.append(Merge(a: raw[a].source, b: raw[b].source, similarity: s, forced: false))
        }

        // Cards in the order of their first source.
        var groups: [Int: [Int]] = [:]
        for i in 0..<raw.count { groups[clusters.find(i), default: []].append(i) }
        let ordered = groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }

        var pinned: [String: String] = [:]  // source key -> id
        for (id, source) in curation.ids {
            _ = try index(source, "ids.\(id)")
            pinned[source] = id
        }
        var usedIds = Set<String>()
        var cards: [Card] = []
        for members in ordered {
            let memberKeys = members.map { keys[$0] }
            let pinnedIds = Set(memberKeys.compactMap { pinned[$0] })
            guard pinnedIds.count <= 1 else {
                throw CorpusError("curation: ids \(pinnedIds.sorted()) are pinned to sources merged into one card")
            }
            var id: String
            if let p = pinnedIds.first {
                id = p
            } else {
                id = Slug.make(raw[members[0]].question)
                var n = 2
                while usedIds.contains(id) || curation.ids[id] != nil { id = Slug.make(raw[members[0]].question) + "-\(n)"; n += 1 }
                warnings.append("new card '\(id)' (\(memberKeys[0])) has no pinned id in the curation")
            }
            guard usedIds.insert(id).inserted else { throw CorpusError("curation: id '\(id)' used twice") }
            let cur = curation.cards[id]
            var best = members.max { a, b in
                (raw[a].answer.count, -a) < (raw[b].answer.count, -b)
            }!
            if let from = cur?.answerFrom {
                let i = try index(from, "cards.\(id).answer_from")
                guard members.contains(i) else { throw CorpusError("curation: cards.\(id).answer_from '\(from)' is not a source of that card") }
                best = i
            }
            // The articles' answers, each with its source; the model answer, when written, goes first.
            let sourceAnswers = members.sorted { raw[$0].source < raw[$1].source }.filter { !raw[$0].answer.isEmpty }
                .map { SourceAnswer(file: raw[$0].source.file, index: raw[$0].source.index, text: raw[$0].answer) }
            let answer = answers[id] ?? raw[best].answer
            var alternates: [String] = []
            for m in [best] + members where m != best || answers[id] != nil {
                let a = raw[m].answer
                if !a.isEmpty, a != answer, !alternates.contains(a) { alternates.append(a) }
            }
            let question = cur?.question ?? raw[best].question
            let stated = members.compactMap { raw[$0].statedLevel }.min()
            let kind = cur?.kind ?? (Self.isPersonal(question) ? .personal : .concept)
            let kp = keyPoints[id]
            cards.append(Card(
                id: id, question: question, answer: answer, sourceAnswers: sourceAnswers, alternates: alternates,
                sources: members.map { raw[$0].source }.sorted(),
                tags: cur?.tags ?? Topics.tags(question: question),
                level: cur?.level ?? stated ?? Topics.level(question: question),
                kind: kind, demo: cur?.demo, note: cur?.note,
                keyPoints: kind == .concept ? kp?.keyPoints ?? [] : [],
                misconceptions: kind == .concept ? kp?.misconceptions ?? [] : []))
        }
        for id in curation.cards.keys.sorted() where !usedIds.contains(id) {
            warnings.append("curation: cards.\(id) matches no card")
        }
        for id in keyPoints.keys.sorted() where !usedIds.contains(id) {
            warnings.append("key points for '\(id)' match no card")
        }
        for id in answers.keys.sorted() where !usedIds.contains(id) {
            warnings.append("model answer for '\(id)' matches no card")
        }
        for (alias, target) in curation.aliases {
            guard usedIds.contains(target) else { throw CorpusError("curation: alias '\(alias)' points to '\(target)', which is no card") }
            guard !usedIds.contains(alias) else { throw CorpusError("curation: alias '\(alias)' is also a card id") }
        }
        return Result(deck: Deck(version: 1, cards: cards, aliases: curation.aliases), raw: raw, merges: merges, warnings: warnings)
    }

    public static func key(_ s: Source) -> String { "\(s.file)#\(s.index)" }

    static func isPersonal(_ question: String) -> Bool {
        question.lowercased().firstMatch(of: /your (own )?experience|have you (used|worked)|you have used/) != nil
    }
}

extension CorpusBuilder.Result {
    /// The exact text of Data/corpus.json: pretty JSON, keys in schema order, a final newline.
    public var corpusText: String { deck.json.pretty + "\n" }

    /// Raw question count per article file, in file order.
    public var questionsPerFile: [(file: String, count: Int)] {
        var counts: [(file: String, count: Int)] = []
        for q in raw {
            if counts.last?.file == q.source.file { counts[counts.count - 1].count += 1 } else { counts.append((q.source.file, 1)) }
        }
        return counts
    }
}

extension CorpusBuilder {
    /// Loads the curation (and the key points beside it, when present) and builds from a sources folder.
    public static func build(sources: String, curationPath: String, keyPointsPath: String?) throws(CorpusError) -> Result {
        let curation = try Curation.load(path: curationPath)
        var keyPoints: [String: (keyPoints: [KeyPoint], misconceptions: [String])] = [:]
        let kpPath = keyPointsPath
            ?? FileSystem.parentDirectory(of: curationPath) + "/keypoints.json"
        if keyPointsPath != nil || FileSystem.fileExists(atPath: kpPath) {
            keyPoints = try loadKeyPoints(path: kpPath)
        }
        var answers: [String: String] = [:]
        let answersPath = FileSystem.parentDirectory(of: curationPath) + "/answers.json"
        if FileSystem.fileExists(atPath: answersPath) { answers = try loadModelAnswers(path: answersPath) }
        return try CorpusBuilder(curation: curation, keyPoints: keyPoints, answers: answers).build(sourcesDirectory: sources)
    }
}
