import JSONKit

extension OptimizationReport {
    /// The `--json` object (field names are the contract): parameters, reviews, cards,
    /// log_loss, rmse_bins, default {log_loss, rmse_bins}; after a fit also seconds, outcome,
    /// saved and, with the workload curve, retention_curve and optimal_retention; for
    /// `--evaluate`, source.
    public var json: JSONObject {
        let parameters = fit?.parameters ?? current
        let score = fit?.score ?? currentScore
        var o = JSONObject([
            ("parameters", .array(parameters.map { .number($0) })), ("reviews", .number(Double(reviews))),
            ("cards", .number(Double(cards))), ("log_loss", .number(score.logLoss)), ("rmse_bins", .number(score.rmseBins)),
            ("default", .object(JSONObject([("log_loss", .number(defaultScore.logLoss)), ("rmse_bins", .number(defaultScore.rmseBins))]))),
        ])
        guard let fit else {
            o["source"] = .string(currentName)
            return o
        }
        o["seconds"] = .number((fit.seconds * 1e4).rounded() / 1e4)
        o["outcome"] = .string("\(fit.outcome)")
        if case .saved? = saved { o["saved"] = .bool(true) } else { o["saved"] = .bool(false) }
        if let curve = fit.curve {
            o["retention_curve"] = .array(curve.points.map { p in
                .object(JSONObject([
                    ("retention", .number(p.retention)), ("reviews_per_day", .number(p.reviewsPerDay)),
                    ("seconds_per_card_remembered", .number(p.secondsPerCardRemembered)),
                ]))
            })
            o["optimal_retention"] = .number(curve.points[curve.optimal].retention)
        }
        return o
    }
}
