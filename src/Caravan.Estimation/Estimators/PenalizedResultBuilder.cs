using Caravan.Estimation.Numerics;
using Caravan.Estimation.Results;
using Caravan.Estimation.Vcov;

namespace Caravan.Estimation.Estimators;

/// <summary>
/// Packs Firth / rare-events outcomes into the shared <see cref="FitResult"/>. The bread is the
/// model's own variance (inverse penalised information for Firth; the ML (X'WX)^−1 for relogit), the
/// scores are x_i·w_i·(y_i − π_i), and <see cref="FitResult.Dispersion"/> is set so that re-applying
/// <see cref="VcovSpec.Iid"/> reproduces the reported variance exactly (logistf's and Zelig's
/// variances carry no (n−1)/(n−K) factor; relogit's carries (n/(n+k))²). Robust variances chosen later
/// are the usual sandwiches around the ML / penalised bread.
/// </summary>
internal static class PenalizedResultBuilder
{
    public static FitResult FromFirth(PenalizedSample s, FirthOutcome o, FirthOptions options)
    {
        var k = o.Coefficients.Length;
        var n = s.Rows;
        var d = o.Details;
        var rows = new CoefficientRow[k];
        for (var j = 0; j < k; j++)
        {
            rows[j] = new CoefficientRow(
                s.Terms[j], o.Coefficients[j], Math.Sqrt(o.Covariance[j * k + j]), d.ChiSquare[j], d.PValues[j], d.ConfLow[j], d.ConfHigh[j]);
        }

        var notes = new List<string>
        {
            options.Correction switch
            {
                FirthCorrection.Flic => "FLIC: Firth slopes; intercept re-estimated by ML (Wald interval for the intercept).",
                FirthCorrection.Flac => "FLAC: ML on the data augmented with Firth pseudo-observations (Puhr et al. 2017).",
                _ => "Firth penalised likelihood (as R logistf).",
            },
            (options.ProfileLikelihood, options.Correction) switch
            {
                (false, _) => "Intervals and p-values: Wald; statistic = z squared.",
                (true, FirthCorrection.Flac) => $"Intervals: {(1 - options.Alpha) * 100:0.##}% profile likelihood on the augmented data; statistic = LR chi-square (1 df).",
                (true, FirthCorrection.Flic) => $"Intervals: {(1 - options.Alpha) * 100:0.##}% profile penalised likelihood (intercept: Wald); statistic = penalised LR chi-square (1 df).",
                _ => $"Intervals: {(1 - options.Alpha) * 100:0.##}% profile penalised likelihood; statistic = penalised LR chi-square (1 df).",
            },
            $"Penalised LR test: {d.LikelihoodRatio:F4} on {d.LikelihoodRatioDf} df, p = {d.LikelihoodRatioP:G4}.",
        };
        if (!o.Converged)
        {
            notes.Add($"WARNING: Firth iterations did not converge in {o.Iterations} iterations.");
        }

        var bread = new DenseMatrix(k, k, o.Covariance);
        var dispersion = IidDispersion(n, k, 1.0);
        return new FitResult
        {
            Kind = ModelKind.FirthLogit,
            Formula = s.Formula,
            TermNames = s.Terms,
            Estimates = o.Coefficients,
            Bread = bread,
            Scores = Scores(s, o.Fitted, null),
            Dispersion = dispersion,
            Vcov = bread,
            VcovSpec = new VcovSpec.Iid(),
            Nobs = n,
            NobsSource = s.Source.RowCount,
            Dropped = s.Dropped,
            ParameterCount = k,
            LogLikelihood = d.LogLikFull,
            NullLogLikelihood = d.LogLikNull,
            Iterations = o.Iterations,
            Converged = o.Converged,
            Notes = notes,
            Variance = new VarianceContext(s.Source, s.SampleRows),
            FittedValues = o.Fitted,
            LinearPredictor = LinearPredictor(s.Columns, o.Coefficients),
            Outcome = s.Y,
            Design = s.Design,
            InferenceOverride = rows,
            SquaredCorrelation = SquaredCorrelation(s.Y, o.Fitted),
        };
    }

    public static FitResult FromRareEvents(PenalizedSample s, RareEventsOutcome o)
    {
        var k = o.Coefficients.Length;
        var n = s.Rows;
        var weighted = o.PriorWeights.Any(w => w != 1.0);
        var vcov = new DenseMatrix(k, k, o.Covariance);
        return new FitResult
        {
            Kind = ModelKind.RareEventsLogit,
            Formula = s.Formula,
            TermNames = s.Terms,
            Estimates = o.Coefficients,
            Bread = new DenseMatrix(k, k, o.MlCovariance),
            Scores = Scores(s, o.MlFitted, weighted ? o.PriorWeights : null),
            Dispersion = IidDispersion(n, k, o.VarianceFactor),
            Vcov = vcov,
            VcovSpec = new VcovSpec.Iid(),
            Nobs = n,
            NobsSource = s.Source.RowCount,
            Dropped = s.Dropped,
            ParameterCount = k,
            LogLikelihood = o.LogLikelihood,
            NullLogLikelihood = o.NullLogLikelihood,
            PseudoR2 = 1 - (o.LogLikelihood / o.NullLogLikelihood),
            Iterations = o.Iterations,
            Notes = [.. o.Notes, "Log-likelihood and pseudo-R2 of the (uncorrected) logit ML fit; p-values from the normal (Zelig prints t with n-k df)."],
            Variance = new VarianceContext(s.Source, s.SampleRows),
            FittedValues = o.Fitted,
            LinearPredictor = LinearPredictor(s.Columns, o.Coefficients),
            Outcome = s.Y,
            Weights = weighted ? o.PriorWeights : null,
            Design = s.Design,
            SquaredCorrelation = SquaredCorrelation(s.Y, o.Fitted),
        };
    }

    /// <summary>Dispersion d with d·(n−1)/(n−K) = <paramref name="factor"/> (see VcovCalculator's iid rule for GLMs).</summary>
    private static double IidDispersion(int n, int k, double factor) => n > 1 && n > k ? factor * (n - k) / (n - 1.0) : factor;

    private static DenseMatrix Scores(PenalizedSample s, double[] pi, double[]? w)
    {
        var n = s.Rows;
        var k = s.Columns.Length;
        var data = new double[n * k];
        for (var i = 0; i < n; i++)
        {
            var r = (w?[i] ?? 1.0) * (s.Y[i] - pi[i]);
            for (var j = 0; j < k; j++)
            {
                data[(i * k) + j] = s.Columns[j][i] * r;
            }
        }

        return new DenseMatrix(n, k, data);
    }

    private static double[] LinearPredictor(double[][] x, double[] beta)
    {
        var n = x.Length == 0 ? 0 : x[0].Length;
        var eta = new double[n];
        for (var j = 0; j < x.Length; j++)
        {
            for (var i = 0; i < n; i++)
            {
                eta[i] += x[j][i] * beta[j];
            }
        }

        return eta;
    }

    private static double SquaredCorrelation(double[] y, double[] f)
    {
        var my = y.Average();
        var mf = f.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < y.Length; i++)
        {
            sxy += (y[i] - my) * (f[i] - mf);
            sxx += (y[i] - my) * (y[i] - my);
            syy += (f[i] - mf) * (f[i] - mf);
        }

        return sxy * sxy / (sxx * syy);
    }
}
