# Checks that R haven reads a .dta written by Caravan's PanelExporter (caravan_golden.dta by default)
# with the values of ExportFixture. Usage (from this folder): Rscript check_dta.R [file.dta]
# Regenerate the fixtures first if the writer changes: CARAVAN_REGENERATE_GOLDEN=1 dotnet test tests/Caravan.Data.Tests
library(haven)
args <- commandArgs(trailingOnly = TRUE)
f <- if (length(args) > 0) args[1] else "caravan_golden.dta"
d <- read_dta(f)
# drop haven's label/format attributes, keep the class (Date)
plain <- function(x) { attributes(x) <- attributes(x)["class"[!is.null(attr(x, "class"))]]; x }
str(d)
stopifnot(
  identical(names(d), c("ccode", "name", "year", "value_musd", "big", "since")),
  nrow(d) == 4,
  identical(as.numeric(d$ccode), c(703, 705, 710, NA)),
  identical(plain(d$name), c("Kyrgyzstan, \"Kyrgyz Rep.\"", "\u049a\u0430\u0437\u0430\u049b\u0441\u0442\u0430\u043d", "", "")),
  identical(as.numeric(d$year), c(2020, 1992, 2010, NA)),
  identical(as.numeric(d$value_musd), c(NA, 222.5, -0.125, 1e300)),
  identical(as.numeric(d$big), c(-1, 9007199254740992, NA, 0)),
  identical(plain(d$since), as.Date(c(NA, "1991-12-16", "1960-01-01", "1959-12-31"))),
  identical(attr(d$ccode, "label"), "COW country code"),
  nchar(attr(d$value_musd, "label")) == 80
)
cat("haven", as.character(packageVersion("haven")), "reads", f, ": OK\n")

# strL: text longer than 2045 bytes (strl_golden.dta, from PanelExporterTests.Dta_uses_strL_for_text_longer_than_2045_bytes)
if (length(args) == 0) {
  s <- read_dta("strl_golden.dta")
  stopifnot(identical(plain(s$name), c("Kyrgyzstan, \"Kyrgyz Rep.\"", strrep("\u049a", 1500), "", "")),
            identical(as.numeric(s$ccode), c(703, 705, 710, NA)))
  cat("haven reads strl_golden.dta : OK\n")
}
