import Corpus

/// Folds one file's questions into a user deck, deduplicated against every deck and the file itself.
///
/// For each question, in file order:
/// 1. Its own card from an earlier import is found by id (Anki GUID, `id`), by identical question, or
///    by its source (file and position, when the question was edited) and updated in place: the id, and
///    so the review history, stays. Identical content means unchanged.
/// 2. An id that belongs to another deck's card makes it that card: the answer joins as a merge. An
///    exercise card's id is skipped: exercise cards are built in and take no merges.
/// 3. Otherwise, unless `noMerge`, a question that the duplicate rules (`DuplicateRule`) call the same
///    card as a question of the deck (built-in, any user deck, earlier in this file, or merged before)
///    joins the most similar card that accepts it as a clique: no rule may keep it apart from any
///    question that card already holds. Its answer becomes a source answer and its source is recorded,
///    in this user deck. Exercise cards are never candidates.
/// 4. Otherwise it becomes a new card, with the file's id or a readable one made from the question.
public struct Importer {
    public var noMerge = false

    public init(noMerge: Bool = false) { self.noMerge = noMerge }

    public struct Output: Sendable {
        public var deck: UserDeck
        public var report: ImportReport
    }

    /// `existing`: every card of every deck (target included, built-in first), with the deck each is in.
    public func run(
        read: ReadResult, format: ImportFormat, file: String, into target: UserDeck, existing: DeckSet
    ) -> Output {
        var deck = target
        var report = ImportReport(file: file, format: format, deck: target.name)
        report.skipped = read.skipped
        report.warnings = read.warnings
        let notes = read.notes
        let all = existing.deck.cards
        // Every wording already in the deck: the cards' questions, then questions merged into them before.
        let extra = existing.mergedQuestions
        let baseCount = all.count + extra.count

        // Identity lookups in the target deck, as it was before this import.
        var position: [String: Int] = [:]
        var byQuestion: [String: Int] = [:]
        var bySource: [Source: Int] = [:]
        for (i, c) in deck.cards.enumerated() {
            position[c.id] = i
            byQuestion[Self.normalised(c.question)] = byQuestion[Self.normalised(c.question)] ?? i
            for s in c.sources where s.file == file { bySource[s] = i }
        }
        var mergeBySource: [Source: Int] = [:]
        for (i, m) in deck.merged.enumerated() where m.source.file == file { mergeBySource[m.source] = i }
        var claimed = Set<Int>()  // target cards already matched by a question of this file

        // Dedup over every existing card and this file's questions.
        var index = DuplicateIndex(questions: all.map(\.question) + extra.map(\.question) + notes.map(\.question))
        let rule = index.rule
        var globalIndexOfCard: [String: Int] = [:]
        var cardAt: [Int: (deckCard: Int?, id: String, question: String)] = [:]  // question index → card
        var members: [String: [Int]] = [:]  // card id → the questions it holds, for the clique rule
        for (i, c) in all.enumerated() {
            globalIndexOfCard[c.id] = i
            guard c.kind != .exercise else { continue }
            cardAt[i] = (position[c.id], c.id, c.question)
            members[c.id] = [i]
            index.add(i)
        }
        var indexedWordings = Set(cardAt.values.map { Self.normalised($0.question) })
        for (k, m) in extra.enumerated() {
            guard let g = globalIndexOfCard[m.into], let card = cardAt[g],
                  indexedWordings.insert(Self.normalised(m.question)).inserted else { continue }
            cardAt[all.count + k] = card
            members[card.id, default: []].append(all.count + k)
            index.add(all.count + k)
        }

        var usedIDs = Set(all.map(\.id))
        for c in deck.cards { usedIDs.insert(c.id) }

        // Each question's own card: by id or identical question first, then by source for the rest, so a
        // question inserted into the file does not take over the card of the question it displaced.
        var ownOf = [Int?](repeating: nil, count: notes.count)
        for (n, note) in notes.enumerated() {
            if let id = note.id, let k = position[id], claimed.insert(k).inserted { ownOf[n] = k; continue }
            if note.id == nil || !usedIDs.contains(note.id!), let k = byQuestion[Self.normalised(note.question)],
                claimed.insert(k).inserted
            {
                ownOf[n] = k
            }
        }
        for (n, note) in notes.enumerated() where ownOf[n] == nil && (note.id == nil || !usedIDs.contains(note.id!)) {
            if let k = bySource[Source(file: file, index: note.index)], claimed.insert(k).inserted { ownOf[n] = k }
        }

        func merge(_ note: ImportedNote, at q: Int, into id: String, question: String, similarity: Double, deckCard: Int?) {
            let source = Source(file: file, index: note.index)
            // Its wording now belongs to the card: later questions may match it, and must pass it (clique).
            // A wording already indexed adds nothing (the same text gets the same verdicts) and would only
            // lengthen the index's lists: a file that repeats a question stays linear.
            if indexedWordings.insert(Self.normalised(note.question)).inserted {
                cardAt[q] = (deckCard, id, question)
                members[id, default: []].append(q)
                index.add(q)
            }
            report.merged.append(.init(question: note.question, into: question, intoID: id, similarity: similarity, source: source))
            if let k = deckCard {
                var c = deck.cards[k]
                let before = c
                if note.answer != c.answer, !c.alternates.contains(note.answer) { c.alternates.append(note.answer) }
                c.sourceAnswers.removeAll { $0.source == source && $0.text != note.answer }
                if !note.answer.isEmpty, !c.sourceAnswers.contains(where: { $0.source == source }) {
                    c.sourceAnswers.append(SourceAnswer(file: file, index: note.index, text: note.answer))
                }
                if !c.sources.contains(source) { c.sources.append(source) }
                if c != before { deck.cards[k] = c; report.newMerges += 1 }
                return
            }
            let record = MergeRecord(into: id, question: note.question, answer: note.answer, source: source)
            if let m = mergeBySource[source] {
                if deck.merged[m] != record { deck.merged[m] = record; report.newMerges += 1 }
            } else {
                deck.merged.append(record)
                mergeBySource[source] = deck.merged.count - 1
                report.newMerges += 1
            }
        }

        for (n, note) in notes.enumerated() {
            let q = baseCount + n
            let source = Source(file: file, index: note.index)
            // 1. Its own card from an earlier import.
            if let k = ownOf[n] {
                let old = deck.cards[k]
                var c = old
                c.question = note.question
                c.answer = note.answer
                if let tags = note.tags { c.tags = tags }
                apply(note.card, to: &c)
                c.sources = c.sources.filter { $0.file != file || $0 == source }
                if !c.sources.contains(source) { c.sources.append(source) }
                c.alternates.removeAll { $0 == c.answer }
                if c == old { report.unchanged += 1 } else { deck.cards[k] = c; report.updated += 1 }
                report.cards.append(c)
                continue
            }
            // 2. An id of another deck's card.
            if let id = note.id, usedIDs.contains(id), position[id] == nil, let g = globalIndexOfCard[id] {
                guard let target = cardAt[g] else {
                    report.skipped.append((note.index, "'\(id)' is a built-in exercise card; exercise cards take no merges"))
                    continue
                }
                merge(note, at: q, into: id, question: target.question, similarity: rule.wordingSimilarity(q, g), deckCard: target.deckCard)
                continue
            }
            // 3. A duplicate of a card, under the duplicate rules, that the card accepts as a clique.
            // A general question about one technique also looks further: rule 2 makes "What is dropout?"
            // the dropout card's however its wording differs.
            let accepts = { (g: Int) -> Bool in cardAt[g].map { rule.joins(q, card: members[$0.id] ?? [g]) } ?? false }
            if !noMerge,
               let (g, s) = index.best(for: q, accepting: accepts)
                   ?? (rule.mayBeTechniqueQuestion(q)
                       ? index.best(for: q, threshold: Self.techniqueSearch, accepting: { rule.sameTechnique(q, $0) && accepts($0) }) : nil),
               let target = cardAt[g]
            {
                merge(note, at: q, into: target.id, question: target.question, similarity: s, deckCard: target.deckCard)
                continue
            }
            // 4. A new card.
            var id = note.id ?? ""
            if id.isEmpty || usedIDs.contains(id) {
                id = CardID.make(note.question) { usedIDs.contains($0) }
            }
            usedIDs.insert(id)
            let card = newCard(note, id: id, source: source)
            deck.cards.append(card)
            let k = deck.cards.count - 1
            position[id] = k
            cardAt[q] = (k, id, card.question)
            members[id] = [q]
            indexedWordings.insert(Self.normalised(card.question))
            globalIndexOfCard[id] = q
            index.add(q)
            report.cards.append(card)
            report.added += 1
        }
        return Output(deck: deck, report: report)
    }

