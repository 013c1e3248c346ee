import Testing
@testable import ReviewLog

/// Reviews logged under a retired card id (a card merged into another) count for the merged card.
@Suite struct LogRenamingTests {
    @Test func eventsUnderARetiredIdMoveToItsCardInFileOrder() {
        var log = ParsedLog()
        log.cardIDs = ["residual-block", "dropout", "resnet"]
        log.eventCard = [0, 1, 2, 0]
        log.eventCode = [3, 3, 1, 0]
        let renamed = log.renamingCards(["residual-block": "resnet"])
        #expect(renamed.cardIDs == ["resnet", "dropout"])
        #expect(renamed.eventCard == [0, 1, 0, 0])
        #expect(renamed.eventCode == log.eventCode)
        #expect(log.renamingCards([:]).cardIDs == log.cardIDs)
    }
}
