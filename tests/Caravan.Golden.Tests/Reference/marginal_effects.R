# Reference average marginal effects (AME) and delta-method SEs, in base R + sandwich, by numeric
# derivatives (marginaleffects is not installed here; this is what avg_slopes() computes: the sample mean of
# d mu_i / d v, with the delta-method jacobian taken numerically in the coefficients).
# Run from tests/Caravan.Golden.Tests:  R_LIBS=/opt/caravan-anchors/Rlib Rscript Reference/marginal_effects.R
# -> Expected/marginal_effects.json. Variances: hetero = sandwich::vcovHC(type = "HC1") (= fixest's
# "hetero"); iid = vcov(glm) * (n - 1) / (n - K) (= fixest's iid for GLMs, Caravan's default without FE).
suppressMessages(library(sandwich))
num <- function(x) sprintf("%.15g", x)
vec <- function(x) paste0("[", paste(num(x), collapse = ", "), "]")

ame <- function(g, data, v, b = coef(g)) {
  h <- 1e-4 * max(1, sd(data[[v]]))  # central differences: truncation O(h^2) ~ 1e-8, rounding ~1e-12
  up <- data; up[[v]] <- up[[v]] + h
  dn <- data; dn[[v]] <- dn[[v]] - h
  tt <- delete.response(terms(g))
  eta <- function(d) drop(model.matrix(tt, d) %*% b)
  linkinv <- family(g)$linkinv
  mean((linkinv(eta(up)) - linkinv(eta(dn))) / (2 * h))
}
jac <- function(g, data, v) {
  b <- coef(g)
  X <- model.matrix(g)
  sapply(seq_along(b), function(j) {
    s <- sd(X[, j])
    e <- 1e-4 / (if (s > 0) s else 1)  # moves eta by ~1e-4 whatever the column's scale (years^3 reaches 4e4)
    bu <- b; bu[j] <- b[j] + e; bd <- b; bd[j] <- b[j] - e
    (ame(g, data, v, bu) - ame(g, data, v, bd)) / (2 * e)
  })
}
block <- function(name, g, data, vars) {
  n <- nobs(g); K <- length(coef(g))
  Vi <- vcov(g) * (n - 1) / (n - K)
  Vh <- vcovHC(g, type = "HC1")
  est <- sapply(vars, function(v) ame(g, data, v))
  J <- t(sapply(vars, function(v) jac(g, data, v)))
  se_i <- sqrt(diag(J %*% Vi %*% t(J)))
  se_h <- sqrt(diag(J %*% Vh %*% t(J)))
  paste0('  "', name, '": {\n    "variables": [', paste0('"', vars, '"', collapse = ", "), '],\n',
         '    "ame": ', vec(est), ',\n    "se_iid": ', vec(se_i), ',\n    "se_hetero": ', vec(se_h), '\n  }')
}

mid <- read.csv("Data/mid.csv")
f <- conflict ~ major + contig + power + maxdem + mindem + years + I(years^2) + I(years^3)
vars <- c("major", "contig", "power", "maxdem", "mindem", "years")
gl <- glm(f, family = binomial, data = mid, control = glm.control(epsilon = 1e-14, maxit = 100))
gp <- glm(f, family = binomial(link = "probit"), data = mid, control = glm.control(epsilon = 1e-14, maxit = 100))
pois <- read.csv("Data/pois20.csv.gz")
fp <- as.formula(paste("y ~ log(abs(x1) + 1) + x2 + x3 + x2:x3 +", paste(paste0("x", 4:20), collapse = " + ")))
gq <- glm(fp, family = poisson, data = pois, control = glm.control(epsilon = 1e-14, maxit = 100))
# Point predictions at profiles (caravan sim --at "power=p25,p75; contig=0,1"): unset variables at their
# sample means (Zelig's setx), cubic terms computed from the mean of years; and observed values.
at <- expand.grid(contig = c(0, 1), power = quantile(mid$power, c(0.25, 0.75), type = 7))[, c("power", "contig")]
at <- at[order(at$power, at$contig), ]
means <- as.data.frame(lapply(mid[, c("major", "maxdem", "mindem", "years")], mean))
nd <- cbind(at, means[rep(1, nrow(at)), ])
p_mean <- predict(gl, newdata = nd, type = "response")
p_obs <- sapply(seq_len(nrow(at)), function(r) { d <- mid; d$power <- at$power[r]; d$contig <- at$contig[r]; mean(predict(gl, newdata = d, type = "response")) })
prof <- paste0('  "mid_logit_profiles": {\n    "power": ', vec(at$power), ',\n    "contig": ', vec(at$contig),
               ',\n    "p_at_means": ', vec(p_mean), ',\n    "p_observed": ', vec(p_obs), '\n  }')
json <- paste0("{\n", paste(block("mid_logit", gl, mid, vars), block("mid_probit", gp, mid, vars),
                             block("pois20_poisson", gq, pois, c("x1", "x2", "x3")), prof, sep = ",\n"), "\n}\n")
writeLines(json, "Expected/marginal_effects.json")
cat(json)
