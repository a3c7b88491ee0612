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
        sb.Append("""
            # replicate.R — re-estimates every logit of the Caravan study from the exported estimation samples and compares
            # each coefficient and dyad-clustered SE with coefficients.csv (Caravan's own numbers).
            # Needs: haven (reads the Stata 118 .dta files) and fixest (feglm, cluster = ~dyad: the same IRLS and small-sample
            # conventions as Caravan, G/(G-1) * (n-1)/(n-K); agreement to 1e-9). Without fixest it falls back to
            # glm + sandwich::vcovCL(type = "HC1"): the same formula, but glm's bread comes from fully converged weights
            # while fixest's and Caravan's come from the last IRLS step, so SEs agree to about 1e-4 (relative), not 1e-9.
            # Run from this folder: Rscript replicate.R. Writes replicate_r.csv (model, term, estimate, std_error, nobs,
            # engine) and prints the largest absolute differences. Firth columns are not re-estimated here.
            suppressPackageStartupMessages(library(haven))
            use_fixest <- requireNamespace("fixest", quietly = TRUE)
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
                m <- fixest::feglm(f, data = d, family = binomial(link = "logit"), cluster = ~dyad)
                b <- coef(m); se <- fixest::se(m); n <- nobs(m); engine <- "fixest"
              } else {
                m <- glm(f, family = binomial(link = "logit"), data = d, control = glm.control(epsilon = 1e-12, maxit = 100))
                b <- coef(m); se <- sqrt(diag(sandwich::vcovCL(m, cluster = ~dyad, type = "HC1"))); n <- nobs(m); engine <- "glm+sandwich"
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
            cat(sprintf("%d coefficients compared; max |diff| estimate %.3g, SE %.3g\n", nrow(both),
                        max(abs(both$estimate_r - both$estimate_caravan)), max(abs(both$std_error_r - both$std_error_caravan))))

            """);
        return sb.ToString();
    }

    public static string Stata(IReadOnlyList<TheoryFit> fits)
    {
        var sb = new StringBuilder();
        sb.Append("""
            * replicate.do — re-estimates every logit of the Caravan study from the exported estimation samples (Stata 14+).
            * Stata's logit, vce(cluster dyad) scales the clustered variance by G/(G-1) only; Caravan (like fixest and
            * sandwich HC1) also applies (N-1)/(N-K). The lines after each model print Stata's SEs rescaled by
            * sqrt((N-1)/(N-K)), which equal the std_error column of coefficients.csv.
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
                sb.Append($"logit mid_onset {Rhs(f).Replace(" + ", " ", StringComparison.Ordinal)} if {ReplicationPackage.Flag(f.Theory)} == 1, vce(cluster dyad)\n");
                sb.Append("caravan_se\n");
            }
        }

        return sb.ToString();
    }

    public static string Readme(IReadOnlyList<TheoryFit> fits) =>
        $"""
        # Replication package

        Every world conflict model of the study, re-estimable in R or Stata from the exact rows Caravan used.

        | file | what |
        |---|---|
        | `sample_<dyads>_<first>_<last>.parquet`, `.dta` | the estimation sample of each sample (prd = politically relevant, all = all dyads), with every derived variable and `in_<theory>` = 1 for the rows of that theory's logit; codebook beside each (`.codebook.csv`, `.codebook.md`) |
        | `coefficients.csv` | Caravan's estimates and dyad-clustered SEs (full precision), one row per model and term |
        | `replicate.R` | fixest::feglm (cluster = ~dyad) for each logit — or glm + sandwich::vcovCL (HC1) without fixest; writes `replicate_r.csv` and prints the largest differences |
        | `replicate.do` | Stata `logit …, vce(cluster dyad)` for each logit, with SEs rescaled to Caravan's (N−1)/(N−K) convention |

        Models ({Logits(fits).Count()} logits): {string.Join(", ", Logits(fits).Select(ReplicationPackage.ModelId))}.
        Firth columns and the sensitivity refits (without influential dyads or implausible trade) are not in the scripts;
        their rows are described in robustness.csv and influence.csv.
        """;
}
