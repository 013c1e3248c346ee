import JSONKit
import Testing
import TinyTensor

@testable import Demos

@Suite struct ActivationsDemoTests {
    @Test func depthExperimentMatchesNumpy() {
        let demo = ActivationsDemo(seed: 1)
        let f = NumpyDemoFixtures.self
        #expect(f.close(demo.firstLayerGradientNorms(activation: .sigmoid, seed: 42), f.depthSigmoid))
        #expect(f.close(demo.firstLayerGradientNorms(activation: .tanh, seed: 42), f.depthTanh))
        #expect(f.close(demo.firstLayerGradientNorms(activation: .relu, seed: 42), f.depthReLU))
    }

    @Test func pointsShowTheTextbookFacts() throws {
        let r = ActivationsDemo().run()
        let zero = try #require(r.points.first { $0.x == 0 })
        #expect(zero.derivative(.sigmoid) == 0.25)
        #expect(r.maxDerivative(.sigmoid) == 0.25)
        #expect(zero.derivative(.tanh) == 1)
        #expect(zero.derivative(.relu) == 0)
        #expect(zero.derivative(.leakyRelu) == 0.01)
        #expect(r.points.allSatisfy { [0, 1].contains($0.derivative(.relu)) })
        for p in r.points {
            for a in Activation.allCases { #expect(Swift.abs(p.derivative(a) - a.derivative(at: p.x)) < 1e-15) }
        }
        #expect(r.points.count == 33 && r.points.first?.x == -4 && r.points.last?.x == 4)
    }

    @Test func sigmoidGradientVanishesAndReLUDoesNot() {
        let r = ActivationsDemo().run()
        #expect(r.depthGradients.map(\.depth) == Array(2...20))
        #expect(r.shrinkFactor(\.sigmoid) > 1e6)
        #expect(r.shrinkFactor(\.relu) < 100)
        #expect(r.shrinkFactor(\.tanh) < 100)
        #expect(r.depthGradients.last!.sigmoid < r.depthGradients.last!.tanh / 1e6)
    }

    @Test func jsonHasTheContractFields() throws {
        let json = try JSONParser.parse(ActivationsDemo(seed: 2).run().json.compact)
        let points = try #require(json["points"]?.arrayValue)
        #expect(points[0].objectValue?.keys == ["x", "sigmoid", "sigmoid_grad", "tanh", "tanh_grad", "relu", "relu_grad", "leaky_relu", "leaky_relu_grad"])
        let depths = try #require(json["depth_gradients"]?.arrayValue)
        #expect(depths.count == 19)
        #expect(depths[0].objectValue?.keys == ["depth", "sigmoid", "tanh", "relu"])
        #expect(depths[0]["depth"] == 2)
    }
}
