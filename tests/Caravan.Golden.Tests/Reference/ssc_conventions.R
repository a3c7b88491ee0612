# Small-sample conventions (issue 8, item 6) against R. Run from tests/Caravan.Golden.Tests:
#   R_LIBS=/opt/caravan-anchors/Rlib Rscript Reference/ssc_conventions.R
# (R 4.x, fixest 0.12.1, sandwich 3.0.2) -> Data/ssc_panel.csv.gz (made here on the first run, from the seed
# below; the committed file is what the test reads), Expected/ssc_conventions.json.
#
# Data: a SIMULATED unbalanced firm-year panel (80 firms nested in 10 regions, periods 1-16 with period 7
# absent from the whole sample, about 10 % of firm-years dropped at random), with a linear, a count and a
# binary outcome. Simulated on purpose: it exercises every rule (nested and non-nested fixed effects,
# unbalanced panels, a time gap, groups dropped by the GLMs) and makes no substantive claim.
#
# 1. "fixest": feols / fepois / feglm(logit) with `| firm + year`, every vcov (iid, hetero, ~firm, ~region,
#    ~firm+year, NW and DK with panel.id = ~firm + year) under every single ssc() switch: the SEs and
#    attr(, "df.t"). Caravan must agree to 1e-8 relative (same algorithms; fixest's IRLS and Caravan's stop at
#    the same deviance criterion, so GLM SEs agree to ~1e-10).
# 2. "stata": Stata's published small-sample rules ([R] regress, [R] logit/poisson "Methods and formulas",
#    [P] _robust: q = N/(N-k) for regress robust, (N-1)/(N-k) * G/(G-1) for regress cluster, N/(N-1) and
#    G/(G-1) for ML estimators) reproduced with sandwich (no Stata here):
#      regress, iid           vcov(lm)
#      regress, vce(robust)   sandwich::vcovHC(type = "HC1")
#      regress, vce(cluster)  sandwich::vcovCL(type = "HC1", cadjust = TRUE)
#      logit/poisson, iid     vcov(glm)
#      logit/poisson, robust  sandwich::vcovCL(cluster = 1:n, type = "HC0", cadjust = TRUE)   (= HC0 * n/(n-1))
#      logit/poisson, cluster sandwich::vcovCL(type = "HC0", cadjust = TRUE)                 (= HC0 * G/(G-1))
#      two-way (CGM 2011)     sandwich::vcovCL(cluster = ~a + b, multi0 = FALSE, type = "HC1"/"HC0", cadjust = TRUE)
#    GLMs with the fixed effects as dummies on fixest's estimation sample (the slope block of the sandwich equals
#    the absorbed version's); OLS on `y ~ x1 + x2 + factor(year)` (year dummies are not nested in firm or
#    region, so regress's K equals reghdfe's). glm at epsilon 1e-14, Caravan at 1e-12; tolerance 1e-7 relative (glm and Caravan
#    stop at different iterates; largest observed 4e-8).
# 3. "timeseries": Newey-West on a time series (no panel id) with fixest's default lag, floor(sandwich::bwNeweyWest)
#    on the time-sorted scores without the intercept's column, and at lag 2, on a SIMULATED AR(1) series
#    (Data/nw_series.csv.gz, 250 periods, made here on the first run): OLS, Poisson and logit; the lag fixest
#    chose (from its "Newey-West (L=…)" label) and the SEs, to 1e-8.
suppressPackageStartupMessages({ library(fixest); library(sandwich) })
num <- function(x) paste0("[", paste(sprintf("%.17g", unname(x)), collapse = ", "), "]")
path <- "Data/ssc_panel.csv.gz"
if (!file.exists(path)) {
  set.seed(20261202)
  firms <- 80; periods <- 16
  d <- expand.grid(firm = 1:firms, year = 1:periods)
  d$region <- (d$firm - 1) %/% 8 + 1
  a <- rnorm(firms, sd = 0.7); b <- rnorm(periods, sd = 0.4)
  d$x1 <- round(rnorm(nrow(d)) + a[d$firm] / 2, 6)
  d$x2 <- round(rnorm(nrow(d)) + 0.3 * d$year / periods, 6)
  d$y <- round(d$x1 - 0.5 * d$x2 + a[d$firm] + b[d$year] + rnorm(nrow(d)) * (1 + abs(d$x1)) + 0.5 * rnorm(firms)[d$firm] * (d$year %% 2), 6)
  d$count <- rpois(nrow(d), exp(0.2 * d$x1 - 0.3 * d$x2 + a[d$firm] / 2 + b[d$year] / 4 + rnorm(firms, sd = 0.3)[d$region]))
  d$event <- rbinom(nrow(d), 1, plogis(-0.6 + 0.8 * d$x1 - 0.4 * d$x2 + a[d$firm] / 2 + 0.3 * rnorm(10)[d$region]))
  d <- d[d$year != 7 & runif(nrow(d)) > 0.1, ]
  d <- d[order(d$firm, d$year), c("firm", "year", "region", "x1", "x2", "y", "count", "event")]
  con <- gzfile(path, "w"); write.csv(d, con, row.names = FALSE); close(con)
}
d <- read.csv(path)

