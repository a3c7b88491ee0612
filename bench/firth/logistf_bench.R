# logistf 1.26.1 side by side with `Caravan.Bench firth` (bench/README.md, issue 8).
# Usage: R_LIBS=/opt/caravan-anchors/Rlib Rscript bench/firth/logistf_bench.R DATA.csv FORMULA OUT.json REPS [PL]
#   DATA.csv  the estimation rows the bench exported (the formula's variables; NA rows are dropped by logistf as by Caravan)
#   FORMULA   an R formula, e.g. "y ~ a + b + s + I(s^2) + I(s^3)"
#   REPS      timed repetitions of each fit (elapsed seconds, system.time)
#   PL        "both" (default: pl = FALSE, then pl = TRUE), "wald" or "profile"
# Writes coefficients, standard errors (sqrt(diag(vcov)), logistf >= 1.24's default), CI limits and p-values
# of each fit and its elapsed times as JSON.
suppressMessages({
  library(logistf)
  library(data.table)
  library(jsonlite)
})
a <- commandArgs(trailingOnly = TRUE)
d <- as.data.frame(fread(a[1]))
f <- as.formula(a[2])
reps <- as.integer(a[4])
which <- if (length(a) >= 5) a[5] else "both"

run <- function(pl) {
  times <- numeric(reps)
  fit <- NULL
  for (r in seq_len(reps)) {
    gc()
    times[r] <- system.time(fit <- logistf(f, data = d, pl = pl))[["elapsed"]]
  }
  list(
    pl = pl, n = fit$n, terms = names(coef(fit)), coef = unname(coef(fit)),
    se = unname(sqrt(diag(vcov(fit)))), lower = unname(fit$ci.lower), upper = unname(fit$ci.upper),
    p = unname(fit$prob), loglik = unname(fit$loglik), iter = fit$iter, times = I(times)
  )
}

res <- list(logistf = as.character(packageVersion("logistf")), R = R.version.string)
if (which %in% c("both", "wald")) res$wald <- run(FALSE)
if (which %in% c("both", "profile")) res$profile <- run(TRUE)
write_json(res, a[3], digits = NA, auto_unbox = TRUE, pretty = TRUE)