    /// How similar a technique question's wording must be for rule 2 to be asked at all: low, since the
    /// rule itself decides, but not so low that every question becomes a candidate.
    static let techniqueSearch = 0.2

    func newCard(_ note: ImportedNote, id: String, source: Source) -> Card {
        var c = Card(
            id: id, question: note.question, answer: note.answer, sources: [source],
            tags: note.tags ?? Topics.tags(question: note.question), level: Topics.level(question: note.question),
            kind: DuplicateRule.isPersonal(note.question) ? .personal : .concept)
        apply(note.card, to: &c)
        return c
    }

    func apply(_ fields: CardFields?, to c: inout Card) {
        guard let f = fields else { return }
        if let l = f.level { c.level = l }
        if let k = f.kind { c.kind = k }
        for a in f.alternates where a != c.answer && !c.alternates.contains(a) { c.alternates.append(a) }
        if f.demo != nil { c.demo = f.demo }
        if f.note != nil { c.note = f.note }
        if !f.keyPoints.isEmpty { c.keyPoints = f.keyPoints }
        if !f.misconceptions.isEmpty { c.misconceptions = f.misconceptions }
    }

    /// Case, spacing and a final "?" do not make two questions different.
    static func normalised(_ q: String) -> String {
        var bytes = Array(q.utf8)
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return characterNormalised(q) }
        // ASCII: the same on bytes (whitespace is \t...\r and space; "\r\n" is whitespace either way).
        var n = 0
        var space = false
        for b in bytes {
            if b == 0x20 || b &- 0x09 < 5 { space = true; continue }
            if space, n > 0 { bytes[n] = 0x20; n += 1 }
            space = false
            bytes[n] = b &- 0x41 < 26 ? b | 0x20 : b
            n += 1
        }
        while n > 0, bytes[n - 1] == 0x3F || bytes[n - 1] == 0x2E { n -= 1 }
        return String(decoding: bytes[..<n], as: UTF8.self)
    }

    /// `normalised` by Characters: the reference, and the path for non-ASCII text.
    static func characterNormalised(_ q: String) -> String {
        var out = ""
        var space = false
        for ch in q.lowercased() {
            if LineScan.isWhitespace(ch) { space = true; continue }
            if space, !out.isEmpty { out.append(" ") }
            space = false
            out.append(ch)
        }
        while out.last == "?" || out.last == "." { out.removeLast() }
        return out
    }
}
