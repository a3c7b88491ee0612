# R's semantics for the expression grammar's missing values, logic, ifelse, pmin/pmax and lags (fixest's
# l()/f() on a panel by id and year; years 2003, 2000/2002 and 2002 are missing for some ids, so lags skip).
# Run from this folder:  R_LIBS=/opt/caravan-anchors/Rlib Rscript na_semantics.R   (writes na_expected.csv)
suppressPackageStartupMessages({ library(fixest); library(data.table) })
d <- as.data.table(read.csv("na_input.csv", stringsAsFactors = FALSE, na.strings = "NA"))
ex <- read.csv("expressions.csv", stringsAsFactors = FALSE)
p <- panel(d, ~id + year)
out <- data.frame(row = seq_len(nrow(d)))
for (k in seq_len(nrow(ex))) {
  code <- parse(text = ex$expression[k])[[1]]
  eval(bquote(p[, value__ := .(code)]))
  out[[ex$name[k]]] <- p$value__
}
write.csv(out, "na_expected.csv", row.names = FALSE, na = "NA")
