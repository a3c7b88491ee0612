# Descriptive statistics of the Zelig MID data (caravan describe), by `major`:
#   R_LIBS=/opt/caravan-anchors/Rlib Rscript Reference/describe.R  -> Expected/describe.json
num <- function(x) sprintf("%.15g", x)
mid <- read.csv("Data/mid.csv")
out <- c()
for (v in c("power", "years", "maxdem")) for (g in c(0, 1)) {
  x <- mid[mid$major == g, v]
  q <- quantile(x, c(0, 0.25, 0.5, 0.75, 1), type = 7)
  out <- c(out, sprintf('  "%s_%d": {"n": %d, "mean": %s, "sd": %s, "q": [%s]}', v, g, length(x), num(mean(x)), num(sd(x)), paste(num(q), collapse = ", ")))
}
writeLines(paste0("{\n", paste(out, collapse = ",\n"), "\n}"), "Expected/describe.json")
