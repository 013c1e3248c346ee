import JSONKit
import ReviewLog

/// The contents of `$DLQUIZ_HOME/parameters.json`: the parameters `dlquiz optimize --save` fitted,
/// which study, stats and schedule use unless `--params` is given. A value with its JSON form
/// (the CLI reads and writes the file, atomically); read back through `FSRSParameters`'s bounds
/// check, so a damaged or edited file is reported, never used.
public struct SavedParameters: Equatable, Sendable {
    public static let fileName = "parameters.json"

    public var parameters: FSRSParameters
    public var reviews: Int
    public var cards: Int
    public var logLoss: Double?
    public var rmseBins: Double?
    public var savedAt: Moment

    public init(parameters: FSRSParameters, reviews: Int, cards: Int, logLoss: Double?, rmseBins: Double?, savedAt: Moment) {
        self.parameters = parameters
        self.reviews = reviews
        self.cards = cards
        self.logLoss = logLoss
        self.rmseBins = rmseBins
        self.savedAt = savedAt
    }

    public var json: JSON {
        var o = JSONObject()
        o["parameters"] = .array(parameters.weights.map { .number($0) })
        o["reviews"] = .number(Double(reviews))
        o["cards"] = .number(Double(cards))
        o["log_loss"] = JSON(logLoss)
        o["rmse_bins"] = JSON(rmseBins)
        o["saved_at"] = .string(savedAt.iso)
        return .object(o)
    }

    /// The file's bytes: pretty JSON and a final newline.
    public var fileBytes: [UInt8] { Array((json.pretty + "\n").utf8) }

    /// Reads the file's bytes; only `parameters` is required, and it must pass the bounds check.
    public init(fileBytes bytes: [UInt8]) throws(SavedParametersError) {
        let json: JSON
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw .notJSON(error.description)
        }
        guard let values = json["parameters"]?.arrayValue, values.allSatisfy({ $0.doubleValue != nil }) else {
            throw .noParameters
        }
        let parameters: FSRSParameters
        do {
            parameters = try FSRSParameters(values.map { $0.doubleValue! })
        } catch {
            throw .invalid(error)
        }
        self.init(
            parameters: parameters, reviews: json["reviews"]?.intValue ?? 0, cards: json["cards"]?.intValue ?? 0,
            logLoss: json["log_loss"]?.doubleValue, rmseBins: json["rmse_bins"]?.doubleValue,
            savedAt: json["saved_at"]?.stringValue.flatMap { Moment.parse($0) } ?? Moment(micros: 0))
    }
}
