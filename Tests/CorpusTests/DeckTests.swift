import Foundation
import Testing
@testable import Corpus
import JSONKit

@Suite struct DeckTests {
    @Test func malformedDeckNamesFileLineAndColumn() {
        let text = "{\n  \"version\": 1,\n  \"cards\": [\n    {\"id\": \"x\",}\n  ]\n}\n"
        let result = Array(text.utf8).withUnsafeBufferPointer { buf in
            Result { () throws(CorpusError) -> Deck in try Deck.parse(bytes: buf, name: "bad.json") }
        }
        guard case .failure(let error) = result else { Issue.record("expected a failure"); return }
        #expect(error.description.hasPrefix("bad.json: line 4, column"))
    }

    @Test func schemaErrorsNameTheCard() throws {
        let json = try JSONParserShim.parse(#"{"version":1,"cards":[{"id":"a","question":"q","answer":"a","sources":[],"level":"expert"}]}"#)
        #expect(throws: CorpusError.self) { try Deck(json: json) }
        do { _ = try Deck(json: json) } catch { #expect(error.description.contains("card 'a'")) }
    }

    @Test func cardsRoundTripThroughJSON() throws {
        let deck = try Deck.embedded()
        let again = try Deck(json: deck.json)
        #expect(again.cards == deck.cards)
    }

    @Test func searchRanksTheTopicCardFirst() throws {
        let search = CardSearch(cards: try Deck.embedded().cards)
        #expect(search.search("dropout").first?.card.id == "dropout")
        #expect(["lstm-vs-gru", "lstm-and-gru"].contains(search.search("LSTM GRU").first?.card.id ?? ""))
        #expect(search.search("forget gate").first?.card.id == "lstm-forget-gate")
        #expect(search.search("qwertyuiop").isEmpty)
    }
}
