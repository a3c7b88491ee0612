namespace Caravan.Estimation.Estimators;

/// <summary>Numbers of a Firth fit on a dense design, before they are packed into the shared result.</summary>
internal sealed record FirthOutcome(
    string[] Terms,
    double[] Coefficients,
    double[] Covariance,
    double[] Fitted,
    double[] Hat,
    int Iterations,
    bool Converged,
    FirthDetails Details);

/// <summary>
/// Firth (1993) penalised logistic regression as R logistf (Heinze &amp; Schemper 2002): estimates
/// maximise l(β) + ½ log|I(β)|; SEs from the inverse penalised information; profile penalised-
/// likelihood CIs and penalised LR p-values (pl = TRUE) or Wald; global penalised LR test against
/// the model with all slopes at 0 (penalty of the full design); FLIC and FLAC (Puhr et al. 2017) as
/// logistf's flic() / flac().
/// </summary>
internal static class FirthEstimator
{
    public static FirthOutcome Fit(double[][] x, string[] terms, double[] y, FirthOptions options)
    {
        if (!(options.Alpha > 0 && options.Alpha < 1))
        {
            throw new EstimationException($"Firth logit: alpha must be in (0, 1); got {options.Alpha}.");
        }

        var k = x.Length;
        var intercept = InterceptIndex(x, terms);
        var engine = new PenalizedLogitEngine(x, y, null, null, firth: true) { MaxIterations = options.MaxIterations };
        // Start with the intercept (if any) at logit(ȳ), the rest at 0: the same optimum as logistf's start at 0
        // (both converge to the score tolerance), in fewer iterations when events are rare.
        var start = new double[k];
        var ybar = y.Average();
        if (intercept >= 0 && ybar is > 0 and < 1)
        {
            start[intercept] = Math.Log(ybar / (1 - ybar));
        }

        var full = engine.Fit(start);
        if (double.IsNaN(full.LogLik))
        {
            throw new EstimationException(
                "Firth logit: the Fisher information is singular (collinear regressors); drop a term.");
        }

        var reported = options.Variance == FirthVariance.Augmented ? AugmentedCovariance(engine.Design, full.Fitted, full.Hat) : full.Covariance;
        var se = Enumerable.Range(0, k).Select(j => Math.Sqrt(reported[j * k + j])).ToArray();
        var profile = new FirthProfile(engine, full);
        // FLAC replaces every row's inference by that of the augmented ML fit: skip the Firth profiles then.
        var (chi, p, lo, hi, methods) = options.Correction == FirthCorrection.Flac
            ? (new double[k], new double[k], new double[k], new double[k], new IntervalMethod[k])
            : Inference(profile, full.Beta, se, options);

        // Global test: slopes fixed at 0, intercept (if any) free; penalty of the full design.
        var nullFree = Enumerable.Range(0, k).Select(j => j == intercept).ToArray();
        var nullFit = engine.Fit(start, nullFree, keepRows: false);
        var lr = Math.Max(0, 2 * (full.LogLik - nullFit.LogLik));
        var df = intercept >= 0 ? k - 1 : k;

        var beta = full.Beta;
        var cov = reported;
        var fitted = full.Fitted;
        switch (options.Correction)
        {
            case FirthCorrection.Flic when intercept < 0:
                throw new EstimationException("FLIC re-estimates the intercept; the model has none.");
            case FirthCorrection.Flic:
                (beta, cov, fitted) = Flic(x, y, full, reported, intercept, se, chi, p, lo, hi, methods, options.Alpha);
                break;
            case FirthCorrection.Flac:
                (beta, cov, fitted) = Flac(x, y, full, se, chi, p, lo, hi, methods, options);
                break;
        }

        var details = new FirthDetails(
            terms, chi, p, lo, hi, methods, full.LogLik, nullFit.LogLik, lr, df,
            ProbabilityFunctions.ChiSquareUpperTail(lr, df), options.Correction, options.Alpha);
        return new FirthOutcome(terms, beta, cov, fitted, full.Hat, full.Iterations, full.Converged, details);
    }

    /// <summary>logistf ≥ 1.24's variance: (X' diag((1 + hᵢ) πᵢ(1 − πᵢ)) X)⁻¹, the Fisher information of the augmented data.</summary>
    internal static double[] AugmentedCovariance(LogitDesign design, double[] fitted, double[] hat)
    {
        var w = new double[fitted.Length];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = (1 + hat[i]) * fitted[i] * (1 - fitted[i]);
        }

