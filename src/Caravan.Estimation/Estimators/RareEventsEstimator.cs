namespace Caravan.Estimation.Estimators;

/// <summary>Numbers of a rare-events logit fit on a dense design.</summary>
/// <param name="Covariance">Reported variance (k×k row-major): the ML variance, × (n/(n+k))² when bias-corrected.</param>
/// <param name="MlCovariance">(X' diag(w π(1−π)) X)^−1 at the (weighted) ML fit, the bread for robust variances.</param>
/// <param name="MlFitted">Fitted probabilities of the (weighted) ML fit.</param>
/// <param name="Fitted">Probabilities at the reported (corrected) coefficients.</param>
/// <param name="PriorWeights">Case weights of the ML fit (all 1 unless weighting).</param>
/// <param name="LogLikelihood">(Weighted) log-likelihood of the ML fit.</param>
/// <param name="NullLogLikelihood">(Weighted) log-likelihood of the intercept-only ML fit.</param>
internal sealed record RareEventsOutcome(
    string[] Terms,
    double[] Coefficients,
    double[] Covariance,
    double[] MlCovariance,
    double[] MlFitted,
    double[] Fitted,
    double[] PriorWeights,
    double LogLikelihood,
    double NullLogLikelihood,
    double VarianceFactor,
    int Iterations,
    IReadOnlyList<string> Notes);

/// <summary>
/// King &amp; Zeng (2001) rare-events logit with Zelig's relogit conventions (IQSS/Zelig
/// R/model-relogit.R, summary.Relogit): logit ML (weighted by w₁ = τ/ȳ, w₀ = (1−τ)/(1−ȳ) under
/// weighting); bias correction β − (X'WX)^−1X'Wξ with W = π(1−π)w_i, ξ_i = ½Q_ii[(1+w₁)π_i − w₁] (King &amp; Zeng's
/// eq. 11 and Zelig 5.1.7's code; checked against the real Zelig in the golden tests),
/// Q_ii = x_i'(X'WX)^−1x_i (Zelig uses the case-control weights w_i here under prior correction too,
/// and w_i = 1, ξ_i = ½Q_ii(2π_i − 1) without τ); prior correction of the intercept
/// β₀ − ln[((1−τ)/τ)(ȳ/(1−ȳ))]; variance (n/(n+k))² V when bias-corrected.
/// </summary>
internal static class RareEventsEstimator
{
    /// <summary>
    /// Fitted probabilities closer than this to 0 or 1 make relogit refuse the data as (quasi-)separated. Stricter
    /// than glm's warning rule (Families.GlmBoundary): the ML engine stops on a separated design before η passes
    /// glm's ±30, so only this looser cut catches it; the error points to Firth.
    /// </summary>
    private const double SeparationEps = 1e-10;

