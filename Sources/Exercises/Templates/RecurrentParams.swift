import JSONKit

/// Parameter counts of torch.nn.LSTM (4 gates) and torch.nn.GRU (3 gates), with their worked solution.
enum RecurrentParams {
    /// Draws the shared params and solves for `gates` gates.
    static func draw(_ random: inout ExerciseRandom, seed: Int, gates: Int, template: String, module: String) -> Exercise {
        let input = random.pick([1, 8, 10, 16, 32, 50, 64, 100, 128, 256, 300])
        let hidden = random.pick([8, 16, 20, 32, 64, 100, 128, 256, 512])
        let layers = random.pick([1, 1, 2, 2, 3])
        let bidirectional = random.bool()
        let bias = random.int(0...3) != 0
        let directions = bidirectional ? 2 : 1
        var steps = [
            "\(module) has \(gates) gate blocks per layer and direction; each has W_ih (hidden × layer input), "
                + "W_hh (hidden × hidden)" + (bias ? " and two bias vectors b_ih, b_hh (hidden each)." : "; bias=False, so no biases."),
        ]
        var total = 0
        for layer in 0..<layers {
            let layerInput = layer == 0 ? input : hidden * directions
            let wih = gates * hidden * layerInput, whh = gates * hidden * hidden, b = bias ? 2 * gates * hidden : 0
            let perDirection = wih + whh + b
            total += perDirection * directions
            var line = "Layer \(layer + 1) (input \(layerInput)\(layer > 0 && bidirectional ? " = 2·\(hidden), both directions concatenated" : "")): "
                + "\(gates)·\(hidden)·\(layerInput) + \(gates)·\(hidden)·\(hidden)"
            if bias { line += " + 2·\(gates)·\(hidden)" }
            line += " = \(NumberText.count(wih)) + \(NumberText.count(whh))" + (bias ? " + \(NumberText.count(b))" : "")
                + " = \(NumberText.count(perDirection))"
            if bidirectional { line += "; × 2 directions = \(NumberText.count(perDirection * 2))" }
            steps.append(line)
        }
        steps.append("Answer: \(NumberText.count(total))")
        return Exercise(
            template: template, seed: seed,
            question: """
                How many learnable parameters does torch.nn.\(module)(input_size=\(input), hidden_size=\(hidden), \
                num_layers=\(layers), bidirectional=\(TemplateSupport.flag(bidirectional)), bias=\(TemplateSupport.flag(bias))) \
                have? (PyTorch keeps two bias vectors, b_ih and b_hh, per layer and direction.)
                """,
            params: TemplateSupport.params(
                ("input_size", TemplateSupport.int(input)), ("hidden_size", TemplateSupport.int(hidden)),
                ("num_layers", TemplateSupport.int(layers)), ("bidirectional", .bool(bidirectional)), ("bias", .bool(bias))),
            answer: [Double(total)], answerText: NumberText.count(total), solution: steps, form: .count, tolerance: .exact)
    }
}

extension ExerciseTemplate {
    static let lstmParams = ExerciseTemplate(
        name: "lstm-params", title: "Number of learnable parameters of an LSTM",
        method: """
            torch.nn.LSTM has 4 gate blocks (input, forget, cell, output). Per layer and direction:
              4·hidden·layer_input + 4·hidden·hidden + (bias ? 2·4·hidden : 0)
            layer_input is input_size for the first layer and hidden_size × directions above it
            (a bidirectional layer passes both directions' outputs up). Sum over layers, × 2 if bidirectional.
            """,
        tags: ["rnn"], level: .intermediate, practises: ["lstm", "lstm-vs-gru", "lstm-and-gru"]
    ) { random, seed in
        RecurrentParams.draw(&random, seed: seed, gates: 4, template: "lstm-params", module: "LSTM")
    }

    static let gruParams = ExerciseTemplate(
        name: "gru-params", title: "Number of learnable parameters of a GRU",
        method: """
            torch.nn.GRU has 3 gate blocks (reset, update, new). Per layer and direction:
              3·hidden·layer_input + 3·hidden·hidden + (bias ? 2·3·hidden : 0)
            layer_input is input_size for the first layer and hidden_size × directions above it.
            Sum over layers, × 2 if bidirectional. A GRU has 3/4 of an LSTM's parameters.
            """,
        tags: ["rnn"], level: .intermediate, practises: ["lstm-vs-gru", "lstm-and-gru", "rnn"]
    ) { random, seed in
        RecurrentParams.draw(&random, seed: seed, gates: 3, template: "gru-params", module: "GRU")
    }
}