        var k = design.Columns;
        return LogitLinearAlgebra.TryCholesky(LogitPasses.CrossProduct(design, w, Environment.ProcessorCount), k, out var l)
            ? LogitLinearAlgebra.Inverse(l, k)
            : throw new EstimationException("Firth logit: the augmented-data information is singular (collinear regressors); drop a term.");
    }

    /// <summary>Index of the intercept: a term named "(Intercept)" or a column of ones; −1 if none.</summary>
    internal static int InterceptIndex(double[][] x, string[] terms)
    {
        for (var j = 0; j < terms.Length; j++)
        {
            if (terms[j] == "(Intercept)" || x[j].All(v => v == 1.0))
            {
                return j;
            }
        }

        return -1;
    }

    private static (double[] Chi, double[] P, double[] Lo, double[] Hi, IntervalMethod[] Methods) Inference(
        FirthProfile profile, double[] beta, double[] se, FirthOptions options)
    {
        var k = beta.Length;
        var chi = new double[k];
        var p = new double[k];
        var lo = new double[k];
        var hi = new double[k];
        var methods = new IntervalMethod[k];
        var z = ProbabilityFunctions.NormalQuantile(1 - options.Alpha / 2);
        if (options.ProfileLikelihood)
        {
            (chi, lo, hi) = profile.All(options.Alpha);
        }

        for (var j = 0; j < k; j++)
        {
            if (options.ProfileLikelihood)
            {
                p[j] = ProbabilityFunctions.ChiSquareUpperTail(chi[j], 1);
                methods[j] = IntervalMethod.ProfileLikelihood;
            }
            else
            {
                var t = beta[j] / se[j];
                chi[j] = t * t;
                p[j] = ProbabilityFunctions.NormalTwoSidedP(t);
                lo[j] = beta[j] - z * se[j];
                hi[j] = beta[j] + z * se[j];
                methods[j] = IntervalMethod.Wald;
            }
        }

        return (chi, p, lo, hi, methods);
    }

    /// <summary>
    /// FLIC: slopes as Firth; intercept = ML estimate with the slope part of the linear predictor as
    /// offset; its SE from (X'WX)^−1 at the FLIC fitted values and Wald CI; z p-value of the offset glm (as flic()).
    /// </summary>
    private static (double[] Beta, double[] Cov, double[] Fitted) Flic(
        double[][] x, double[] y, PenalizedLogitFit full, double[] slopeCov, int intercept, double[] se,
        double[] chi, double[] p, double[] lo, double[] hi, IntervalMethod[] methods, double alpha)
    {
        var k = x.Length;
        var n = y.Length;
        var offset = new double[n];
        for (var j = 0; j < k; j++)
        {
            if (j == intercept)
            {
                continue;
            }

            for (var i = 0; i < n; i++)
            {
                offset[i] += x[j][i] * full.Beta[j];
            }
        }

        var ones = new[] { Enumerable.Repeat(1.0, n).ToArray() };
        var ml = new PenalizedLogitEngine(ones, y, null, offset, firth: false).Fit([full.Beta[intercept]]);
        var beta = (double[])full.Beta.Clone();
        beta[intercept] = ml.Beta[0];
        var wt = ml.Fitted.Select(pi => pi * (1 - pi)).ToArray();
        var info = LogitLinearAlgebra.CrossProduct(x, wt);
        if (!LogitLinearAlgebra.TryCholesky(info, k, out var l))
        {
            throw new EstimationException("FLIC: the Fisher information at the FLIC fit is singular.");
        }

        var flicCov = LogitLinearAlgebra.Inverse(l, k);
        var cov = (double[])slopeCov.Clone();
        var se0 = Math.Sqrt(flicCov[intercept * k + intercept]);
        for (var j = 0; j < k; j++)
        {
            // Only the intercept's variance is defined by flic(); its covariances are left at 0.
            cov[intercept * k + j] = 0;
            cov[j * k + intercept] = 0;
        }

        cov[intercept * k + intercept] = se0 * se0;
        se[intercept] = se0;
        var z = ProbabilityFunctions.NormalQuantile(1 - alpha / 2);

        // As flic(): the p-value comes from the offset glm's own summary (intercept-only SE 1/√Σπ(1−π)),
        // while the reported SE and Wald interval use the full (X'WX)^−1.
        var t = beta[intercept] / Math.Sqrt(ml.Covariance[0]);
        chi[intercept] = t * t;
        p[intercept] = ProbabilityFunctions.NormalTwoSidedP(t);
        lo[intercept] = beta[intercept] - z * se0;
        hi[intercept] = beta[intercept] + z * se0;
        methods[intercept] = IntervalMethod.Wald;
        return (beta, cov, ml.Fitted);
    }

    /// <summary>
    /// FLAC: ML on the data augmented with two copies of every observation (responses y and 1 − y,
    /// weights h_i/2 from the Firth fit) and an indicator of the pseudo-observations; coefficients,
    /// SEs, profile (ML) CIs and LR p-values of the original terms from that fit (as flac()).
    /// </summary>
    private static (double[] Beta, double[] Cov, double[] Fitted) Flac(
        double[][] x, double[] y, PenalizedLogitFit full, double[] se,
        double[] chi, double[] p, double[] lo, double[] hi, IntervalMethod[] methods, FirthOptions options)
    {
        var k = x.Length;
        var n = y.Length;
        var xa = new double[k + 1][];
        for (var j = 0; j < k; j++)
        {
            xa[j] = [.. x[j], .. x[j], .. x[j]];
        }

        xa[k] = [.. new double[n], .. Enumerable.Repeat(1.0, 2 * n)];
        double[] ya = [.. y, .. y, .. y.Select(v => 1 - v)];
        var half = full.Hat.Select(h => h / 2).ToArray();
        double[] wa = [.. Enumerable.Repeat(1.0, n), .. half, .. half];
        var engine = new PenalizedLogitEngine(xa, ya, wa, null, firth: false) { MaxIterations = options.MaxIterations };
        var aug = engine.Fit([.. full.Beta, 0.0]);
        var ka = k + 1;
        var seAug = Enumerable.Range(0, ka).Select(j => Math.Sqrt(aug.Covariance[j * ka + j])).ToArray();
        var (chiA, pA, loA, hiA, mA) = Inference(new FirthProfile(engine, aug), aug.Beta, seAug, options);
        var cov = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                cov[i * k + j] = aug.Covariance[i * ka + j];
            }

            se[i] = seAug[i];
            chi[i] = chiA[i];
            p[i] = pA[i];
            lo[i] = loA[i];
            hi[i] = hiA[i];
            methods[i] = mA[i];
        }

        return (aug.Beta[..k], cov, aug.Fitted[..n]);
    }
}
