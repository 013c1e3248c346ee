import Corpus
import Exercises
import ImportExport
#if canImport(Glibc)
import Glibc
#endif
import Platform
import ReviewLog

/// What every command shares: environment, streams, the deck, the clock and the data folder.
public final class Context {
    /// Every environment variable, for the few commands that pass them on (the pager). Built on first use:
    /// the process's variables are otherwise read one at a time (`variable`), so a command that needs
    /// none of them does not pay for building the dictionary at start-up.
    public private(set) lazy var environment: [String: String] = givenEnvironment ?? ProcessEnvironment.current()
    /// The variables the caller passed (tests); nil: the process's own.
    private let givenEnvironment: [String: String]?
    public let console = Console()
    /// `--corpus FILE`, when given: another deck of the same schema instead of the embedded one.
    public let corpusPath: String?
    /// `--deck NAME` (repeatable): only these decks; `builtin` names the built-in one. Empty: every deck.
    public let deckNames: [String]
    private var cachedDeck: Deck?
    private var cachedSet: DeckSet?

    /// `environment: nil` reads the process's own variables (when they are asked for).
    public init(environment: [String: String]?, corpusPath: String?, deckNames: [String] = []) {
        self.givenEnvironment = environment
        self.corpusPath = corpusPath
        self.deckNames = deckNames
    }

    /// One environment variable: from the given variables, else from the process (getenv).
    public func variable(_ name: String) -> String? {
        if let givenEnvironment { return givenEnvironment[name] }
        return ProcessEnvironment.variable(name)
    }

    /// Colour only on a terminal, never with NO_COLOR set (https://no-color.org).
    public var useColor: Bool {
        console.stdoutIsTerminal && (variable("NO_COLOR") ?? "").isEmpty && variable("TERM") != "dumb"
    }

    /// The built-in deck: the embedded corpus (or the file given with `--corpus`) with its aliases for
    /// retired ids, and the exercise cards added.
    public func builtinDeck() throws(CLIError) -> Deck {
        if let cachedDeck { return cachedDeck }
        let deck: Deck
        do {
            if let corpusPath {
                deck = try Deck.load(path: corpusPath)
            } else {
                deck = try Deck.embedded()
            }
        } catch {
            throw .failure(error.description)
        }
        let withExercises = ExerciseDeck.adding(to: deck)
        cachedDeck = withExercises
        return withExercises
    }

    /// The user's imported decks, in `$DLQUIZ_HOME/decks`.
    public var userDecks: UserDeckStore { UserDeckStore(home: homePath) }

    /// The built-in deck (aliases and exercise cards included) and every user deck, narrowed by `--deck`:
    /// loaded here, once, for every command.
    public func deckSet() throws(CLIError) -> DeckSet {
        if let cachedSet { return cachedSet }
        let set: DeckSet
        let builtin = try builtinDeck()
        do throws(CorpusError) {
            set = try DeckSet.load(builtin: builtin, store: userDecks, only: deckNames)
        } catch {
            throw .failure(error.description)
        }
        cachedSet = set
        return set
    }

    /// The decks read through their sidecar indexes (see `DeckCatalog`), when there is a user deck to read
    /// and the fast path gives the same cards as `deckSet`; nil otherwise, and the caller uses `deckSet`.
    public func catalog() throws(CLIError) -> DeckCatalog? {
        if cachedSet != nil || deckNames == [DeckSet.builtinName] { return nil }
        let names = userDecks.names()
        guard names.contains(where: { deckNames.isEmpty || deckNames.contains($0) }) else { return nil }
        return DeckCatalog.load(builtin: try builtinDeck(), store: userDecks, only: deckNames)
    }

    /// The cards every command sees: the built-in deck plus the user's decks (see `deckSet`).
    public func deck() throws(CLIError) -> Deck { try deckSet().deck }

    /// True when the deck is just the embedded built-in one, so its bytes can be printed as they are.
    public var isEmbeddedDeckOnly: Bool {
        corpusPath == nil && (deckNames == [DeckSet.builtinName] || (deckNames.isEmpty && userDecks.names().isEmpty))
    }

    /// "Now": `--now ISO` if given, else DLQUIZ_NOW, else the system clock.
    public func now(_ given: String?) throws(CLIError) -> Moment {
        if let text = given ?? variable("DLQUIZ_NOW") {
            guard let moment = ISOTime.parse(text) else {
                throw .usage("cannot read time '\(text)': use ISO 8601, e.g. 2026-03-01T10:00:00Z")
            }
            return moment
        }
        return Moment.now()
    }

    /// The home folder from the password database, for when HOME is unset.
    static var passwordHome: String {
        guard let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir else { return "/tmp" }
        return String(cString: dir)
    }

    /// Where the review log lives: DLQUIZ_HOME, else $XDG_DATA_HOME/dlquiz, else ~/.local/share/dlquiz.
    public var homePath: String {
        if let home = variable("DLQUIZ_HOME"), !home.isEmpty { return home }
        if let xdg = variable("XDG_DATA_HOME"), !xdg.isEmpty { return xdg + "/dlquiz" }
        return (variable("HOME") ?? Context.passwordHome) + "/.local/share/dlquiz"
    }
}
