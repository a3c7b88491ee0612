# Reference for WorldPanelKantianTests: R glm (binomial) + sandwich::vcovCL(cluster = ~dyad, HC0, G/(G-1)) x (n-1)/(n-K) (fixest's clustered default).
# The CSV is the estimation sample the test exports when CARAVAN_EXPORT_SAMPLE is set, e.g.
#   CARAVAN_EXPORT_SAMPLE=/tmp/kantian_prd.csv dotnet test tests/Caravan.Analysis.Tests --filter WorldPanelKantian
#   Rscript tests/Caravan.Analysis.Tests/Reference/kantian_prd_1950_2014.R
# Coefficients: glm's default convergence (epsilon 1e-8), which Caravan's IRLS stopping rule matches.
# Standard errors: from a fit converged to epsilon 1e-14, because glm keeps the working weights and residuals of the
# iteration before its last coefficient update, and vcovCL builds bread and meat from them; at the default epsilon
# that lag moves the peace-years SEs by ~0.2 % (Caravan evaluates the sandwich at its final estimate).
library(sandwich)
d <- read.csv("/tmp/kantian_prd.csv")
f <- mid_onset ~ dem_min + dep_min + igos + contig + ln_dist + major + alliance + ln_cinc_ratio + peace_years + peace_years2 + peace_years3
m <- glm(f, data = d, family = binomial())
mt <- glm(f, data = d, family = binomial(), control = glm.control(epsilon = 1e-14, maxit = 100))
V <- vcovCL(mt, cluster = ~dyad, type = "HC0", cadjust = TRUE)  # G/(G-1)
n <- nrow(d); k <- length(coef(m))
V2 <- V * (n - 1) / (n - k)  # fixest's small-sample factor
print(cbind(b = coef(m), se_HC0_G = sqrt(diag(V)), se_fixest = sqrt(diag(V2))), digits = 12)
