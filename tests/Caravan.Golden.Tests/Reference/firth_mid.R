# Expected/firth_mid.json: logistf 1.26.1 on Data/firth_mid.csv.gz (FirthMidTests).
# Run from tests/Caravan.Golden.Tests: R_LIBS=/opt/caravan-anchors/Rlib Rscript Reference/firth_mid.R
# Data: every 20th complete row of the 634,098-row MID-onset sample of bench/README.md (world dyad-years
# 1946-2014 built by `caravan panel` from the shipped data, ongoing-dispute years dropped), continuous
# columns rounded to 6 significant digits: 31,705 dyad-years, 94 onsets, 13 coefficients with cubic
# peace-years (a sparse-events case of the kind Firth's logit is for).
suppressMessages({ library(logistf); library(jsonlite) })
d <- read.csv(gzfile("Data/firth_mid.csv.gz"))
f <- gmlmidonset ~ contig + lcapdist + cowmaj1 + cowmaj2 + v2x_polyarchy_min + v2x_polyarchy_max +
  capshare + atop_any + atop_defense + gmlmidspell + I(gmlmidspell^2) + I(gmlmidspell^3)
# logistf's defaults (xconv 1e-4 and gconv 1e-5 for the fit, 1e-4 for the profile; tighter settings fail
# to converge on these ill-scaled cubic terms), so the reference carries logistf's own stopping error.
pl <- logistf(f, data = d, pl = TRUE)
wald <- logistf(f, data = d, pl = FALSE)
out <- list(
  logistf = as.character(packageVersion("logistf")), n = pl$n, events = sum(d$gmlmidonset),
  terms = names(coef(pl)), coef = unname(coef(pl)), se = unname(sqrt(diag(vcov(pl)))),
  pl_lower = unname(pl$ci.lower), pl_upper = unname(pl$ci.upper), pl_p = unname(pl$prob),
  wald_lower = unname(wald$ci.lower), wald_upper = unname(wald$ci.upper), wald_p = unname(wald$prob),
  loglik = unname(pl$loglik)
)
write_json(out, "Expected/firth_mid.json", digits = NA, auto_unbox = TRUE, pretty = TRUE)
print(cbind(coef = coef(pl), se = sqrt(diag(vcov(pl))), lower = pl$ci.lower, upper = pl$ci.upper, p = pl$prob))
