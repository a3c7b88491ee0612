# fixest reference for Caravan's expression grammar, `fit --where`, lags within the dyad and clustering on
# combinations (cluster = ~ccode1^ccode2; two-way ~ccode1^ccode2 + year).
# Data: Data/mid_dyads.csv.gz (a Caravan panel, see Data/README.md). Run from this folder:
#   R_LIBS=/opt/caravan-anchors/Rlib Rscript dyad_cluster.R > ../Expected/dyad_cluster.json
# fixest 0.12.1 fails on a `subset` together with l() in the formula ("string_magic ... argument is
# missing"), so the lags are made first on the full panel with fixest's panel()/l() (data.table), then the
# model is fitted on the subset: fixest's documented semantics (lags bookkept on the full panel).
suppressPackageStartupMessages({ library(fixest); library(data.table) })
d <- as.data.table(read.csv(gzfile(file.path("..", "Data", "mid_dyads.csv.gz"))))
d[, dyad := ccode1 * 1000 + ccode2]
p <- panel(d, ~dyad + year)
p[, lag_maj := l(cowmaj1 + cowmaj2, 1)]
p[, lag_cinc1 := l(cinc1, 1)]
p[, lead2_cinc2 := f(cinc2, 2)]
d <- as.data.frame(p)
# The same names as Caravan's terms.
names(d)[names(d) == "lag_maj"] <- "l(cowmaj1 + cowmaj2, 1)"
names(d)[names(d) == "lag_cinc1"] <- "l(cinc1, 1)"
names(d)[names(d) == "lead2_cinc2"] <- "f(cinc2, 2)"

logit_sub <- with(d, !(gmlmidongoing == 1 & gmlmidonset == 0))
est <- feglm(gmlmidonset ~ gmlmidspell + I(gmlmidspell^2) + I(gmlmidspell^3) + I(conttype > 0) +
               log(pmax(cinc1, cinc2)/pmin(cinc1, cinc2)) + ifelse(is.na(polity2_min), 0, polity2_min) +
               is.na(polity2_min) + `l(cowmaj1 + cowmaj2, 1)`,
             data = d[logit_sub, ], family = binomial, cluster = ~ccode1^ccode2)
tw <- summary(est, cluster = ~ccode1^ccode2 + year)
ols_sub <- with(d, year >= 1995 & !is.na(polity2_min))
ols <- feols(gmlmidonset ~ gmlmidspell + I(conttype > 0) + `l(cinc1, 1)` + `f(cinc2, 2)`,
             data = d[ols_sub, ], cluster = ~ccode1^ccode2)
num <- function(x) paste0("[", paste(formatC(unname(x), digits = 17, format = "g"), collapse = ", "), "]")
str <- function(x) paste0("[", paste0('"', gsub("`", "", names(x)), '"', collapse = ", "), "]")
cat("{\n")
cat('  "fixest": "', as.character(packageVersion("fixest")), '",\n', sep = "")
cat('  "logit": {\n')
cat('    "nobs": ', nobs(est), ',\n', sep = "")
cat('    "names": ', str(coef(est)), ',\n', sep = "")
cat('    "coef": ', num(coef(est)), ',\n', sep = "")
cat('    "se_cluster_dyad": ', num(se(est)), ',\n', sep = "")
cat('    "se_twoway_dyad_year": ', num(se(tw)), '\n', sep = "")
cat('  },\n')
cat('  "ols": {\n')
cat('    "nobs": ', nobs(ols), ',\n', sep = "")
cat('    "names": ', str(coef(ols)), ',\n', sep = "")
cat('    "coef": ', num(coef(ols)), ',\n', sep = "")
cat('    "se_cluster_dyad": ', num(se(ols)), '\n', sep = "")
cat('  }\n')
cat("}\n")
