# Builds dyad-year and directed dyad-year panels with R's peacesciencer 1.2.9 and writes the expected values that
# Caravan's `--conventions peacesciencer` panels are compared with (PeacesciencerPanelTests.cs):
#   <panel>_rows.csv.gz      every compared column for a curated set of dyads (all their years)
#   <panel>_checksums.csv    per compared column over the WHOLE panel: rows, missing count, sum, weighted sum
# Usage: R_LIBS=/opt/caravan-anchors/Rlib Rscript peacesciencer_panels.R OUTDIR [FULLDIR|-] [PANEL ...]
#   FULLDIR (optional, not committed; "-" for none): also write every panel in full as <panel>.csv.gz, for a full
#   cell-by-cell comparison (PeacesciencerRebuildTests). PANEL: build only these (ndy ddy ndy_prd ddy_prd ndy_cow_prd).
# Panels (COW system, 1816 to the last completed year):
#   ndy, ddy       create_dyadyears(directed = FALSE / TRUE) + add_contiguity + add_cow_majors + add_nmc + add_democracy
#                  + add_atop_alliance + add_capital_distance + add_gml_mids + add_peace_years
#   ndy_prd, ddy_prd  create_dyadyears + filter_prd + add_gml_mids + add_peace_years
#   ndy_cow_prd    create_dyadyears(directed = FALSE) + filter_prd + add_cow_mids + add_peace_years
# The system lists are carried to the last completed year (mry = TRUE): run in 2026 the panels end in 2025.
suppressPackageStartupMessages({
  library(peacesciencer)
  library(dplyr)
  library(data.table)
})
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "."
full <- if (length(args) >= 2 && args[2] != "-") args[2] else NA
only <- if (length(args) >= 3) args[-(1:2)] else NULL
dir.create(out, showWarnings = FALSE, recursive = TRUE)
if (!is.na(full)) dir.create(full, showWarnings = FALSE, recursive = TRUE)
quiet <- function(x) suppressMessages(suppressWarnings(x))

monadic <- c(paste0(c("milex", "milper", "irst", "pec", "tpop", "upop", "cinc"), rep(1:2, each = 7)),
             paste0(c("v2x_polyarchy", "polity2", "euds", "aeuds"), rep(1:2, each = 4)))
atop <- c("atop_alliance", "atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul")
mid <- function(p) c(paste0(p, "midonset"), paste0(p, "midongoing"), "dispnum", "hostlev", "fatality",
                     "sidea1", "sidea2", "orig1", "orig2", paste0(p, "midspell"))

everything_panel <- function(directed) {
  create_dyadyears(directed = directed) %>% add_contiguity() %>% add_cow_majors() %>% add_nmc() %>%
    add_democracy() %>% add_atop_alliance() %>% add_capital_distance() %>% add_gml_mids() %>% add_peace_years()
}
relevant_panel <- function(directed, mids) {
  d <- create_dyadyears(directed = directed) %>% filter_prd()
  d <- if (mids == "gml") add_gml_mids(d) else add_cow_mids(d)
  add_peace_years(d)
}

panels <- list(
  ndy = list(build = function() everything_panel(FALSE),
             cols = c("conttype", "cowmaj1", "cowmaj2", monadic, atop, "capdist", mid("gml"))),
  ddy = list(build = function() everything_panel(TRUE),
             cols = c("conttype", "cowmaj1", "cowmaj2", monadic, atop, "capdist", mid("gml"))),
  ndy_prd = list(build = function() relevant_panel(FALSE, "gml"), cols = c("conttype", "cowmaj1", "cowmaj2", mid("gml"))),
  ddy_prd = list(build = function() relevant_panel(TRUE, "gml"), cols = c("conttype", "cowmaj1", "cowmaj2", mid("gml"))),
  ndy_cow_prd = list(build = function() relevant_panel(FALSE, "cow"), cols = c("conttype", "cowmaj1", "cowmaj2", mid("cow")))
)

# Curated dyads: every example of issue 7, China and Central Asia, the Germanies 1985-1995, and dyads drawn at random
# (200 for the non-directed panels, the first 80 of them for the directed ones, to keep the files small).
named <- rbind(c(2, 210), c(2, 101), c(220, 225), c(211, 220), c(211, 325), c(95, 100), c(651, 663), c(200, 220),
               c(220, 255), c(710, 740), c(255, 390), c(2, 255), c(200, 255), c(2, 365), c(2, 710), c(365, 710))
central <- c(365, 700, 701, 702, 703, 704, 705, 710)
set.seed(20261201)
all_dyads <- unique(as.data.table(create_dyadyears(directed = FALSE))[, .(ccode1, ccode2)])
drawn <- all_dyads[sample(.N, 200)]
selected <- function(d, n_random) {
  pick <- unique(rbind(data.table(a = pmin(named[, 1], named[, 2]), b = pmax(named[, 1], named[, 2])),
                       data.table(a = drawn$ccode1[seq_len(n_random)], b = drawn$ccode2[seq_len(n_random)])))
  lo <- pmin(d$ccode1, d$ccode2); hi <- pmax(d$ccode1, d$ccode2)
  in_pick <- paste(lo, hi) %in% paste(pick$a, pick$b)
  in_central <- d$ccode1 %in% central & d$ccode2 %in% central
  germany <- (d$ccode1 %in% c(255, 260, 265) | d$ccode2 %in% c(255, 260, 265)) & d$year >= 1985 & d$year <= 1995
  in_pick | in_central | germany
}

weight <- function(d) ((d$ccode1 * 31 + d$ccode2 * 17 + d$year) %% 101) + 1
for (name in if (is.null(only)) names(panels) else only) {
  t0 <- Sys.time()
  d <- as.data.table(quiet(panels[[name]]$build()))
  cols <- panels[[name]]$cols
  missing_cols <- setdiff(cols, names(d))
  if (length(missing_cols) > 0) stop(name, ": peacesciencer did not add ", paste(missing_cols, collapse = ", "))
  setorder(d, ccode1, ccode2, year)
  keep <- c("ccode1", "ccode2", "year", cols)
  rows <- d[selected(d, if (startsWith(name, "ddy")) 80 else 200), ..keep]
  fwrite(rows, file.path(out, paste0(name, "_rows.csv.gz")), na = "", compress = "gzip")
  w <- weight(d)
  sums <- rbindlist(lapply(c("year", cols), function(col) {
    x <- as.numeric(d[[col]])
    data.table(column = col, rows = nrow(d), missing = sum(is.na(x)),
               sum = sprintf("%.17g", sum(x, na.rm = TRUE)), wsum = sprintf("%.17g", sum(x * w, na.rm = TRUE)))
  }))
  fwrite(sums, file.path(out, paste0(name, "_checksums.csv")))
  if (!is.na(full)) fwrite(d[, ..keep], file.path(full, paste0(name, ".csv.gz")), na = "", compress = "gzip")
  cat(sprintf("%s: %d rows, %d compared columns, %d curated rows (%.1f s)\n", name, nrow(d), length(cols), nrow(rows),
              as.numeric(difftime(Sys.time(), t0, units = "secs"))))
}
cat("peacesciencer", as.character(packageVersion("peacesciencer")), "isard", as.character(packageVersion("isard")),
    "R", R.version$major, R.version$minor, "\n")
