import Testing
@testable import ImportExport

/// A bracketed topic after a question leaves the question and becomes a tag; other brackets stay.
@Suite struct TopicSuffixTests {
    @Test func aTopicBracketBecomesATag() {
        #expect(TopicSuffix.split("What is the bias-variance tradeoff? [ML Fundamentals]")! == ("What is the bias-variance tradeoff?", "ml-fundamentals"))
        #expect(TopicSuffix.split("Type I vs. Type II error, and how do you trade them off? [Probability & Statistics]")!
            == ("Type I vs. Type II error, and how do you trade them off?", "probability-statistics"))
        #expect(TopicSuffix.split("Batch vs. real-time serving — how do you decide? [System Design & MLOps]")!.tag == "system-design-mlops")
        #expect(TopicSuffix.split("What is RAG?  [LLMs]")! == ("What is RAG?", "llms"))
        #expect(TopicSuffix.split("What does C++ templating cost? [C++]")!.tag == "c++")
    }

    @Test func aFootnoteNumberGoesWithoutATag() {
        #expect(TopicSuffix.split("What is the vanishing gradient problem? [12]")! == ("What is the vanishing gradient problem?", nil))
    }

    @Test func otherBracketsStay() {
        #expect(TopicSuffix.split("What is the value of A[i]") == nil)  // no space before "["
        #expect(TopicSuffix.split("How is $x_{[i]}$ indexed?") == nil)  // not at the end
        #expect(TopicSuffix.split("[ML Fundamentals]") == nil)  // nothing before it
        #expect(TopicSuffix.split("Why? [ML]") == nil)  // too little left to be a question
        #expect(TopicSuffix.split("What does this return? [x](https://example.com)") == nil)
        #expect(TopicSuffix.split("What is f(x) on [0, 1]") == nil)  // a comma: an interval, not a topic
        #expect(TopicSuffix.split("What is the result of " + "[" + String(repeating: "a", count: 41) + "]") == nil)
        #expect(TopicSuffix.split("Is this a question [] ") == nil)
    }
}
