using System.Text;
using Caravan.Analysis.Models;

namespace Caravan.Analysis.Replication;

/// <summary>Generates replicate.R, replicate.do and the package README from the fitted specifications (no hand-written model lists).</summary>
public static class ReplicationScripts
{
    private static IEnumerable<TheoryFit> Logits(IEnumerable<TheoryFit> fits) => fits.Where(f => f.Kind == FitKind.Logit && f.Fit is not null);

    private static string Rhs(TheoryFit f) => f.Formula[(f.Formula.IndexOf('~', StringComparison.Ordinal) + 1)..].Trim();

    public static string R(IReadOnlyList<TheoryFit> fits)
    {
        var sb = new StringBuilder();
        var tol = StudyConvergence.RLiteral(StudyConvergence.Tolerance);
        var iter = StudyConvergence.MaxIterations;
        sb.Append($$"""
            # replicate.R — re-estimates every logit of the Caravan study from the exported estimation samples and compares
            # each coefficient and dyad-clustered SE with coefficients.csv (Caravan's own numbers).
            # Needs haven (reads the Stata 118 .dta files) and either fixest or sandwich (Debian: r-cran-haven, r-cran-sandwich).
            #   fixest:        feglm(..., cluster = ~dyad, glm.tol = {{tol}}, glm.iter = {{iter}})
            #   glm+sandwich:  glm(..., control = glm.control(epsilon = {{tol}}, maxit = {{iter}})) and
            #                  sandwich::vcovCL(m, cluster = ~dyad, type = "HC1", cadjust = TRUE)
            # each followed by one more IRLS pass from the converged coefficients (start = coef(m)), as Caravan does.
            # Both apply Caravan's small-sample convention, G/(G-1) * (n-1)/(n-K) (G dyads, K coefficients): vcovCL's
            # cadjust = TRUE is G/(G-1) and type "HC1" is (n-1)/(n-K) on top of HC0. All three engines stop IRLS when
            # |dev - dev_old|/(|dev| + 0.1) < {{tol}} and take that one extra step (Caravan: StudyConvergence), so
            # every coefficient and SE agrees to 1e-6 (absolute) or better with either engine.
            # Run from this folder: Rscript replicate.R [fixest|glm]  (default: fixest when installed, else glm).
            # Writes replicate_r.csv (model, term, estimate, std_error, nobs, engine) and prints the largest absolute
            # differences. Firth columns are not re-estimated here.
            suppressPackageStartupMessages(library(haven))
            args <- commandArgs(trailingOnly = TRUE)
            engine_wanted <- if (length(args) > 0) args[1] else if (requireNamespace("fixest", quietly = TRUE)) "fixest" else "glm"
            if (!engine_wanted %in% c("fixest", "glm")) stop("usage: Rscript replicate.R [fixest|glm]")
            use_fixest <- engine_wanted == "fixest"
            if (use_fixest && !requireNamespace("fixest", quietly = TRUE)) stop("fixest is not installed; run Rscript replicate.R glm")
            if (!use_fixest) suppressPackageStartupMessages(library(sandwich))
            samples <- list()
            load_sample <- function(file) {
              if (is.null(samples[[file]])) samples[[file]] <<- as.data.frame(haven::zap_labels(haven::read_dta(file)))
              samples[[file]]
            }
            fit_one <- function(model, file, flag, rhs) {
              d <- load_sample(file)
              d <- d[d[[flag]] == 1, ]
              f <- as.formula(paste("mid_onset ~", rhs))
              if (use_fixest) {
                m <- fixest::feglm(f, data = d, family = binomial(link = "logit"), cluster = ~dyad,
                                   glm.tol = {{tol}}, glm.iter = {{iter}})
                # One more IRLS pass from the converged coefficients, as Caravan (StepsAfterConvergence = 1).
                m <- fixest::feglm(f, data = d, family = binomial(link = "logit"), cluster = ~dyad, start = coef(m),
                                   glm.tol = {{tol}}, glm.iter = {{iter}})
                b <- coef(m); se <- fixest::se(m); n <- nobs(m); engine <- "fixest"
              } else {
                m <- glm(f, family = binomial(link = "logit"), data = d, control = glm.control(epsilon = {{tol}}, maxit = {{iter}}))
                if (!m$converged) stop(model, ": glm did not converge")
                # One more IRLS pass from the converged coefficients, as Caravan (StepsAfterConvergence = 1). Without it
                # sandwich's estfun.glm multiplies the final working residuals by the working weights of the step before
                # them, and that step can still move a rare-event row's eta by ~1e-4 (its score then off by as much).
                m <- glm(f, family = binomial(link = "logit"), data = d, start = coef(m), control = glm.control(epsilon = {{tol}}, maxit = {{iter}}))
                v <- sandwich::vcovCL(m, cluster = ~dyad, type = "HC1", cadjust = TRUE)
                b <- coef(m); se <- sqrt(diag(v)); n <- nobs(m); engine <- "glm+sandwich"
              }
              data.frame(model = model, term = names(b), estimate = unname(b), std_error = unname(se[names(b)]), nobs = n, engine = engine)
            }
            results <- list()

            """);
        foreach (var f in Logits(fits))
        {
            sb.Append($"results[[\"{ReplicationPackage.ModelId(f)}\"]] <- fit_one(\"{ReplicationPackage.ModelId(f)}\", \"sample_{f.Sample.Key}.dta\", \"{ReplicationPackage.Flag(f.Theory)}\", \"{Rhs(f)}\")\n");
        }

        sb.Append("""

            out <- do.call(rbind, results)
            out$term[out$term == "(Intercept)"] <- "(Intercept)"
            write.csv(out, "replicate_r.csv", row.names = FALSE)
            caravan <- read.csv("coefficients.csv")
            both <- merge(out, caravan[caravan$estimator == "Logit", ], by = c("model", "term"), suffixes = c("_r", "_caravan"))
            cat(sprintf("%s: %d coefficients compared; max |diff| estimate %.3g, SE %.3g\n", out$engine[1], nrow(both),
                        max(abs(both$estimate_r - both$estimate_caravan)), max(abs(both$std_error_r - both$std_error_caravan))))

            """);
        return sb.ToString();
    }

