# Checks a real Caravan panel written as Stata 118 with R haven: value labels on coded variables, the dataset label,
# and every cell equal to the CSV export of the same panel. Usage (from the repository root):
#   dotnet run -c Release --project src/Caravan.Cli -- panel --unit directed-dyad-year --states CHN,KAZ,KGZ,TJK,TKM,UZB --years 1992-2020 --out /tmp/ca.dta
#   dotnet run -c Release --project src/Caravan.Cli -- panel --unit directed-dyad-year --states CHN,KAZ,KGZ,TJK,TKM,UZB --years 1992-2020 --out /tmp/ca.csv
#   Rscript tests/Caravan.Data.Tests/Exports/check_panel_dta.R /tmp/ca.dta /tmp/ca.csv
# (The default test suite checks the same file shape with the in-repo reader, PanelDtaTests; this script needs R + haven.)
library(haven)
args <- commandArgs(trailingOnly = TRUE)
d <- read_dta(args[1])
csv <- read.csv(args[2], stringsAsFactors = FALSE, na.strings = "")
stopifnot(identical(names(d), names(csv)), nrow(d) == nrow(csv))
stopifnot(grepl("panel", attr(d, "label")))
lab <- function(v) attr(d[[v]], "labels")
stopifnot(names(lab("conttype"))[lab("conttype") == 1] == "Land or river border",
          names(lab("gmlmid_hostlev"))[lab("gmlmid_hostlev") == 4] == "Use of force",
          "dots_importer_cif" %in% names(lab("exp12_source")))
bad <- 0
for (v in names(d)) {
  x <- d[[v]]
  y <- csv[[v]]
  if (is.character(y) || (!is.null(lab(v)) && is.character(names(lab(v))) && v %in% c("exp12_source", "exp21_source"))) {
    x <- if (is.labelled(x) && !is.character(x)) as.character(as_factor(x, levels = "labels")) else as.character(zap_labels(x))
    x[is.na(x)] <- ""; y <- as.character(y); y[is.na(y)] <- ""
    same <- x == y
  } else {
    x <- as.numeric(zap_labels(x)); y <- as.numeric(y)
    same <- (is.na(x) & is.na(y)) | (!is.na(x) & !is.na(y) & abs(x - y) <= 1e-9 * pmax(1, abs(y)))
  }
  if (!all(same)) { bad <- bad + 1; cat("column", v, ":", sum(!same), "cells differ, e.g. row", which(!same)[1], x[which(!same)[1]], "vs", y[which(!same)[1]], "\n") }
}
stopifnot(bad == 0)
cat("haven", as.character(packageVersion("haven")), "reads", args[1], ":", nrow(d), "rows x", ncol(d), "columns equal to", args[2], "; labels OK\n")
