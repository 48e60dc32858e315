package io.activationplotter.cli;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.network.train.DatasetKind;
import io.activationplotter.model.network.train.EpochReport;
import io.activationplotter.model.network.train.Mlp;
import io.activationplotter.model.network.train.OptimizerKind;
import io.activationplotter.model.network.train.OutputKind;
import io.activationplotter.model.network.train.Trainer;
import io.activationplotter.model.network.train.TrainingSetup;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code train}: trains a small MLP on one of TensorFlow Playground's datasets and prints CSV
 * {@code epoch,loss,train_accuracy,test_accuracy}, one row per reported epoch; the last row is the
 * end of training. Every argument is checked before training starts.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Trains an MLP on a 2-D Playground dataset and prints the loss and accuracy, as CSV.",
        description = {"CSV header epoch,loss,train_accuracy,test_accuracy: row 0 is the untrained network, then "
                + "every --every epochs, and the last row is the end of training.",
            "loss is the mean cross-entropy on the training points (nats). 500 points, half for training, half "
                    + "for testing; weights Xavier normal, biases 0. Same arguments, same numbers."},
        footerHeading = "%nExamples:%n",
        footer = {"  train --dataset xor --function tanh --layers 2 --width 8",
            "  train --dataset spiral --function relu --layers 4 --width 16 --epochs 500",
            "  train --dataset circle --function tanh,relu --layers 2 --width 8 --optimizer sgd --lr 0.1"})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "xor, circle, gauss or spiral.")
    private String dataset;

    @Option(names = {"-f", "--function"}, required = true, paramLabel = "NAME[,NAME...]",
            description = "The hidden layers' activation, as 'list' prints it; or one per layer, comma-separated.")
    private String function;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
            description = "A parameter by its PyTorch name, for every listed function that has it (repeatable).")
    private List<String> params;

    @Option(names = "--layers", required = true, paramLabel = "L", description = "Hidden layers, 1 to 8.")
    private String layers;

    @Option(names = "--width", required = true, paramLabel = "N", description = "Units per hidden layer, 1 to 32.")
    private String width;

    @Option(names = "--epochs", paramLabel = "E", description = "Epochs to train (default 300).")
    private String epochs = "300";

    @Option(names = "--lr", paramLabel = "R", description = "Learning rate, greater than 0 (default 0.005).")
    private String lr = "0.005";

    @Option(names = "--batch", paramLabel = "B", description = "Mini-batch size, at least 1 (default 10).")
    private String batch = "10";

    @Option(names = "--seed", paramLabel = "K", description = "Seed of the points, the weights and the batch order "
            + "(default 1).")
    private String seed = "1";

    @Option(names = "--noise", paramLabel = "X", description = "Dataset noise, 0 to 0.5, as Playground's 0-50 % "
            + "(default 0).")
    private String noise = "0";

    @Option(names = "--optimizer", paramLabel = "NAME", description = "adam (default) or sgd.")
    private String optimizer = "adam";

    @Option(names = "--output", paramLabel = "NAME", description = "sigmoid (default: one unit) or softmax (two).")
    private String output = "sigmoid";

    @Option(names = "--every", paramLabel = "K", description = "Print a row every K epochs (default 10).")
    private String every = "10";

    @Override
    public Integer call() {
        TrainingSetup setup = setup();
        int e = integer("--epochs", epochs, 1, 1_000_000);
        int k = integer("--every", every, 1, Integer.MAX_VALUE);
        PrintWriter out = spec.commandLine().getOut();
        Trainer t = new Trainer(setup);
        out.print("epoch,loss,train_accuracy,test_accuracy\n");
        row(out, t.evaluate());
        for (int i = 1; i <= e; i++) {
            EpochReport r = t.epoch();
            if (i % k == 0 || i == e) {
                row(out, r);
            }
            if (out.checkError()) {
                return 0; // the run's exit status is decided by Cli
            }
        }
        return 0;
    }

    private static void row(PrintWriter out, EpochReport r) {
        out.print(r.epoch() + "," + r.trainLoss() + "," + r.trainAccuracy() + "," + r.testAccuracy() + "\n");
    }

    private TrainingSetup setup() {
        DatasetKind kind = DatasetKind.find(dataset).orElseThrow(() -> bad("unknown --dataset "
                + Echo.quote(dataset) + ": use xor, circle, gauss or spiral"));
        int l = integer("--layers", layers, Mlp.MIN_LAYERS, Mlp.MAX_LAYERS);
        int n = integer("--width", width, Mlp.MIN_WIDTH, Mlp.MAX_WIDTH);
        double rate = positive("--lr", lr);
        int b = integer("--batch", batch, 1, Integer.MAX_VALUE);
        long s = longValue("--seed", seed);
        double x = number("--noise", noise);
        if (!(x >= 0 && x <= DatasetKind.MAX_NOISE)) {
            throw bad("bad --noise " + Echo.quote(noise) + ": it must be from 0 to 0.5");
        }
        OptimizerKind opt = OptimizerKind.find(optimizer).orElseThrow(() -> bad("unknown --optimizer "
                + Echo.quote(optimizer) + ": use adam or sgd"));
        OutputKind o = OutputKind.find(output).orElseThrow(() -> bad("unknown --output "
                + Echo.quote(output) + ": use sigmoid or softmax"));
        return new TrainingSetup(kind, x, s, activations(l), n, o, opt, rate, b);
    }

    /** @return one activation per layer: the one named, or the L named. */
    private List<Activation> activations(int l) {
        List<String> names = Arrays.asList(function.split(",", -1));
        if (names.size() != 1 && names.size() != l) {
            throw bad("bad --function " + Echo.quote(function) + ": give one name, or " + l
                    + " (one per layer), comma-separated");
        }
        Map<String, Double> values;
        try {
            values = ParamArgs.parse(params);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
        List<ActivationType> types = new ArrayList<>();
        for (String name : names) {
            types.add(Catalogue.find(name).orElseThrow(() -> bad("unknown function " + Echo.quote(name)
                    + " (run 'list' to see the names)")));
        }
        for (String key : values.keySet()) {
            if (types.stream().noneMatch(t -> t.parameter(key).isPresent())) {
                throw bad("bad --param: no function listed has a parameter '" + Echo.bare(key) + "'");
            }
        }
        List<Activation> f = new ArrayList<>();
        for (int i = 0; i < l; i++) {
            ActivationType t = types.get(names.size() == 1 ? 0 : i);
            Map<String, Double> own = new LinkedHashMap<>(values);
            own.keySet().removeIf(key -> t.parameter(key).isEmpty());
            String error = t.validate(own);
            if (error != null) {
                throw bad("bad --param: " + error);
            }
            f.add(t.create(own));
        }
        return f;
    }

    private double number(String option, String text) {
        try {
            return Numbers.parseFinite(text);
        } catch (NumberFormatException e) {
            throw bad("bad " + option + ": " + e.getMessage());
        }
    }

    private double positive(String option, String text) {
        double v = number(option, text);
        if (!(v > 0)) {
            throw bad("bad " + option + " " + Echo.quote(text) + ": it must be greater than 0");
        }
        return v;
    }

    private long longValue(String option, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw bad("bad " + option + " " + Echo.quote(text) + ": expected a whole number");
        }
    }

    private int integer(String option, String text, int min, int max) {
        long v = longValue(option, text);
        if (v < min || v > max) {
            throw bad("bad " + option + " " + Echo.quote(text) + ": it must be from " + min
                    + (max == Integer.MAX_VALUE ? " up" : " to " + max));
        }
        return (int) v;
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
