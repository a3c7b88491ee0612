# Checks the three logits of docs/research-loop.md (section 2) against fixest 0.12.1.
# Run in the folder holding world.csv from section 1: R_LIBS=/opt/caravan-anchors/Rlib Rscript check.R
# Output beside it (check.out.txt); tolerance: every coefficient, clustered SE, N and log-likelihood agree with
# Caravan to the 6 decimals that `caravan fit --digits 6` prints (run on main cd2b02c, 2 Dec 2026).
suppressPackageStartupMessages(library(fixest))
d <- read.csv("world.csv")
d <- subset(d, gmlmidongoing == 0 | gmlmidonset == 1)
f <- list(gmlmidonset ~ contig + cowmaj1 + cowmaj2 + gmlmidspell + I(gmlmidspell^2) + I(gmlmidspell^3),
          gmlmidonset ~ contig + cowmaj1 + cowmaj2 + gmlmidspell + I(gmlmidspell^2) + I(gmlmidspell^3) + v2x_polyarchy_min,
          gmlmidonset ~ contig + cowmaj1 + cowmaj2 + gmlmidspell + I(gmlmidspell^2) + I(gmlmidspell^3) + v2x_polyarchy_min + capshare)
for (i in 1:3) { m <- feglm(f[[i]], data = d, family = binomial(), cluster = ~ccode1^ccode2)
  cat(sprintf("model %d n=%d ll=%.6f\n", i, nobs(m), logLik(m))); print(cbind(b = coef(m), se = se(m)), digits = 10) }
