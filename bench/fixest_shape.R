# One timed fixest fit of one benchmark shape (called by `Caravan.Bench vsfixest`, one R process per run).
# Usage: R_LIBS=/opt/caravan-anchors/Rlib Rscript bench/fixest_shape.R FILE MODEL FORMULA
#   MODEL: ols | poisson | logit.  FORMULA: fixest syntax, e.g. "ln_y ~ X1 | dum_1 + dum_2".
# Prints (one per line, machine-read): "fread SECONDS", "fit SECONDS" (the first estimation call in this
# R process, as `caravan fit` is one call in its process), "warm SECONDS" (the same call again, functions and
# data already in memory: fixest's usual benchmark number), "coef NAME VALUE", "se VALUE", "fixest VERSION".
# fixest 0.12.1 with 2 threads (setFixest_nthreads(2)); the estimation call alone is timed (fixest's
# default variance is computed inside it: clustered by the first fixed effect, else iid).
suppressPackageStartupMessages({
  library(data.table)
  library(fixest)
})
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 3) stop("usage: fixest_shape.R FILE MODEL FORMULA")
file <- args[1]
model <- args[2]
fml <- as.formula(args[3])
setFixest_nthreads(2)
setDTthreads(2)

t0 <- proc.time()[["elapsed"]]
d <- fread(file, showProgress = FALSE)
t1 <- proc.time()[["elapsed"]]
estimate <- function() switch(model,
  ols = feols(fml, data = d),
  poisson = fepois(fml, data = d, notes = FALSE),
  logit = feglm(fml, data = d, family = binomial("logit"), notes = FALSE),
  stop("unknown model ", model))
fit <- estimate()
t2 <- proc.time()[["elapsed"]]
fit <- estimate()
t3 <- proc.time()[["elapsed"]]

cat(sprintf("fread %.4f\n", t1 - t0))
cat(sprintf("fit %.4f\n", t2 - t1))
cat(sprintf("warm %.4f\n", t3 - t2))
b <- coef(fit)
cat(sprintf("coef %s %.10g\n", names(b)[length(b)], b[length(b)]))
cat(sprintf("se %.10g\n", se(fit)[length(b)]))
cat(sprintf("fixest %s\n", as.character(packageVersion("fixest"))))
