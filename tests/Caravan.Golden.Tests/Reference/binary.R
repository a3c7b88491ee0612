# Golden numbers for logit/probit (base R glm) on Zelig's `mid` data and on fixest's `trade` data
# with fixed effects as factor dummies. Caravan's iid variance for GLMs follows fixest: glm's vcov x (n-1)/(n-K);
# hetero = sandwich HC0 x n/(n-K) (= HC1 for glm without FE).
# Run: Rscript binary.R mid.csv trade.csv > ../Expected/binary.json
suppressPackageStartupMessages(library(sandwich))
a <- commandArgs(TRUE)
mid <- read.csv(a[1]); trade <- read.csv(a[2])
out <- list()
fit <- function(f, fam, data) {
  m <- glm(f, family = binomial(link = fam), data = data, control = glm.control(epsilon = 1e-13, maxit = 100))
  n <- nobs(m); K <- length(coef(m))
  list(terms = names(coef(m)), coef = unname(coef(m)), se_glm = unname(sqrt(diag(vcov(m)))),
       se_hc1 = unname(sqrt(diag(vcovHC(m, type = "HC1")))),
       loglik = as.numeric(logLik(m)), deviance = deviance(m), null_deviance = m$null.deviance, n = n, K = K)
}
f1 <- conflict ~ major + contig + power + maxdem + mindem + years
out$mid_logit <- fit(f1, "logit", mid)
out$mid_probit <- fit(f1, "probit", mid)
out$mid_logit_terms <- fit(conflict ~ poly(years, 2) + power * contig + log(power + 1) + I(maxdem^2), "logit", mid)
# Logit with fixed effects: (Euros > 1e7) ~ log(dist_km) | Origin + Destination, after iteratively removing
# fixed-effect groups whose outcome does not vary (as Caravan and fixest do).
trade$y <- as.numeric(trade$Euros > 1e7)
keep <- rep(TRUE, nrow(trade))
repeat {
  bad <- rep(FALSE, nrow(trade))
  for (v in c("Origin", "Destination")) { m <- ave(trade$y[keep], trade[[v]][keep]); bad[keep] <- bad[keep] | m == 0 | m == 1 }
  if (!any(bad & keep)) break
  keep <- keep & !bad
}
t2 <- trade[keep, ]; t2$Origin <- factor(t2$Origin); t2$Destination <- factor(t2$Destination)
m <- glm(y ~ log(dist_km) + Origin + Destination, family = binomial(), data = t2, control = glm.control(epsilon = 1e-13, maxit = 100))
out$trade_logit_fe <- list(coef = unname(coef(m)[2]), n = nobs(m), loglik = as.numeric(logLik(m)))
cat(jsonlite::toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "\n")
