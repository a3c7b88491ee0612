# Zelig 5.1.7's relogit (the real package, /opt/caravan-anchors/Rlib) on the MID data with tau = 1042/303772:
# its standard errors are the unscaled ML variance of the bias-corrected fit (no (n/(n+k))^2 factor).
#   R_LIBS=/opt/caravan-anchors/Rlib Rscript Reference/zelig_relogit.R  -> Expected/zelig_relogit.json
suppressMessages(library(Zelig))
num <- function(x) sprintf("%.15g", x)
vec <- function(x) paste0("[", paste(num(x), collapse = ", "), "]")
mid <- read.csv("Data/mid.csv")
z <- zelig(conflict ~ major + contig + power + maxdem + mindem + years, model = "relogit", tau = 1042/303772, data = mid, cite = FALSE)
m <- z$zelig.out$z.out[[1]]
json <- paste0('{\n  "version": "', packageVersion("Zelig"), '",\n  "coef": ', vec(coef(m)), ',\n  "se": ', vec(sqrt(diag(vcov(m)))), '\n}\n')
writeLines(json, "Expected/zelig_relogit.json"); cat(json)