sscs <- list(
  fixest = ssc(),
  "adj=false" = ssc(adj = FALSE),
  "fixef.K=none" = ssc(fixef.K = "none"),
  "fixef.K=full" = ssc(fixef.K = "full"),
  "cluster.adj=false" = ssc(cluster.adj = FALSE),
  "cluster.df=conventional" = ssc(cluster.df = "conventional"),
  "t.df=conventional" = ssc(t.df = "conventional"),
  "t.df=30" = ssc(t.df = 30),
  "adj=false,cluster.adj=false" = ssc(adj = FALSE, cluster.adj = FALSE))
vcovs <- list(iid = "iid", hetero = "hetero", "cluster:firm" = ~firm, "cluster:region" = ~region,
              "twoway:firm+year" = ~firm + year, "nw" = "NW", "dk" = "DK", "nw:3" = NW(3), "dk:1" = DK(1))
models <- list(
  ols = feols(y ~ x1 + x2 | firm + year, d, panel.id = ~firm + year),
  poisson = fepois(count ~ x1 + x2 | firm + year, d, panel.id = ~firm + year),
  logit = feglm(event ~ x1 + x2 | firm + year, d, family = binomial, panel.id = ~firm + year),
  # A fixed effect nested in another (each firm is in one region): fixest's default K still counts region's levels.
  ols_nested = feols(y ~ x1 + x2 | firm + region, d, panel.id = ~firm + year))
formulas <- c(ols = "y ~ x1 + x2 | firm + year", poisson = "count ~ x1 + x2 | firm + year", logit = "event ~ x1 + x2 | firm + year",
              ols_nested = "y ~ x1 + x2 | firm + region")

out <- c()
for (m in names(models)) {
  est <- models[[m]]
  cases <- c()
  for (s in names(sscs)) for (v in names(vcovs)) {
    V <- vcov(est, vcov = vcovs[[v]], ssc = sscs[[s]], attr = TRUE)
    cases <- c(cases, sprintf('      {"vcov": "%s", "ssc": "%s", "se": %s, "df": %.17g, "K": %d}',
                              v, s, num(sqrt(diag(V))), attr(V, "df.t"), as.integer(attr(V, "dof.K"))))
  }
  out <- c(out, sprintf('    {"model": "%s", "formula": "%s", "nobs": %d, "coef": %s,\n     "cases": [\n%s]}',
                        m, formulas[[m]], nobs(est), num(coef(est)), paste(cases, collapse = ",\n")))
}

