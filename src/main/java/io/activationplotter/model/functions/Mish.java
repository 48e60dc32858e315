package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Mish: x·tanh(softplus(x)) (torch.nn.Mish). With w = e^x, tanh(softplus(x)) = w(w+2)/(w(w+2)+2)
 * exactly, so it is evaluated as a rational function of e^−|x| (no overflow, no cancellation).
 * For x &gt; 0, f' = T + x·σ(x)·S with T = tanh(softplus(x)) and S = sech²(softplus(x)) (both terms
 * positive); for x ≤ 0, where those terms cancel, f' = w·ω/δ² with ω = 4(x+1) + w(4x+6) + 4w² + w³
 * and δ = w² + 2w + 2, whose only cancellation is at the zero of f' itself.
 */
public final class Mish implements Activation {

    /** Beyond this |x| the value is x (right) or −0 (left) and f' is 1 or −0 to double precision. */
    private static final double FAR = 1e4;

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("mish", "Mish", List.<ParameterSpec>of(),
            new ActivationInfo("A smooth, self-gated ReLU-like curve with a small negative dip (YOLOv4).",
                    "[-0.309, +inf)", false, false, ""),
            p -> new Mish(), null);

    @Override
    public double value(double x) {
        if (Math.abs(x) > FAR) {
            return x > 0 ? x : -0.0; // exact to double precision; avoids inf·0 = NaN inside
        }
        return x * tanhSoftplus(x);
    }

    @Override
    public double derivative(double x) {
        if (Math.abs(x) > FAR) {
            return x > 0 ? 1.0 : -0.0; // exact to double precision; avoids inf·0 = NaN inside
        }
        if (x > 0) {
            return tanhSoftplus(x) + x * Logistic.sigmoid(x) * sech2Softplus(x);
        }
        double w = StrictMath.exp(x);
        double omega = 4.0 * (x + 1.0) + w * (4.0 * x + 6.0) + w * w * (4.0 + w);
        double delta = w * (w + 2.0) + 2.0;
        return w * omega / (delta * delta);
    }

    /** tanh(log(1 + e^x)). */
    private static double tanhSoftplus(double x) {
        if (x > 0) {
            double v = StrictMath.exp(-x);
            double n = 1.0 + 2.0 * v;
            return n / (n + 2.0 * v * v);
        }
        double w = StrictMath.exp(x);
        double n = w * (w + 2.0);
        return n / (n + 2.0);
    }

    /** sech²(log(1 + e^x)) = 4q/(q + 1)² with q = (1 + e^x)², rewritten in v = e^−x (for x &gt; 0). */
    private static double sech2Softplus(double x) {
        double v = StrictMath.exp(-x);
        double a = 1.0 + v;
        double d = a * a + v * v;
        return 4.0 * (v * a) * (v * a) / (d * d);
    }

    @Override
    public SaturationKind leftSaturation() {
        return SaturationKind.SOFT;
    }

    @Override
    public SaturationKind rightSaturation() {
        return SaturationKind.NONE;
    }
}
