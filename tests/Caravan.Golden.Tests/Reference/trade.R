# Golden numbers for fixest's `trade` data (tests/Caravan.Golden.Tests/Data/trade.csv.gz).
# Published (fixest walkthrough vignette, "Simple example using trade data"; Berge 2018):
#   fepois(Euros ~ log(dist_km) | Origin + Destination + Product + Year, trade)
#   coefficient -1.52787, SE clustered by Origin 0.115678, two-way (Origin, Destination) 0.130734,
#   Log-Likelihood -7.025e+11, Squared Cor. 0.612021.
# Reproduced here with base R glm + factor dummies and the fixest conventions of fixest_conventions.R.
# Run: Rscript trade.R /path/to/trade.csv > ../Expected/trade.json
args <- commandArgs(TRUE)
source(file.path(dirname(sub("--file=", "", grep("--file=", commandArgs(FALSE), value = TRUE))), "fixest_conventions.R"))
d <- read.csv(args[1])
for (v in c("Origin", "Destination", "Product", "Year")) d[[v]] <- factor(d[[v]])
n <- nrow(d)
out <- list()

pois <- function(fes) {
  f <- as.formula(paste("Euros ~ log(dist_km) +", paste(fes, collapse = " + ")))
  m <- glm(f, family = poisson(), data = d, control = glm.control(epsilon = 1e-12, maxit = 100))
  mu <- fitted(m)
  Xt <- fwl(cbind(x = log(d$dist_km)), as.formula(paste("~", paste(fes, collapse = " + "))), d, w = mu)
  B <- solve(crossprod(Xt * sqrt(mu)))
  S <- Xt * (d$Euros - mu)
  G <- sapply(fes, function(v) nlevels(d[[v]]))
  K <- 1 + sum(G) - (length(G) - 1)
  ll <- sum(dpois(d$Euros, mu, log = TRUE))
  res <- list(coef = unname(coef(m)[2]), loglik = ll, sqcor = cor(d$Euros, mu)^2,
              deviance = deviance(m), K = K)
  gO <- nlevels(d$Origin); Kc <- K - (gO - 1)
  res$se_cluster_origin <- sqrt(gO / (gO - 1) * (n - 1) / (n - Kc) * (B %*% meat_cluster(S, d$Origin) %*% B))[1]
  if ("Destination" %in% fes) {
    gD <- nlevels(d$Destination); a <- min(gO, gD) / (min(gO, gD) - 1)
    M <- meat_cluster(S, d$Origin) + meat_cluster(S, d$Destination) - meat_cluster(S, interaction(d$Origin, d$Destination, drop = TRUE))
    K2 <- K - (gO - 1) - (gD - 1)
    res$se_twoway <- sqrt(a * (n - 1) / (n - K2) * (B %*% M %*% B))[1]
  }
  res$se_hetero <- sqrt(n / (n - K) * (B %*% crossprod(S) %*% B))[1]
  res$se_iid <- sqrt((n - 1) / (n - K) * B)[1]
  res
}
out$poisson4 <- pois(c("Origin", "Destination", "Product", "Year"))
out$poisson2 <- pois(c("Origin", "Destination"))

# OLS log(Euros) ~ log(dist_km) | Origin + Destination + Product + Year (lm with dummies).
m <- lm(log(Euros) ~ log(dist_km) + Origin + Destination + Product + Year, data = d)
e <- resid(m)
Xt <- fwl(cbind(x = log(d$dist_km)), ~ Origin + Destination + Product + Year, d)
B <- solve(crossprod(Xt)); S <- Xt * e
K <- m$rank; gO <- nlevels(d$Origin)
out$ols4 <- list(coef = unname(coef(m)[2]), se_iid = unname(sqrt(diag(vcov(m)))[2]),
  se_cluster_origin = sqrt(gO / (gO - 1) * (n - 1) / (n - (K - (gO - 1))) * (B %*% meat_cluster(S, d$Origin) %*% B))[1],
  r2 = summary(m)$r.squared, adj_r2 = summary(m)$adj.r.squared, rmse = sqrt(mean(e^2)), K = K,
  within_r2 = 1 - sum(e^2) / sum(fwl(cbind(y = log(d$Euros)), ~ Origin + Destination + Product + Year, d)^2))
cat(jsonlite::toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "\n")