    public static RareEventsOutcome Fit(
        double[][] x, string[] terms, double[] y, RareEventsOptions options, string outcomeName = "y", IReadOnlyList<int>? sourceRows = null)
    {
        var n = y.Length;
        var k = x.Length;
        if (options.Tau is { } t && !(t > 0 && t < 1))
        {
            throw new EstimationException(
                $"Rare-events logit: tau (the population event rate) must be strictly between 0 and 1; got {t.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        BinaryOutcome.Validate(y, outcomeName, "Rare-events logit", sourceRows);
        var intercept = FirthEstimator.InterceptIndex(x, terms);
        var weighting = options.Tau is not null && options.Correction == RareEventsCorrection.Weighting;
        if (options.Tau is not null && !weighting && intercept < 0)
        {
            throw new EstimationException("Rare-events logit: prior correction adjusts the intercept; the model has none.");
        }

        var ybar = y.Average();
        double w0 = 1, w1 = 1;
        var wi = Enumerable.Repeat(1.0, n).ToArray();
        if (options.Tau is { } tau)
        {
            w1 = tau / ybar;
            w0 = (1 - tau) / (1 - ybar);
            for (var i = 0; i < n; i++)
            {
                wi[i] = y[i] == 1 ? w1 : w0;
            }
        }

        var pw = weighting ? wi : Enumerable.Repeat(1.0, n).ToArray();
        var engine = new PenalizedLogitEngine(x, y, pw, null, firth: false) { MaxIterations = 100 };
        var ml = engine.Fit(new double[k]);
        if (double.IsNaN(ml.LogLik))
        {
            throw new EstimationException("Rare-events logit: the information matrix is singular (collinear regressors); drop a term.");
        }

        CheckSeparation(ml, sourceRows);
        var notes = new List<string>();
        if (!ml.Converged)
        {
            notes.Add($"Logit ML did not converge in {ml.Iterations} iterations.");
        }

        var beta = (double[])ml.Beta.Clone();
        if (options.BiasCorrect)
        {
            var w = new double[n];
            for (var i = 0; i < n; i++)
            {
                w[i] = ml.Fitted[i] * (1 - ml.Fitted[i]) * wi[i];
            }

            var info = Numerics.LinearAlgebra.CrossProduct(x, w, Environment.ProcessorCount);
            if (!LogitLinearAlgebra.TryCholesky(info, k, out var l))
            {
                throw new EstimationException("Rare-events logit: X'WX is singular in the bias correction.");
            }

            var q = LogitLinearAlgebra.RowQuadraticFormsCholesky(x, l, Environment.ProcessorCount);
            var rhs = new double[k];
            for (var i = 0; i < n; i++)
            {
                var xi = 0.5 * q[i] * (((1 + w1) * ml.Fitted[i]) - w1);
                var wxi = w[i] * xi;
                for (var j = 0; j < k; j++)
                {
                    rhs[j] += x[j][i] * wxi;
                }
            }

            var bias = LogitLinearAlgebra.Solve(l, k, rhs);
            for (var j = 0; j < k; j++)
            {
                beta[j] -= bias[j];
            }

            notes.Add(options.ScaleVariance
                ? "King-Zeng rare-events bias correction applied; variance scaled by (n/(n+k))^2 (King & Zeng 2001)."
                : "King-Zeng rare-events bias correction applied; variance unscaled, as Zelig's relogit prints it (ScaleVariance for King & Zeng's (n/(n+k))^2).");
        }

        if (options.Tau is { } tau2)
        {
            if (!weighting)
            {
                beta[intercept] -= Math.Log((1 - tau2) / tau2 * (ybar / (1 - ybar)));
                notes.Add($"Prior correction of the intercept with tau = {tau2:R} (sample mean {ybar:R}).");
            }
            else
            {
                notes.Add($"Weighting with tau = {tau2:R}: w1 = {w1:R} (events), w0 = {w0:R} (non-events).");
            }
        }

        var factor = options.BiasCorrect && options.ScaleVariance ? Math.Pow((double)n / (n + k), 2) : 1.0;
        var cov = ml.Covariance.Select(v => v * factor).ToArray();
        var fitted = new double[n];
        for (var i = 0; i < n; i++)
        {
            var eta = 0.0;
            for (var j = 0; j < k; j++)
            {
                eta += x[j][i] * beta[j];
            }

            fitted[i] = 1 / (1 + Math.Exp(-eta));
        }

        // Intercept-only (weighted) ML has the closed form π₀ = Σwy / Σw.
        var nullLl = double.NaN;
        if (intercept >= 0)
        {
            double sw = 0, swy = 0;
            for (var i = 0; i < n; i++)
            {
                sw += pw[i];
                swy += pw[i] * y[i];
            }

            var p0 = swy / sw;
            nullLl = (swy * Math.Log(p0)) + ((sw - swy) * Math.Log(1 - p0));
        }

        return new RareEventsOutcome(terms, beta, cov, ml.Covariance, ml.Fitted, fitted, pw, ml.LogLik, nullLl, factor, ml.Iterations, notes);
    }

    private static void CheckSeparation(PenalizedLogitFit ml, IReadOnlyList<int>? sourceRows)
    {
        var bad = 0;
        var first = -1;
        for (var i = 0; i < ml.Fitted.Length; i++)
        {
            if (ml.Fitted[i] < SeparationEps || ml.Fitted[i] > 1 - SeparationEps)
            {
                bad++;
                if (first < 0)
                {
                    first = i;
                }
            }
        }

        if (bad > 0 || !ml.Converged)
        {
            var where = bad > 0 ? $"{bad} observation(s) have fitted probabilities of 0 or 1 (first: row {(sourceRows is null ? first : sourceRows[first]) + 1} of the data)" : "the ML iterations diverge";
            throw new EstimationException(
                $"Rare-events logit: perfect or quasi-perfect separation — {where}; the maximum-likelihood estimates do not exist. " +
                "Use model 'firth' (penalised likelihood), or drop the separating regressor.");
        }
    }
}
