import Corpus
import Scheduler

/// The lazy sibling finder keeps a study day's new cards apart as `CardSiblings.compute` would.
extension SiblingFinder: SiblingSpacing {}
