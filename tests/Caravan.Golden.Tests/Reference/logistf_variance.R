# logistf >= 1.24 standard errors (built from /work/shared/anchors/r-src/logistf.tar.gz, version 1.26.1):
# vcov() is the inverse Fisher information of the augmented data, (X' diag((1 + h) p (1 - p)) X)^-1
# (logistf.c: weights w + 2 h tau, tau = 1/2), not the inverse information (X' W X)^-1 that logistf < 1.24
# and Caravan before issue 8 reported. Run from tests/Caravan.Golden.Tests:
#   R_LIBS=/opt/caravan-anchors/Rlib Rscript Reference/logistf_variance.R  -> Expected/logistf_variance.json
suppressMessages(library(logistf))
num <- function(x) sprintf("%.15g", x)
vec <- function(x) paste0("[", paste(num(x), collapse = ", "), "]")
sex2 <- read.csv("Data/sex2.csv")
ctl <- logistf.control(xconv = 1e-12, gconv = 1e-12, lconv = 1e-12, maxit = 200)
m <- logistf(case ~ age + oc + vic + vicl + vis + dia, sex2, control = ctl)
mw <- logistf(case ~ age + oc + vic + vicl + vis + dia, sex2, control = ctl, pl = FALSE)
X <- model.matrix(m$formula, sex2); p <- m$predict; W <- p * (1 - p)
info <- sqrt(diag(solve(t(X) %*% (X * W))))
json <- paste0('{\n  "version": "', packageVersion("logistf"), '",\n',
  '  "coef": ', vec(coef(m)), ',\n',
  '  "se_logistf": ', vec(sqrt(diag(vcov(m)))), ',\n',
  '  "se_information": ', vec(info), ',\n',
  '  "wald_lower": ', vec(mw$ci.lower), ',\n',
  '  "wald_upper": ', vec(mw$ci.upper), ',\n',
  '  "wald_p": ', vec(mw$prob), '\n}\n')
writeLines(json, "Expected/logistf_variance.json")
cat(json)
