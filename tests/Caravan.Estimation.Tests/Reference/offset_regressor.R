# Issue 12: a regressor with a large offset (xo = x + 1e5, sd 1) must be estimated, as R's lm/glm do.
# Run: Rscript offset_regressor.R  (writes offset_regressor.csv and offset_regressor.expected.csv)
set.seed(20261201)
n <- 300
x <- rnorm(n)
d <- data.frame(xo = x + 1e5, x7 = x + 1e7, y = 0.3 + 0.8 * x + rnorm(n, sd = 0.5),
                yb = as.integer(runif(n) < plogis(0.3 + 0.8 * x)))
write.csv(d, "offset_regressor.csv", row.names = FALSE, quote = FALSE)
d <- read.csv("offset_regressor.csv")  # fit what was written (17 significant digits)
fits <- list(ols_xo = lm(y ~ xo, d), ols_x7 = lm(y ~ x7, d), logit_xo = glm(yb ~ xo, binomial, d))
rows <- do.call(rbind, lapply(names(fits), function(m) {
  s <- summary(fits[[m]])$coefficients
  data.frame(model = m, term = rownames(s), estimate = sprintf("%.17g", s[, 1]), std_error = sprintf("%.17g", s[, 2]))
}))
write.csv(rows, "offset_regressor.expected.csv", row.names = FALSE, quote = FALSE)
print(rows)
