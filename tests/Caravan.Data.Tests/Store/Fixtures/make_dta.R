# Stata files written by R haven (ReadStat) with every storage type, for DtaFrameReaderTests.
# Run from this folder:  Rscript make_dta.R   (writes haven_types_117.dta, haven_types_118.dta);
# iris.dta is haven's example file (haven/examples/iris.dta: floats and str#), copied as is.
library(haven)
df <- data.frame(
  vbyte = c(1L, -5L, NA, 100L),                  # byte
  vint = c(30000L, -2L, 7L, NA),                # int
  vlong = c(2000000000L, NA, -1L, 3L),           # long
  vdouble = c(0.1, NA, -1e300, 2.5),               # double
  vstr = c("China", "Қазақстан", "", NA),       # str#
  long_text = c(strrep("x", 3000), "short", "z", "y"),  # strL (> 2045 bytes)
  stringsAsFactors = FALSE
)
df$vfloat <- c(1.5, NA, -0.25, 3)
df$vlab <- labelled(c(1, 2, 1, NA), c(low = 1, high = 2))  # value labels: codes are kept
write_dta(df, "haven_types_118.dta", version = 14)
# Format 117 is Latin-1: ASCII text only.
df$vstr <- c("China", "Kazakhstan", "", NA)
write_dta(df, "haven_types_117.dta", version = 13)
print(packageVersion("haven"))
