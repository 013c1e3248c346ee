import JSONKit
import Platform

/// `$DLQUIZ_HOME/parameters.json`: the parameters `dlquiz optimize --save` fitted, which study,
/// stats and schedule use unless `--params` is given. Written atomically; read back through
/// `FSRSParameters`'s bounds check, so a damaged or edited file is reported, never used.
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

    /// The saved parameters, or nil when there is no file.
    public static func load(path: String) throws(SchedulerError) -> SavedParameters? {
        guard FileSystem.fileExists(atPath: path) else { return nil }
        guard let bytes = FileSystem.contents(atPath: path) else {
            throw SchedulerError("cannot read \(path)")
        }
        let json: JSON
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw SchedulerError("\(path) is not valid JSON (\(error.description)); remove it with: dlquiz optimize --reset")
        }
        guard let values = json["parameters"]?.arrayValue, values.allSatisfy({ $0.doubleValue != nil }) else {
            throw SchedulerError("\(path) has no \"parameters\" list; remove it with: dlquiz optimize --reset")
        }
        let parameters: FSRSParameters
        do {
            parameters = try FSRSParameters(values.map { $0.doubleValue! })
        } catch {
            throw SchedulerError("\(path): \(error.description); remove it with: dlquiz optimize --reset")
        }
        return SavedParameters(
            parameters: parameters, reviews: json["reviews"]?.intValue ?? 0, cards: json["cards"]?.intValue ?? 0,
            logLoss: json["log_loss"]?.doubleValue, rmseBins: json["rmse_bins"]?.doubleValue,
            savedAt: json["saved_at"]?.stringValue.flatMap(Moment.parse) ?? Moment(micros: 0))
    }

    /// Writes the file atomically (temporary file, fsync, rename).
    public func save(path: String) throws(SchedulerError) {
        do {
            try FileSystem.writeAtomically(Array((json.pretty + "\n").utf8), toPath: path)
        } catch {
            throw SchedulerError("cannot save the parameters: \(error.description)")
        }
    }
}
