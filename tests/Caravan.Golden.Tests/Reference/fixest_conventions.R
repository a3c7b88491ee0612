# Shared helpers: variances with fixest's default small-sample conventions, computed from scratch
# (fixest itself is not installable here). With a fitted model and the FWL-demeaned regressors Xt
# (regressors residualised on the fixed-effect dummies, with the GLM working weights), the bread is
# B = (Xt' W Xt)^-1 and the score of observation i is s_i = Xt_i * u_i (u_i = y_i - mu_i for canonical
# links, e_i for OLS). Then:
#   cluster:  V = G/(G-1) * (n-1)/(n-K) * B (sum_g S_g S_g') B,  K excludes (G_q - 1) for every FE nested in the cluster
#   two-way:  V = (n-1)/(n-K) * B (a M1 + a M2 - a M12) B, a = Gmin/(Gmin-1)
#   hetero:   V = n/(n-K) * B (sum s_i s_i') B
meat_cluster <- function(S, g) { U <- rowsum(S, g); crossprod(U) }
fwl <- function(X, dummies_formula, data, w = NULL) {
  D <- model.matrix(dummies_formula, data)
  apply(X, 2, function(x) if (is.null(w)) lm.fit(D, x)$residuals else {
    sw <- sqrt(w); lm.fit(D * sw, x * sw)$residuals / sw })
}
num <- function(x) sprintf("%.15g", x)
