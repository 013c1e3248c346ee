import Demos

/// `demo rnn` for people.
public enum RNNText {
    public static func render(_ r: RNNReport, _ style: TextStyle) -> String {
        var out: [String] = []
        let t = r.steps.count
        out.append(style.bold("Vanishing gradients through time: RNN against LSTM (seed \(r.seed))"))
        out.append(style.wrap("One sequence of \(t) random inputs; \(RNNDemo.hidden) hidden units, PyTorch's initialisation; loss L = sum of the last hidden state h_\(t). Backpropagation through time gives ||dL/dh_t|| for every step t: how much the loss can still learn from step t."))
        let x = r.steps.map(Double.init)
        let plot = TextPlot(
            series: [
                .init(name: "rnn", points: zip(x, r.rnnNorms).map { (x: $0, y: $1) }.reversed(), marker: "r", color: 31),
                .init(name: "lstm f~\(Formatting.fixed(r.meanForgetGate, 2))", points: zip(x, r.lstmNorms).map { (x: $0, y: $1) }.reversed(), marker: "L", color: 32),
                .init(name: "lstm f~\(Formatting.fixed(r.lowMeanForgetGate, 2))", points: zip(x, r.lowForgetLSTMNorms).map { (x: $0, y: $1) }.reversed(), marker: "f", color: 33),
            ],
            height: 12, logY: true, xLabel: "t")
        out.append(plot.render(style))
        let shown = r.steps.indices.filter { $0 % 5 == 0 || $0 == t - 1 }
        out.append(TextTable(
            headers: ["t", "rnn", "lstm f~\(Formatting.fixed(r.meanForgetGate, 2))", "lstm f~\(Formatting.fixed(r.lowMeanForgetGate, 2))"],
            rows: shown.map { [String(r.steps[$0]), Formatting.sci(r.rnnNorms[$0], 2), Formatting.sci(r.lstmNorms[$0], 2), Formatting.sci(r.lowForgetLSTMNorms[$0], 2)] }
        ).render(style))
        out.append(style.wrap("From t = \(t) back to t = 1 the RNN keeps \(Formatting.sci(r.survival(r.rnnNorms), 1)) of its gradient: each step multiplies it by diag(1 - h^2) W_h^T, whose norm is below 1 here, so it shrinks geometrically. The LSTM with forget gate f ~ \(Formatting.fixed(r.meanForgetGate, 2)) keeps \(Formatting.sci(r.survival(r.lstmNorms), 1)): along its cell state the step is c' = f c + i g, so dc'/dc = f, with no weight matrix and no squashing. Push the forget gate's bias down (f ~ \(Formatting.fixed(r.lowMeanForgetGate, 2))) and the LSTM forgets as fast as the RNN: \(Formatting.sci(r.survival(r.lowForgetLSTMNorms), 1)). This is why LSTMs initialise the forget bias to 1."))
        return finish(out, style)
    }
}
