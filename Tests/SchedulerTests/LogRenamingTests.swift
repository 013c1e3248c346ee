import Testing
@testable import Scheduler

/// Reviews logged under a retired card id (a card merged into another) count for the merged card.
@Suite struct LogRenamingTests {
    @Test func eventsUnderARetiredIdMoveToItsCardInFileOrder() {
        var log = ParsedLog()
        log.cardIDs = ["residual-block", "dropout", "resnet"]
        log.eventCard = [0, 1, 2, 0]
        log.eventRating = [3, 3, 1, 0]
        let renamed = log.renamingCards(["residual-block": "resnet"])
        #expect(renamed.cardIDs == ["resnet", "dropout"])
        #expect(renamed.eventCard == [0, 1, 0, 0])
        #expect(renamed.eventRating == log.eventRating)
        #expect(log.renamingCards([:]).cardIDs == log.cardIDs)
    }
}
