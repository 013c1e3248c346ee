import Demos
import JSONKit

extension DemoError {
    /// The one-line usage error, naming the command-line option and what it accepts.
    public var message: String {
        switch self {
        case .hiddenUnits(let n):
            return "--hidden must be a whole number from 1 to \(BackpropDemo.maxHidden), got \(n)"
        case .activation(let name):
            return "--activation must be one of \(BackpropDemo.activationNames), got '\(name)'"
        case .learningRate(let lr):
            return "--lr must be a number above 0 and at most 100, got \(JSON.format(lr))"
        case .steps(let n):
            return "--steps must be a whole number from 1 to \(BackpropDemo.maxSteps), got \(n)"
        case .dropProbability(let p, zeroAllowed: true):
            return "--p must be a probability from 0 up to (not including) 1, got \(JSON.format(p))"
        case .dropProbability(let p, zeroAllowed: false):
            return "--p must be a probability above 0 and below 1 (dropout must drop something), got \(JSON.format(p))"
        }
    }
}
