# Reference numbers for issue 8's convention defects (run from tests/Caravan.Golden.Tests):
#   R_LIBS=/opt/caravan-anchors/Rlib Rscript Reference/conventions.R
# (R 4.x, fixest 0.12.1) -> Expected/conventions.json, Data/pois20.csv.gz.
# 1. Poisson, 20 regressors, no fixed effects: fixest fepois iid and hetero SEs at its default glm.tol
#    (fixest's bread is taken at the last IRLS weights, started from glm's mu = y + 0.1).
# 2. The MID logit with cubic peace-years: R's glm gives no "fitted probabilities numerically 0 or 1"
#    warning (its rule: mu < 10 * .Machine$double.eps or > 1 - that, with the logit inverse link clamped
#    to .Machine$double.eps beyond |eta| > 30), although fitted p reach ~1e-11 (here min p = 0.007).
# 3. World politically relevant dyad-years 1950-2010 (Data/world_mid_onset.csv.gz, made by
#    `caravan panel --unit dyad-year --years 1950-2010 --relevant --steps contiguity,majors,nmc,democracy,mids,peaceyears`
#    from the shipped data, five columns kept): cubic peace-years reach eta = -31; 53 fitted p < 1e-10
#    but R warns because 7 have |eta| > 30 (p clamped to 2.2e-16 < eps).
suppressMessages(library(fixest))
num <- function(x) sprintf("%.15g", x)
vec <- function(x) paste0("[", paste(num(x), collapse = ", "), "]")

set.seed(20261201)
n <- 2000; k <- 20
X <- matrix(round(rnorm(n * k), 6), n, k); colnames(X) <- paste0("x", 1:k)
beta <- seq(-0.2, 0.2, length.out = k)
y <- rpois(n, exp(0.3 + X %*% beta))
d <- data.frame(y = y, X)
con <- gzfile("Data/pois20.csv.gz", "w"); write.csv(d, con, row.names = FALSE); close(con)
d <- read.csv("Data/pois20.csv.gz")
f <- as.formula(paste("y ~", paste(colnames(X), collapse = " + ")))
m <- fepois(f, d, vcov = "iid")
mh <- summary(m, vcov = "hetero")

mid <- read.csv("Data/mid.csv")
warned <- FALSE
g <- withCallingHandlers(
  glm(conflict ~ major + contig + power + maxdem + mindem + years + I(years^2) + I(years^3), family = binomial, data = mid),
  warning = function(w) { warned <<- TRUE; invokeRestart("muffleWarning") })
fl <- feglm(conflict ~ major + contig + power + maxdem + mindem + years + I(years^2) + I(years^3), mid, family = "logit", vcov = "iid")
eps <- 10 * .Machine$double.eps
w <- read.csv("Data/world_mid_onset.csv.gz")
wwarned <- FALSE
gw <- withCallingHandlers(
  glm(gmlmidonset ~ conttype + cowmaj1 + cowmaj2 + gmlmidspell + I(gmlmidspell^2) + I(gmlmidspell^3), family = binomial, data = w),
  warning = function(x) { wwarned <<- TRUE; invokeRestart("muffleWarning") })

json <- paste0('{\n',
  '  "pois20": {\n',
  '    "coef": ', vec(coef(m)), ',\n',
  '    "se_iid": ', vec(se(m)), ',\n',
  '    "se_hetero": ', vec(se(mh)), ',\n',
  '    "iterations": ', m$iterations, '\n  },\n',
  '  "mid_cubic_logit": {\n',
  '    "glm_warned": ', tolower(as.character(warned)), ',\n',
  '    "min_fitted": ', num(min(fitted(g))), ',\n',
  '    "below_1e-10": ', sum(fitted(g) < 1e-10), ',\n',
  '    "at_r_boundary": ', sum(fitted(g) < eps | fitted(g) > 1 - eps), ',\n',
  '    "coef": ', vec(coef(fl)), ',\n',
  '    "se_iid": ', vec(se(fl)), '\n  },\n',
  '  "world_cubic_logit": {\n',
  '    "glm_warned": ', tolower(as.character(wwarned)), ',\n',
  '    "below_1e-10": ', sum(fitted(gw) < 1e-10), ',\n',
  '    "at_r_boundary": ', sum(fitted(gw) < eps | fitted(gw) > 1 - eps), ',\n',
  '    "coef": ', vec(coef(gw)), '\n  }\n}\n')
writeLines(json, "Expected/conventions.json")
cat(json)
