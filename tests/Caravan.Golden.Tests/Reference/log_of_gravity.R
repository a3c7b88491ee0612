# Santos Silva & Tenreyro (2006), "The Log of Gravity", REStat 88(4), Table 3, PPML column:
# trade ~ lypex + lypim + lyex + lyim + ldist + border + comlang + colony + landl_ex + landl_im
#         + lremot_ex + lremot_im + comfrt_wto + open_wto, heteroskedasticity-robust (Eicker-White) SEs.
# Reproduced with base R glm(quasipoisson) + sandwich (HC0 and HC1).
# Run: Rscript log_of_gravity.R /path/to/log_of_gravity.csv > ../Expected/log_of_gravity.json
suppressPackageStartupMessages(library(sandwich))
d <- read.csv(commandArgs(TRUE)[1])
f <- trade ~ lypex + lypim + lyex + lyim + ldist + border + comlang + colony + landl_ex + landl_im +
  lremot_ex + lremot_im + comfrt_wto + open_wto
m <- glm(f, family = quasipoisson(), data = d, control = glm.control(epsilon = 1e-12, maxit = 100))
out <- list(terms = names(coef(m)), coef = unname(coef(m)), n = nobs(m),
  se_hc0 = unname(sqrt(diag(vcovHC(m, type = "HC0")))),
  se_hc1 = unname(sqrt(diag(vcovHC(m, type = "HC1")))),
  deviance = deviance(m))
cat(jsonlite::toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "\n")
