# Writes haven_golden.dta with R haven (an independent .dta writer) for DtaReaderTests.
# Run from this folder:  Rscript make_golden.R
library(haven)
df <- data.frame(
  ccode = c(705, 710, 703),
  name  = c("Kazakhstan", "Қазақстан", NA),
  value = c(1.5, NA, -2.25e10),
  stringsAsFactors = FALSE
)
attr(df$value, "label") <- "Trade, US$ millions"
write_dta(df, "haven_golden.dta", version = 14)   # version 14 = format 118
print(packageVersion("haven"))
