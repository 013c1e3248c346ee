/// The closed word lists that tell a statement from a list of terms: auxiliaries, subject words,
/// function words and the verbs people use in deep-learning answers.
///
/// A sentence states something when it has a finite verb (or a ":"/"=" link between two sides).
/// Without a part-of-speech tagger the verb is recognised from these lists: any auxiliary or modal;
/// a listed verb in a finite form ("reduces", "zeroed", "grew"); a listed base form after a subject
/// word ("they shrink", "which prevent") or, for verbs that are rarely nouns, after a plural noun
/// ("gradients vanish"); or an imperative at the start of a sentence ("clip the gradients").
enum PredicateWords {
    /// Finite by themselves: copulas, auxiliaries, modals (contractions arrive split: "isn't" = "is" "not").
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "am", "be", "been", "has", "have", "had", "do", "does", "did", "can", "cannot",
        "could", "will", "would", "should", "shall", "may", "might", "must", "won", "ca", "need", "needs",
    ]

    /// Words after which a bare verb form is finite ("they learn", "which prevent").
    static let subjects: Set<String> = [
        "i", "we", "you", "they", "it", "he", "she", "this", "these", "those", "that", "which", "who", "one", "both", "each",
        "nothing", "everything", "also", "then", "not", "never", "only", "always", "often", "still",
    ]

    /// Words that open a noun phrase: "the unit returns" has a verb, "weight updates" may not.
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "each", "every", "its", "their", "our", "your", "any", "no"]

    /// Function words, for the density of a sentence: real sentences are about a third function words,
    /// a keyword salad has almost none.
    static let function: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "as", "that", "this", "these", "those",
        "it", "its", "and", "or", "but", "which", "who", "from", "into", "onto", "than", "then", "so", "if", "because",
        "when", "while", "whereas", "not", "no", "never", "each", "every", "all", "some", "any", "their", "they",
        "them", "we", "you", "our", "your", "i", "my", "there", "what", "how", "why", "where", "until", "before",
        "after", "over", "under", "between", "through", "per", "without", "instead", "rather", "only", "also",
        "too", "very", "more", "less", "most", "such", "both", "either", "neither", "nor", "whose", "one", "out",
        "up", "down", "off", "about", "against", "across", "along", "around", "since", "though", "although",
    ]

    /// Verbs (base forms) whose finite forms mark a statement. Forms: +s/+es/-y+ies, +ed/+d/doubled, irregulars below.
    static let verbs: Set<String> = [
        "accelerate", "accept", "accumulate", "achieve", "act", "adapt", "add", "adjust", "affect", "aggregate", "aim",
        "allow", "alter", "amplify", "apply", "approximate", "assign", "assume", "attend", "augment", "average", "avoid",
        "balance", "behave", "belong", "blow", "boost", "break", "build", "calculate", "capture", "carry", "cause",
        "change", "check", "choose", "classify", "clip", "collapse", "combine", "compare", "compensate", "compose",
        "compress", "compute", "concatenate", "condense", "connect", "consist", "contain", "contribute", "control",
        "converge", "convert", "convolve", "copy", "correct", "correspond", "cost", "count", "cover", "create", "cut",
        "damp", "dampen", "deactivate", "deal", "decay", "decide", "decline", "decode", "decrease", "define", "degrade",
        "deliver", "denote", "depend", "derive", "describe", "detect", "determine", "die", "differ", "diminish",
        "disable", "discard", "discriminate", "distinguish", "divide", "dominate", "double", "downsample", "drive",
        "drop", "ease", "eliminate", "emerge", "enable", "encode", "encourage", "end", "enforce", "enlarge", "ensure",
        "estimate", "evaluate", "exist", "expand", "explain", "explode", "express", "extract", "fail", "fall", "feed",
        "fight", "find", "fine-tune", "finetune", "fit", "fix", "flatten", "flip", "flow", "fluctuate", "fold", "follow",
        "force", "forget", "form", "freeze", "gain", "gate", "generalize", "generalise", "generate", "get", "give", "go",
        "grow", "guarantee", "guess", "guide", "halve", "handle", "happen", "help", "hide", "hit", "hold", "hurt",
        "identify", "ignore", "impose", "improve", "include", "increase", "inject", "initialize", "initialise", "introduce",
        "invert", "involve", "isolate", "iterate", "jump", "keep", "kill", "know", "lack", "lead", "learn", "leave",
        "lend", "let", "lie", "limit", "link", "look", "lose", "lower", "maintain", "make", "map", "mask", "match",
        "matter", "mean", "measure", "memorize", "memorise", "merge", "mimic", "minimize", "minimise", "miss", "mitigate",
        "mix", "model", "modify", "monitor", "move", "multiply", "need", "normalize", "normalise", "occur", "offer",
        "operate", "optimize", "optimise", "oscillate", "outperform", "output", "overcome", "overfit", "overshoot",
        "pass", "pay", "penalize", "penalise", "perform", "pick", "play", "pool", "predict", "prefer", "preserve",
        "prevent", "process", "produce", "project", "propagate", "protect", "provide", "prune", "pull", "push", "put",
        "quantize", "raise", "reach", "read", "rebuild", "recall", "receive", "recognize", "reconstruct", "recover",
        "reduce", "refer", "reflect", "regularize", "regularise", "relate", "rely", "remain", "remember", "remove",
        "repeat", "replace", "represent", "require", "reset", "reshape", "resize", "resolve", "restore", "result",
        "retain", "return", "reuse", "reveal", "rise", "rotate", "run", "sample", "saturate", "save", "scale", "see",
        "select", "send", "separate", "serve", "set", "settle", "share", "shift", "show", "shrink", "shuffle", "skip",
        "slide", "slow", "smooth", "solve", "speed", "split", "spread", "squash", "stabilize", "stabilise", "stack",
        "stand", "start", "stay", "steer", "step", "stop", "store", "struggle", "subtract", "suffer", "suit", "sum",
        "summarize", "summarise", "supply", "support", "suppress", "switch", "take", "tell", "tend", "test", "think",
        "tie", "track", "train", "transfer", "transform", "translate", "treat", "trigger", "try", "tune", "turn",
        "underfit", "understand", "undo", "update", "use", "validate", "vanish", "vary", "want", "watch", "weigh",
        "weight", "win", "work", "worsen", "wrap", "yield", "zero",
    ]

    /// Base forms that are rarely nouns, so "gradients vanish" is a statement but "early layers slow" is not.
    static let plainVerbs: Set<String> = [
        "accelerate", "accumulate", "achieve", "add", "adjust", "affect", "allow", "amplify", "apply", "approximate",
        "avoid", "become", "behave", "blow", "boost", "build", "capture", "cause", "classify", "collapse", "combine",
        "compress", "compute", "contain", "converge", "create", "decide", "define", "depend", "detect", "determine",
        "die", "differ", "diminish", "disappear", "discard", "distinguish", "divide", "dominate", "eliminate", "enable",
        "encode", "decode", "ensure", "explode", "extract", "fail", "fall", "find", "flow", "forget", "generalize",
        "generate", "get", "give", "go", "grow", "help", "hurt", "ignore", "improve", "include", "learn", "let", "lose",
        "make", "memorize", "minimize", "multiply", "need", "normalize", "occur", "outperform", "overfit", "penalize",
        "predict", "prevent", "produce", "propagate", "provide", "reconstruct", "reduce", "regularize", "rely", "remain",
        "remove", "represent", "require", "saturate", "see", "shrink", "slide", "solve", "stay", "suffer", "take",
        "tend", "underfit", "vanish", "work",
    ]

    /// Irregular finite forms (past tense and participles of common verbs).
    static let irregular: Set<String> = [
        "became", "become", "began", "begun", "blew", "blown", "broke", "broken", "brought", "built", "came", "chose",
        "chosen", "did", "done", "drew", "drawn", "fed", "fell", "fallen", "felt", "found", "gave", "given", "got",
        "gotten", "grew", "grown", "held", "kept", "knew", "known", "led", "left", "lost", "made", "meant", "ran",
        "said", "sat", "saw", "seen", "sent", "shown", "shrank", "shrunk", "sought", "spent", "split", "spread",
        "stood", "struck", "stuck", "taken", "taught", "thought", "told", "took", "understood", "went", "won", "wrote",
        "written", "becomes", "goes", "does", "has", "learnt",
    ]

    /// Plural nouns that share a form with a listed verb; finite only after a subject word or an adverb.
    static let ambiguousS: Set<String> = [
        "updates", "changes", "uses", "results", "outputs", "drops", "steps", "features", "maps", "sets", "costs",
        "tests", "models", "samples", "scales", "shifts", "masks", "pools", "gates", "fits", "needs", "increases",
        "decreases", "weights", "ends", "forms", "counts", "works", "links", "tracks", "flows", "sums", "returns",
        "limits", "layers", "trains", "runs", "projects", "switches", "turns", "cuts", "splits", "controls", "supports",
        "yields", "stacks", "looks", "matches", "starts", "stops", "tries", "zeros", "zeroes", "averages", "measures",
        "estimates", "checks", "picks", "transforms", "processes", "means", "records", "slows", "flips", "rotates",
        "rates", "tunes", "points",
    ]

    /// Whether `word` is a finite form of a listed verb (not its bare form).
    static func isInflectedVerb(_ word: String) -> Bool {
        if irregular.contains(word) { return true }
        let u = Array(word.utf8)
        guard u.count >= 4 else { return false }
        func base(dropping n: Int, adding: String = "") -> String {
            String(decoding: u[0..<(u.count - n)], as: UTF8.self) + adding
        }
        if u.last == 0x73 {  // s
            if word.hasSuffix("ies"), verbs.contains(base(dropping: 3, adding: "y")) { return true }
            if word.hasSuffix("es"), verbs.contains(base(dropping: 2)) { return true }
            return verbs.contains(base(dropping: 1))
        }
        if word.hasSuffix("ed") {
            if word.hasSuffix("ied"), verbs.contains(base(dropping: 3, adding: "y")) { return true }
            if verbs.contains(base(dropping: 2)) || verbs.contains(base(dropping: 1)) { return true }
            if u.count >= 5, u[u.count - 3] == u[u.count - 4], verbs.contains(base(dropping: 3)) { return true }
        }
        return false
    }
}
