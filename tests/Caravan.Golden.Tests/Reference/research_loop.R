# The worked example of docs/research-loop.md checked against R (fixest 0.12.1, MASS 7.3):
#   R_LIBS=/opt/caravan-anchors/Rlib Rscript Reference/research_loop.R [DATA [OUT.json [REPLICATES]]]
# Defaults (run from tests/Caravan.Golden.Tests): DATA = Data/research_loop.csv.gz (the columns of the worked
# example's panel that the models use, written by `caravan panel` exactly as in section 1 of the page), OUT =
# Expected/research_loop.json, REPLICATES = 2000. The R-present CLI test (Caravan.Cli.Tests ResearchLoopRTests)
# runs it on a freshly built panel with 500 replicates.
#
# 1. The three logits of section 2 (feglm, cluster = ~ccode1^ccode2, sample gmlmidongoing == 0 | gmlmidonset == 1):
#    N, log-likelihood, coefficients and clustered SEs.
# 2. `caravan sim` of section 3 on model 3, exactly (no simulation): the profiles v2x_polyarchy_min = p25, p75
#    (R quantile type 7 over the estimation sample) with contig = 1 and every other variable at its sample mean
#    (Zelig's setx; cubic(gmlmidspell) = the mean's powers), the point predictions F(x'b), their difference and
#    ratio; the average marginal effects of v2x_polyarchy_min and capshare (marginaleffects::avg_slopes / Stata
#    margins, dydx(): mean of F'(eta_i) * b_v, exact for these linear terms) with delta-method SEs sqrt(g'Vg),
#    g = d AME / d b analytically, V = vcov(model 3) (fixest's clustered default).
# 3. The simulation (King, Tomz & Wittenberg 2000): REPLICATES runs of M = 1000 draws b ~ MASS::mvrnorm(b, V).
#    For E(Y) at both profiles, the first difference and the risk ratio: the mean, SD and R type-7 2.5 % / 97.5 %
#    quantiles of each run. "truth" = the statistic over all REPLICATES * 1000 pooled draws; "mcse" = the SD of
#    the statistic across the runs, i.e. the Monte Carlo standard error of one 1000-draw run (for M draws scale by
#    sqrt(1000 / M)). Caravan draws with its own generator, so its numbers must lie within a few mcse of truth.
suppressPackageStartupMessages({ library(fixest); library(MASS) })
args <- commandArgs(trailingOnly = TRUE)
data <- if (length(args) >= 1) args[1] else "Data/research_loop.csv.gz"
out <- if (length(args) >= 2) args[2] else "Expected/research_loop.json"
reps <- if (length(args) >= 3) as.integer(args[3]) else 2000L
num <- function(x) paste0("[", paste(sprintf("%.17g", unname(x)), collapse = ", "), "]")
one <- function(x) sprintf("%.17g", unname(x))

d <- read.csv(data)
w <- with(d, gmlmidongoing == 0 | gmlmidonset == 1)   # fit --where: NA and FALSE dropped
d <- d[!is.na(w) & w, ]
base <- "gmlmidonset ~ contig + cowmaj1 + cowmaj2 + gmlmidspell + I(gmlmidspell^2) + I(gmlmidspell^3)"
f <- list(as.formula(base), as.formula(paste(base, "+ v2x_polyarchy_min")),
          as.formula(paste(base, "+ v2x_polyarchy_min + capshare")))
models <- lapply(f, function(x) feglm(x, data = d, family = binomial(), cluster = ~ccode1^ccode2))
logits <- sapply(models, function(m) sprintf('    {"n": %d, "ll": %s, "coef": %s, "se": %s}',
                                               nobs(m), one(logLik(m)), num(coef(m)), num(se(m))))

m <- models[[3]]
b <- coef(m); V <- vcov(m)
s <- d[obs(m), ]
X <- model.matrix(m)
q <- quantile(s$v2x_polyarchy_min, c(0.25, 0.75), type = 7)
row <- function(dem) {
  sp <- mean(s$gmlmidspell)
  c(1, 1, mean(s$cowmaj1), mean(s$cowmaj2), sp, sp^2, sp^3, dem, mean(s$capshare))
}
x1 <- row(q[1]); x2 <- row(q[2])
p1 <- plogis(sum(x1 * b)); p2 <- plogis(sum(x2 * b))

eta <- drop(X %*% b); p <- plogis(eta); f1 <- p * (1 - p); f2 <- f1 * (1 - 2 * p)
ame <- sapply(c("v2x_polyarchy_min", "capshare"), function(v) {
  est <- b[[v]] * mean(f1)
  g <- colMeans(f2 * b[[v]] * X) + mean(f1) * (names(b) == v)
  c(est, sqrt(drop(t(g) %*% V %*% g)))
})

set.seed(20261201)
M <- 1000L
stats <- function(v) c(mean(v), sd(v), quantile(v, c(0.025, 0.975), type = 7))
runs <- array(NA_real_, c(reps, 4, 4))
pooled <- matrix(NA_real_, reps * M, 4)
for (r in seq_len(reps)) {
  B <- mvrnorm(M, b, V)
  e1 <- plogis(drop(B %*% x1)); e2 <- plogis(drop(B %*% x2))
  qs <- cbind(e1, e2, e2 - e1, e2 / e1)
  pooled[((r - 1) * M + 1):(r * M), ] <- qs
  for (k in 1:4) runs[r, k, ] <- stats(qs[, k])
}
names4 <- c("E1", "E2", "FD", "RR")
sims <- sapply(1:4, function(k) sprintf('    "%s": {"truth": %s, "mcse": %s}', names4[k],
                                          num(stats(pooled[, k])), num(apply(runs[, k, ], 2, sd))))

json <- paste0('{\n  "logits": [\n', paste(logits, collapse = ",\n"), '\n  ],\n',
  '  "profiles": {"q25": ', one(q[1]), ', "q75": ', one(q[2]), ', "point": ', num(c(p1, p2)),
  ', "fd": ', one(p2 - p1), ', "rr": ', one(p2 / p1), '},\n',
  '  "ame": {"terms": ["v2x_polyarchy_min", "capshare"], "estimate": ', num(ame[1, ]), ', "se": ', num(ame[2, ]), '},\n',
  '  "simulation": {"draws": ', M, ', "replicates": ', reps, ', "stats": ["mean", "sd", "lower_95", "upper_95"],\n',
  paste(sims, collapse = ",\n"), '\n  }\n}\n')
writeLines(json, out)
cat(json)
