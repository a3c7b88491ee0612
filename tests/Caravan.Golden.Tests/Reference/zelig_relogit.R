# Zelig 5.1.7's relogit (the real package, /opt/caravan-anchors/Rlib or Debian r-cran-zelig) on the MID data with
# tau = 1042/303772, prior correction (the default) and weighting: coefficients (bias-corrected, King & Zeng eq. 11)
# and standard errors (the unscaled ML variance of the fit, no (n/(n+k))^2 factor). glm's convergence is tightened
# (epsilon 1e-14, passed through zelig to glm): at glm's default 1e-8 the weighted fit's SEs stop 4.6e-6 (relative)
# short of the converged values that Caravan computes; the prior-corrected fit moves by less than 1e-9.
#   R_LIBS=/opt/caravan-anchors/Rlib Rscript Reference/zelig_relogit.R  -> Expected/zelig_relogit.json
suppressMessages(library(Zelig))
num <- function(x) sprintf("%.15g", x)
vec <- function(x) paste0("[", paste(num(x), collapse = ", "), "]")
mid <- read.csv("Data/mid.csv")
f <- conflict ~ major + contig + power + maxdem + mindem + years
# Top-level calls: zelig evaluates the captured call, so the control argument must not refer to a function's locals.
zp <- zelig(f, model = "relogit", tau = 1042/303772, case.control = "prior", data = mid, cite = FALSE,
            control = glm.control(epsilon = 1e-14, maxit = 100))
zw <- zelig(f, model = "relogit", tau = 1042/303772, case.control = "weighting", data = mid, cite = FALSE,
            control = glm.control(epsilon = 1e-14, maxit = 100))
m <- zp$zelig.out$z.out[[1]]
w <- zw$zelig.out$z.out[[1]]
json <- paste0('{\n  "version": "', packageVersion("Zelig"), '",\n  "coef": ', vec(coef(m)), ',\n  "se": ', vec(sqrt(diag(vcov(m)))),
               ',\n  "weighting_coef": ', vec(coef(w)), ',\n  "weighting_se": ', vec(sqrt(diag(vcov(w)))), '\n}\n')
writeLines(json, "Expected/zelig_relogit.json"); cat(json)
