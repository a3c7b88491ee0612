# Reference numbers for Caravan's King-Zeng rare-events logit (Zelig's relogit conventions).
#
# This script REPRODUCES Zelig's relogit() in base R (stats::glm / stats::lm), following the algorithm
# of Zelig 5.1.7's relogit() (the installed package's code, Debian r-cran-zelig) and King & Zeng (2001)
# eq. 11, and the variance correction of summary.Relogit (Zelig4 R/summary.R). The real Zelig's
# coefficients and SEs are checked separately (Reference/zelig_relogit.R -> Expected/zelig_relogit.json).
# Until 2026-12-02 this script used w0 in xi (an earlier reading of the algorithm), 0.8 % off Zelig:
#   ybar = mean(y); w1 = tau / ybar; w0 = (1 - tau) / (1 - ybar); w_i = w1 y_i + w0 (1 - y_i)
#   fit  : glm(binomial), with prior weights w_i only under case.control = "weighting"
#   bias : pi = fitted; W = pi (1 - pi) w_i  (w_i as above in BOTH the prior-correction and the
#          weighting case; w_i = 1 when tau is NULL); Q_ii = x_i' (X'WX)^-1 x_i;
#          xi = 0.5 Q_ii ((1 + w1) pi - w1); bias = (X'WX)^-1 X'W xi; beta = beta - bias
#   prior: intercept - log(((1 - tau) / tau) * (ybar / (1 - ybar)))   (prior correction only)
#   vcov : glm's (X' diag(prior weights * pi (1 - pi)) X)^-1 at the uncorrected MLE, times
#          (n / (n + k))^2 when bias.correct (k = number of columns of X incl. the intercept).
#          Zelig's summary reports p-values from pt(df.residual); Caravan reports z / normal p.
#
# Run from tests/Caravan.Golden.Tests:  Rscript Reference/relogit_reference.R
suppressPackageStartupMessages({ library(jsonlite); library(sandwich) })

relogit_ref <- function(formula, data, tau = NULL, bias.correct = TRUE, weighting = FALSE) {
  mf <- model.frame(formula, data)
  y <- model.response(mf); X <- model.matrix(formula, mf)
  n <- nrow(X); k <- ncol(X); ybar <- mean(y)
  if (!is.null(tau)) { w1 <- tau / ybar; w0 <- (1 - tau) / (1 - ybar); wi <- w1 * y + w0 * (1 - y) }
  else { w1 <- 1; wi <- rep(1, n) }
  pw <- if (weighting) wi else rep(1, n)
  fit <- suppressWarnings(glm(y ~ X - 1, family = binomial, weights = pw,
                              control = glm.control(epsilon = 1e-14, maxit = 100)))
  beta <- coef(fit); names(beta) <- colnames(X)
  V <- summary(fit)$cov.unscaled
  if (bias.correct) {
    pihat <- fitted(fit)
    W <- pihat * (1 - pihat) * wi
    Qdiag <- lm.influence(lm(y ~ X - 1, weights = W))$hat / W
    xi <- if (is.null(tau)) 0.5 * Qdiag * (2 * pihat - 1) else 0.5 * Qdiag * ((1 + w1) * pihat - w1)
    beta <- beta - lm(xi ~ X - 1, weights = W)$coefficients
    V <- V * (n / (n + k))^2
  }
  if (!is.null(tau) && !weighting)
    beta[1] <- beta[1] - log(((1 - tau) / tau) * (ybar / (1 - ybar)))
  list(terms = colnames(X), n = n, coefficients = unname(beta), se = unname(sqrt(diag(V))),
       # Robust (HC0) sandwich of the (weighted) glm, for the robust-variance option (no (n/(n+k))^2 factor).
       se_hc0 = unname(sqrt(diag(sandwich::vcovHC(fit, type = "HC0")))),
       vcov = unname(V), uncorrected = unname(coef(fit)), loglik_uncorrected = as.numeric(logLik(fit)))
}

mid <- read.csv("Data/mid.csv")
f <- conflict ~ major + contig + power + maxdem + mindem + years
tau <- 1042 / 303772
out <- list(
  data = "mid: conflict ~ major + contig + power + maxdem + mindem + years", tau = tau,
  prior_bias = relogit_ref(f, mid, tau = tau),
  weighting_bias = relogit_ref(f, mid, tau = tau, weighting = TRUE),
  prior_no_bias = relogit_ref(f, mid, tau = tau, bias.correct = FALSE),
  no_tau_bias = relogit_ref(f, mid)
)
write(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "Expected/relogit_mid.json")
for (m in c("prior_bias", "weighting_bias", "prior_no_bias", "no_tau_bias")) {
  cat(m, "\n"); print(rbind(coef = out[[m]]$coefficients, se = out[[m]]$se))
}
