/// Every demo, in the order `dlquiz demo` lists them. Add one line per demo.
enum DemoRegistry {
    static let all: [any RunnableDemo.Type] = [
        BackpropDemoEntry.self,
        ActivationsDemoEntry.self,
        DropoutDemoEntry.self,
        OverfittingDemoEntry.self,
        ConvDemoEntry.self,
        SoftmaxDemoEntry.self,
        AttentionDemoEntry.self,
        RNNDemoEntry.self,
        OptimizersDemoEntry.self,
        PerceptronDemoEntry.self,
    ]
}
