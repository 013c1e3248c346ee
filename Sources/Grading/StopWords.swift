/// Words that carry no content in an answer. Negations are deliberately absent: "not" changes meaning.
enum StopWords {
    static let all: Set<String> = [
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "am", "of", "to", "in", "on", "at", "by",
        "for", "with", "as", "that", "this", "these", "those", "it", "its", "it's", "and", "or", "which", "who",
        "whom", "whose", "what", "when", "where", "why", "how", "can", "could", "would", "should", "will", "shall",
        "may", "might", "must", "do", "does", "did", "done", "has", "have", "had", "having", "from", "into", "onto",
        "than", "then", "so", "such", "also", "very", "just", "there", "their", "theirs", "they", "them", "we", "us",
        "you", "your", "our", "i", "me", "my", "he", "she", "his", "her", "him", "if", "about", "each", "some", "any",
        "via", "basically", "essentially", "actually", "really", "simply", "generally", "typically", "usually",
        "often", "quite", "rather", "etc", "eg", "ie", "e", "g", "thing", "things", "something", "way", "ways",
        "kind", "sort", "like", "get", "gets", "got", "getting", "let", "lets", "one's", "here", "well", "because",
        "since", "thus", "therefore", "hence", "so-called", "whether", "both", "either", "upon", "within", "per",
        "while", "whereas", "however", "but", "although", "though", "yet", "okay", "ok", "um", "uh", "called",
        "known", "term", "refers", "refer", "referred", "concept", "idea", "technique", "method", "approach",
        "question", "answer", "certain", "particular", "specific", "various", "many", "much",
        "lot", "lots", "other", "others", "another", "own", "too", "even", "still", "only", "again", "further", "all",
        "most", "allows", "allow", "helps", "help", "makes", "make", "used", "use", "using", "uses", "important",
        "main", "new", "given", "during", "throughout",
    ]

    /// Words that end a clause for negation scope, like punctuation does.
    static let clauseBreakers: Set<String> = ["but", "however", "whereas", "although", "though", "while", "yet", "and"]
}