    public static string Stata(IReadOnlyList<TheoryFit> fits)
    {
        var sb = new StringBuilder();
        sb.Append($$"""
            * replicate.do — re-estimates every logit of the Caravan study from the exported estimation samples (Stata 14+).
            * Command: logit mid_onset <regressors> if in_<theory> == 1, vce(cluster dyad) <convergence options>.
            * Small-sample factor: Stata's ML estimators (logit, probit, ...) scale the clustered sandwich by G/(G-1) only
            * (G = e(N_clust) dyads; [R] vce_option, [P] _robust); regress also multiplies by (N-1)/(N-K). Caravan, fixest
            * and sandwich::vcovCL(type = "HC1", cadjust = TRUE) apply G/(G-1) * (N-1)/(N-K) (N = e(N), K = e(rank)
            * coefficients with the constant). caravan_se prints Stata's SEs times sqrt((N-1)/(N-K)), which equal the
            * std_error column of coefficients.csv; the unscaled ones are Stata's own.
            * Convergence: Caravan stops IRLS at a relative deviance change below {{StudyConvergence.RLiteral(StudyConvergence.Tolerance)}}; the options
            * below tighten Stata's defaults (tolerance 1e-6, ltolerance 1e-7, nrtolerance 1e-5) to the same precision.
            * (Not run here: there is no Stata on the build machine; replicate.R is the tested path.)
            version 14
            set more off
            capture program drop caravan_se
            program define caravan_se
                matrix V = e(V) * (e(N) - 1) / (e(N) - e(rank))
                matrix se = vecdiag(cholesky(diag(vecdiag(V))))
                matrix list se, format(%18.12g)
            end

            """);
        foreach (var g in Logits(fits).GroupBy(f => f.Sample.Key))
        {
            sb.Append($"use \"sample_{g.Key}.dta\", clear\n");
            foreach (var f in g)
            {
                sb.Append($"* {ReplicationPackage.ModelId(f)}: {f.Theory.Name}, {f.Sample.Label}\n");
                sb.Append($"logit mid_onset {Rhs(f).Replace(" + ", " ", StringComparison.Ordinal)} if {ReplicationPackage.Flag(f.Theory)} == 1, vce(cluster dyad) {StataConvergence}\n");
                sb.Append("caravan_se\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>Stata maximize options matching <see cref="StudyConvergence"/> (iterations, coefficient, log-likelihood and scaled-gradient tolerances).</summary>
    public const string StataConvergence = "iterate(100) tolerance(1e-10) ltolerance(1e-12) nrtolerance(1e-12)";

    public static string Readme(IReadOnlyList<TheoryFit> fits) =>
        $"""
        # Replication package

        Every world conflict model of the study, re-estimable in R or Stata from the exact rows Caravan used.

        | file | what |
        |---|---|
        | `sample_<dyads>_<first>_<last>.parquet`, `.dta` | the estimation sample of each sample (prd = politically relevant, all = all dyads), with every derived variable and `in_<theory>` = 1 for the rows of that theory's logit; codebook beside each (`.codebook.csv`, `.codebook.md`) |
        | `coefficients.csv` | Caravan's estimates and dyad-clustered SEs (full precision), one row per model and term |
        | `replicate.R` | `Rscript replicate.R [fixest\|glm]`: fixest::feglm (cluster = ~dyad, glm.tol = 1e-12) for each logit, or glm (epsilon = 1e-12) + sandwich::vcovCL (HC1, cadjust = TRUE: G/(G−1)·(n−1)/(n−K)); writes `replicate_r.csv` and prints the largest differences (both engines agree with Caravan to 1e-6 or better, tested) |
        | `replicate.do` | Stata `logit …, vce(cluster dyad)` with tightened convergence for each logit; Stata's cluster factor is G/(G−1) only, so the do-file also prints SEs × √((N−1)/(N−K)), Caravan's convention (not run here: no Stata) |

        Models ({Logits(fits).Count()} logits): {string.Join(", ", Logits(fits).Select(ReplicationPackage.ModelId))}.
        Firth columns and the sensitivity refits (without influential dyads or implausible trade) are not in the scripts;
        their rows are described in robustness.csv and influence.csv.
        """;
}