# Stata's conventions via sandwich.
stata <- c()
add <- function(model, formula, vcov, V) {
  stata <<- c(stata, sprintf('    {"model": "%s", "formula": "%s", "vcov": "%s", "se": %s}', model, formula, vcov,
                             num(sqrt(diag(V))[c("x1", "x2")])))
}
ols <- lm(y ~ x1 + x2 + factor(year), d)
fo <- "y ~ x1 + x2 | year"
add("ols", fo, "iid", vcov(ols))
add("ols", fo, "hetero", vcovHC(ols, type = "HC1"))
add("ols", fo, "cluster:firm", vcovCL(ols, cluster = ~firm, type = "HC1", cadjust = TRUE))
add("ols", fo, "cluster:region", vcovCL(ols, cluster = ~region, type = "HC1", cadjust = TRUE))
ols0 <- lm(y ~ x1 + x2, d)
add("ols", "y ~ x1 + x2", "twoway:firm+year", vcovCL(ols0, cluster = ~firm + year, multi0 = FALSE, type = "HC1", cadjust = TRUE))
for (m in c("poisson", "logit")) {
  est <- models[[m]]
  s <- d[obs(est), ]
  fam <- if (m == "poisson") poisson() else binomial()
  yv <- if (m == "poisson") "count" else "event"
  g <- glm(as.formula(paste(yv, "~ x1 + x2 + factor(firm) + factor(year)")), family = fam, data = s,
           control = glm.control(epsilon = 1e-14, maxit = 100))
  f <- formulas[[m]]
  add(m, f, "iid", vcov(g))
  add(m, f, "hetero", vcovCL(g, cluster = seq_len(nrow(s)), type = "HC0", cadjust = TRUE))
  add(m, f, "cluster:firm", vcovCL(g, cluster = ~firm, type = "HC0", cadjust = TRUE))
  add(m, f, "cluster:region", vcovCL(g, cluster = ~region, type = "HC0", cadjust = TRUE))
  add(m, f, "twoway:firm+year", vcovCL(g, cluster = ~firm + year, multi0 = FALSE, type = "HC0", cadjust = TRUE))
}

spath <- "Data/nw_series.csv.gz"
if (!file.exists(spath)) {
  set.seed(20261203)
  n <- 250
  e <- as.numeric(arima.sim(list(ar = 0.6), n)); x <- as.numeric(arima.sim(list(ar = 0.5), n))
  s <- data.frame(t = 1:n, x = round(x, 6), z = round(rnorm(n), 6))
  s$y <- round(1 + 0.5 * s$x - 0.3 * s$z + e, 6)
  s$count <- rpois(n, exp(0.5 + 0.3 * s$x + 0.3 * e))
  s$event <- rbinom(n, 1, plogis(-0.3 + 0.8 * s$x + 0.5 * e))
  s <- s[sample(n), ]   # rows out of time order: the lag must come from the time-sorted scores
  con <- gzfile(spath, "w"); write.csv(s, con, row.names = FALSE); close(con)
}
s <- read.csv(spath)
ts <- list(ols = feols(y ~ x + z, s), poisson = fepois(count ~ x + z, s), logit = feglm(event ~ x + z, s, family = binomial))
tsf <- c(ols = "y ~ x + z", poisson = "count ~ x + z", logit = "event ~ x + z")
tcases <- c()
for (m in names(ts)) for (v in c("nw", "nw:2")) for (sc in c("fixest", "adj=false,cluster.adj=false")) {
  V <- vcov(ts[[m]], vcov = if (v == "nw") NW ~ t else NW(2) ~ t,
            ssc = if (sc == "fixest") ssc() else ssc(adj = FALSE, cluster.adj = FALSE), attr = TRUE)
  lag <- as.integer(sub(".*L=([0-9]+).*", "\\1", attr(V, "type")))
  tcases <- c(tcases, sprintf('    {"model": "%s", "formula": "%s", "vcov": "%s", "ssc": "%s", "lag": %d, "se": %s, "df": %.17g}',
                              m, tsf[[m]], v, sc, lag, num(sqrt(diag(V))), attr(V, "df.t")))
}

json <- paste0('{\n  "fixest": [\n', paste(out, collapse = ",\n"), '\n  ],\n  "stata": [\n',
               paste(stata, collapse = ",\n"), '\n  ],\n  "timeseries": [\n', paste(tcases, collapse = ",\n"), '\n  ]\n}\n')
writeLines(json, "Expected/ssc_conventions.json")
cat("wrote Expected/ssc_conventions.json:", length(models) * length(sscs) * length(vcovs), "fixest cases,", length(stata), "Stata cases\n")
