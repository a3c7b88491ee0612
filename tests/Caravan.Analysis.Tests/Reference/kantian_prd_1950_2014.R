# Reference for WorldPanelKantianTests: R glm (binomial) + sandwich::vcovCL(cluster = ~dyad, HC1, cadjust = TRUE), i.e.
# G/(G-1) x (n-1)/(n-K) (fixest's clustered default and Caravan's).
# The CSV is the estimation sample the test exports when CARAVAN_EXPORT_SAMPLE is set, e.g.
#   CARAVAN_EXPORT_SAMPLE=/tmp/kantian_prd.csv dotnet test tests/Caravan.Analysis.Tests --filter WorldPanelKantian
#   Rscript tests/Caravan.Analysis.Tests/Reference/kantian_prd_1950_2014.R
# Convergence: the study's convention (Caravan.Analysis.Models.StudyConvergence): IRLS to a relative deviance change
# below 1e-12, then one more IRLS pass from the converged coefficients (start = coef(m)), so that glm's working weights
# and residuals (from which vcovCL builds bread and meat) belong to the same, converged, fit.
library(sandwich)
d <- read.csv("/tmp/kantian_prd.csv")
f <- mid_onset ~ dem_min + dep_min + igos + contig + ln_dist + major + alliance + ln_cinc_ratio + peace_years + peace_years2 + peace_years3
m <- glm(f, data = d, family = binomial(), control = glm.control(epsilon = 1e-12, maxit = 100))
m <- glm(f, data = d, family = binomial(), start = coef(m), control = glm.control(epsilon = 1e-12, maxit = 100))
V <- vcovCL(m, cluster = ~dyad, type = "HC1", cadjust = TRUE)
cat(sprintf("n = %d, K = %d, G = %d\n", nrow(d), length(coef(m)), length(unique(d$dyad))))
print(cbind(b = coef(m), se = sqrt(diag(V))), digits = 15)
