/// Synonyms and abbreviations of deep-learning vocabulary, each group mapped to one canonical token.
///
/// Applied to answers and to key-point patterns alike, after stemming, longest phrase first,
/// so "Rectified Linear Units", "ReLUs" and "relu" all become `relu`, and a pattern written with
/// either form matches an answer written with the other.
struct Lexicon: Sendable {
    /// `(canonical, phrasings)`; the canonical word itself always maps to itself.
    static let groups: [(String, [String])] = [
        // Activations
        ("relu", ["rectified linear unit", "rectified linear", "rectifier", "relu activation"]),
        ("leakyrelu", ["leaky relu", "leaky rectified linear unit", "lrelu", "leaky"]),
        ("prelu", ["parametric relu"]),
        ("elu", ["exponential linear unit"]),
        ("gelu", ["gaussian error linear unit"]),
        ("sigmoid", ["logistic function", "logistic sigmoid", "sigmoidal", "logistic activation"]),
        ("tanh", ["hyperbolic tangent", "tan h"]),
        ("softmax", ["soft max", "soft-max", "normalized exponential"]),
        ("nonlinear", ["non linear", "nonlinearity", "nonlinearities"]),
        ("activationfunction", ["activation function", "activation fn"]),
        ("dropout", ["drop out", "dropout layer", "dropout regularization"]),
        // Networks
        ("nn", ["neural network", "neural net", "artificial neural network", "ann", "network", "net", "model"]),
        ("dnn", ["deep neural network", "deep network", "deep net"]),
        ("cnn", ["convolutional neural network", "convolutional network", "convnet", "conv net", "convolution network"]),
        ("rnn", ["recurrent neural network", "recurrent network", "recurrent net"]),
        ("lstm", ["long short term memory", "long short-term memory"]),
        ("gru", ["gated recurrent unit"]),
        ("mlp", ["multilayer perceptron", "multi layer perceptron", "feedforward neural network", "feed forward neural network",
                 "feedforward network", "feed forward network", "fnn", "ffn"]),
        ("gan", ["generative adversarial network", "generative adversarial net"]),
        ("vae", ["variational autoencoder", "variational auto encoder"]),
        ("autoencoder", ["auto encoder", "ae"]),
        ("transformer", ["transformer model", "transformer architecture"]),
        ("bert", ["bidirectional encoder representations from transformers"]),
        ("gpt", ["generative pretrained transformer"]),
        ("resnet", ["residual network", "residual net"]),
        ("skipconnection", ["skip connection", "residual connection", "shortcut connection", "identity shortcut", "shortcut"]),
        ("fullyconnected", ["fully connected", "fc", "dense layer", "dense", "linear layer"]),
        ("neuron", ["unit", "node", "perceptron", "hidden unit", "activation unit"]),
        ("seq2seq", ["sequence to sequence"]),
        ("mha", ["multi head attention", "multihead attention"]),
        ("selfattention", ["self attention", "intra attention"]),
        // Optimisation
        ("sgd", ["stochastic gradient descent"]),
        ("minibatch", ["mini batch"]),
        ("gd", ["gradient descent", "batch gradient descent", "full batch gradient descent"]),
        ("backprop", ["backpropagation", "back propagation", "backpropagate", "back propagate", "backward pass",
                      "reverse mode autodiff", "reverse mode differentiation"]),
        ("bptt", ["backpropagation through time", "back propagation through time", "backprop through time"]),
        ("learningrate", ["learning rate", "lr", "step size", "eta"]),
        ("adam", ["adaptive moment estimation"]),
        ("rmsprop", ["rms prop", "root mean square propagation"]),
        ("momentum", ["nesterov momentum", "heavy ball"]),
        ("hyperparameter", ["hyper parameter"]),
        ("crossvalidation", ["cross validation", "k fold", "kfold", "k fold cross validation"]),
        ("coadapt", ["co adaptation", "coadaptation", "co adapt", "co adapting", "co adapted", "coadapting", "coadapted"]),
        ("parameter", ["param"]),
        ("gradient", ["grad", "derivative", "partial derivative"]),
        ("chainrule", ["chain rule"]),
        ("lossfunction", ["loss function", "cost function", "objective function", "error function", "loss", "cost", "objective"]),
        ("convergence", ["converge"]),
        ("localminimum", ["local minimum", "local minima", "local optimum", "local optima"]),
        ("saddlepoint", ["saddle point"]),
        // Losses and metrics
        ("mse", ["mean squared error", "mean square error", "squared error", "l2 loss", "quadratic loss"]),
        ("mae", ["mean absolute error", "absolute error", "l1 loss"]),
        ("crossentropy", ["cross entropy", "log loss", "negative log likelihood", "nll", "logistic loss", "bce", "binary cross entropy",
                          "categorical cross entropy", "cce"]),
        ("kldivergence", ["kullback leibler divergence", "kullback leibler", "kl divergence", "kl", "relative entropy"]),
        ("probability", ["prob", "probabilistic", "likelihood"]),
        // Regularisation
        ("regularization", ["regularize", "regularizer", "regularizing"]),
        ("l1", ["lasso", "l1 norm", "l1 penalty", "l1 regularization"]),
        ("l2", ["ridge", "l2 norm", "l2 penalty", "l2 regularization", "tikhonov"]),
        ("weightdecay", ["weight decay"]),
        ("overfit", ["over fit", "overfitting", "over fitting", "overfitted", "memorize", "memorization", "high variance"]),
        ("underfit", ["under fit", "underfitting", "under fitting", "high bias"]),
        ("earlystopping", ["early stopping", "early stop", "stop early", "stop training early"]),
        ("dataaugmentation", ["data augmentation", "augmentation", "augment data", "augmenting data", "augment"]),
        ("generalization", ["generalize", "generalise", "unseen data", "new data"]),
        ("batchnorm", ["batch normalization", "batch normalisation", "batch norm", "batchnormalization", "bn"]),
        ("layernorm", ["layer normalization", "layer normalisation", "layer norm", "ln"]),
        ("normalization", ["normalize", "normalise", "standardize", "standardise", "standardization"]),
        // Data and training
        ("trainingset", ["training set", "training data", "train set", "train data", "training dataset", "training examples"]),
        ("validationset", ["validation set", "validation data", "dev set", "held out set", "holdout set", "validation"]),
        ("testset", ["test set", "test data", "testing set"]),
        ("inference", ["test time", "prediction time", "inference time", "evaluation mode", "eval mode", "deployment", "serving",
                       "predict time", "testing time", "test phase"]),
        ("pretrain", ["pre train", "pre trained", "pretrained"]),
        ("finetune", ["fine tune", "fine tuned", "fine tuning"]),
        ("transferlearning", ["transfer learning"]),
        ("gpu", ["graphics processing unit", "graphics card"]),
        ("tpu", ["tensor processing unit"]),
        ("embedding", ["embed", "word vector", "vector representation", "dense vector"]),
        ("onehot", ["one hot"]),
        ("image", ["picture", "photo", "pixel grid"]),
        ("featuremap", ["feature map", "activation map"]),
        ("receptivefield", ["receptive field"]),
        ("pooling", ["pool", "pooling layer", "max pooling", "maxpool", "average pooling", "avgpool", "subsampling", "downsampling",
                     "down sample"]),
        ("kernel", ["filter", "convolution kernel", "conv filter"]),
        ("convolution", ["conv", "convolve", "convolutional"]),
        ("padding", ["pad", "zero padding"]),
        ("stride", ["step of filter"]),
        ("nlp", ["natural language processing"]),
        ("pca", ["principal component analysis"]),
        ("svm", ["support vector machine"]),
        ("iid", ["independent and identically distributed", "independent identically distributed"]),
        ("pdf", ["probability density function"]),
        // Everyday words
        ("reduce", ["prevent", "avoid", "mitigate", "combat", "counter", "counteract", "alleviate", "lessen", "decrease",
                    "fight", "address", "solve", "fix", "tackle", "curb", "limit", "minimize", "diminish", "cut", "shrink", "against", "guard against", "protect against"]),
        ("increase", ["raise", "boost", "grow", "enlarge", "amplify", "maximize", "more"]),
        ("faster", ["speed up", "accelerate", "fast", "quick", "speedup", "efficient", "efficiency"]),
        ("zero", ["0", "zeros", "zeroes", "nil"]),
        ("one", ["1"]),
        ("random", ["randomly", "stochastic", "stochastically", "at random"]),
        ("remove", ["drop", "discard", "eliminate", "deactivate", "disable", "turn off", "switch off", "ignore", "delete", "omit",
                    "mask", "mask out", "zero out", "shut off", "knock out", "set to zero", "off"]),
        ("large", ["high", "huge", "big", "massive", "great"]),
        ("small", ["low", "little", "tiny", "minor"]),
        ("weight", ["weight matrix", "connection strength"]),
        ("output", ["result", "prediction", "predicted"]),
        ("input", ["inputs"]),
        ("feature", ["attribute", "characteristic"]),
        ("sample", ["example", "data point", "datapoint", "observation", "instance", "record"]),
        ("label", ["target", "ground truth", "annotation"]),
        ("compute", ["calculate", "calculation", "computation", "evaluate"]),
        ("mean", ["average", "avg", "expected value", "expectation"]),
        ("variance", ["var", "spread", "std", "standard deviation"]),
        ("sequence", ["sequential", "time series", "ordered data", "timestep", "time step"]),
        ("memory", ["ram", "storage"]),
        ("stable", ["stability", "stabilize", "stabilise", "steady", "smooth"]),
        ("vanish", ["disappear", "shrink toward zero", "tiny gradient", "die out"]),
        ("explode", ["explosion", "blow up", "diverge", "huge gradient", "exploding"]),
        ("saturate", ["saturation", "flat region", "flatten out", "plateau"]),
        ("sparse", ["sparsity", "mostly zero"]),
        ("scale", ["rescale", "scaling", "multiply", "factor"]),
        ("shift", ["offset", "translate"]),
        ("layer", ["level", "stage"]),
        ("parallel", ["parallelize", "parallelise", "parallelism", "simultaneously", "at once", "concurrently"]),
        ("complex", ["complicated", "intricate", "sophisticated"]),
        ("simple", ["basic", "plain", "straightforward", "easy"]),
        ("class", ["category", "classes"]),
        ("clip", ["clipping", "cap", "truncate", "rescale norm"]),
        ("initialization", ["initialize", "initialise", "init", "initial value", "initial weight"]),
        ("not", ["no", "never", "without", "cannot", "none", "nor", "neither", "lack", "lacks", "lacking",
                 "unlike", "nothing", "hardly", "fail", "fails", "failing", "non"]),
    ]

    /// First token of a phrase → (the rest of the phrase, canonical), longest first.
    let table: [String: [(rest: [String], canonical: String)]]

    /// Builds the table by running each phrasing through the same analysis as answers (minus the lexicon).
    init(groups: [(String, [String])], analyze: (String) -> [String]) {
        var table: [String: [(rest: [String], canonical: String)]] = [:]
        for (canonical, phrasings) in groups {
            for phrase in [canonical] + phrasings {
                let tokens = analyze(phrase)
                guard let first = tokens.first else { continue }
                table[first, default: []].append((rest: Array(tokens.dropFirst()), canonical: canonical))
            }
        }
        for key in table.keys { table[key]!.sort { $0.rest.count > $1.rest.count } }
        self.table = table
    }
}
