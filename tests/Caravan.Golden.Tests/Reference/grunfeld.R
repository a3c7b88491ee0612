# Golden numbers for Grunfeld (plm), two-way FE OLS: inv ~ value + capital | firm + year.
# Caravan follows fixest's default small-sample conventions (see fixest_conventions.R). This script
# (1) computes those from scratch (lm with dummies + FWL scores), and (2) checks the small-sample-free
# (HC0) meats against plm/sandwich: plm::vcovHC(method="arellano", type="HC0", cluster="group"),
# plm::vcovNW(type="HC0", maxlag=L) and plm::vcovSCC(type="HC0", maxlag=L) (Driscoll-Kraay), so that
# Caravan's NW/DK = plm's HC0 version x (n-1)/(n-K).
# Run: Rscript grunfeld.R /path/to/grunfeld.csv > ../Expected/grunfeld.json
args <- commandArgs(TRUE)
source(file.path(dirname(sub("--file=", "", grep("--file=", commandArgs(FALSE), value = TRUE))), "fixest_conventions.R"))
suppressPackageStartupMessages({ library(plm); library(sandwich) })
d <- read.csv(args[1]); d$ffirm <- factor(d$firm); d$fyear <- factor(d$year)
n <- nrow(d)
m <- lm(inv ~ value + capital + ffirm + fyear, data = d)
K <- m$rank                                 # 2 + 10 + 20 - 1 = 31
e <- resid(m)
Xt <- fwl(as.matrix(d[, c("value", "capital")]), ~ ffirm + fyear, d)
B <- solve(crossprod(Xt)); S <- Xt * e
se <- function(V) unname(sqrt(diag(V)))
gF <- 10; gY <- 20
out <- list(coef = unname(coef(m)[2:3]), K = K)
out$se_iid <- se(vcov(m)[2:3, 2:3])
out$ci_iid_value <- unname(confint(m)[2, ])               # t(n - K) intervals, as lm
out$p_iid <- unname(summary(m)$coefficients[2:3, 4])
out$se_hetero <- se(n / (n - K) * B %*% crossprod(S) %*% B)
out$se_cluster_firm <- se(gF / (gF - 1) * (n - 1) / (n - (K - (gF - 1))) * B %*% meat_cluster(S, d$firm) %*% B)
vf <- gF / (gF - 1) * (n - 1) / (n - (K - (gF - 1))) * B %*% meat_cluster(S, d$firm) %*% B
out$p_cluster_firm <- unname(2 * pt(-abs(coef(m)[2:3] / se(vf)), gF - 1))   # fixest: t(G - 1)
out$se_cluster_year <- se(gY / (gY - 1) * (n - 1) / (n - (K - (gY - 1))) * B %*% meat_cluster(S, d$year) %*% B)
a <- gF / (gF - 1)
M2 <- meat_cluster(S, d$firm) + meat_cluster(S, d$year) - crossprod(S)
out$se_twoway <- se(a * (n - 1) / (n - (K - (gF - 1) - (gY - 1))) * B %*% M2 %*% B)
# Newey-West (panel: pairs within a firm l years apart) and Driscoll-Kraay, Bartlett weights 1 - l/(L+1).
nw_meat <- function(L) {
  M <- crossprod(S)
  for (l in seq_len(L)) {
    w <- 1 - l / (L + 1)
    for (i in seq_len(n)) {
      j <- which(d$firm == d$firm[i] & d$year == d$year[i] - l)
      if (length(j)) M <- M + w * (S[i, ] %o% S[j, ] + S[j, ] %o% S[i, ])
    }
  }
  M
}
dk_meat <- function(L) {
  U <- rowsum(S, d$year); yrs <- as.numeric(rownames(U)); M <- crossprod(U)
  for (l in seq_len(L)) {
    w <- 1 - l / (L + 1)
    for (t in seq_along(yrs)) { s <- which(yrs == yrs[t] - l); if (length(s)) M <- M + w * (U[t, ] %o% U[s, ] + U[s, ] %o% U[t, ]) }
  }
  M
}
p <- plm(inv ~ value + capital, data = pdata.frame(d, index = c("firm", "year")), model = "within", effect = "twoways")
stopifnot(max(abs(coef(p) - coef(m)[2:3])) < 1e-8)
chk <- function(a, b, what) if (max(abs(a - b) / abs(b)) > 1e-8) stop(what, ": manual ", paste(a), " vs plm ", paste(b))
chk(B %*% meat_cluster(S, d$firm) %*% B, vcovHC(p, method = "arellano", type = "HC0", cluster = "group"), "cluster HC0")
for (L in c(1, 2)) {
  nw0 <- B %*% nw_meat(L) %*% B; dk0 <- B %*% dk_meat(L) %*% B
  chk(nw0, vcovNW(p, type = "HC0", maxlag = L), paste("NW", L))
  chk(dk0, vcovSCC(p, type = "HC0", maxlag = L), paste("DK", L))
  out[[paste0("se_nw", L, "_plm_hc0")]] <- se(vcovNW(p, type = "HC0", maxlag = L))
  out[[paste0("se_dk", L, "_plm_hc0")]] <- se(vcovSCC(p, type = "HC0", maxlag = L))
  out[[paste0("se_nw", L)]] <- se((n - 1) / (n - K) * nw0)
  out[[paste0("se_dk", L)]] <- se((n - 1) / (n - K) * dk0)
}
out$se_cluster_firm_plm_hc0 <- se(vcovHC(p, method = "arellano", type = "HC0", cluster = "group"))
# Weighted two-way FE OLS (analytic weights = capital), lm with weights and dummies.
mw <- lm(inv ~ value + capital + ffirm + fyear, data = d, weights = capital)
out$weighted_coef <- unname(coef(mw)[2:3])
out$weighted_se_iid <- unname(sqrt(diag(vcov(mw)))[2:3])
cat(jsonlite::toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "\n")
