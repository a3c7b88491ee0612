# The peacesciencer 1.2.9 counterpart of `caravan panel --unit directed-dyad-year --years 1816-2020` for the
# whole-process benchmark (bench/Caravan.Bench ProcessBench.cs, `panel-process`): the same universe and every add_*
# step that has a Caravan counterpart in the default panel, in Caravan's order, then the panel written as CSV.
# Usage: R_LIBS=/opt/caravan-anchors/Rlib Rscript peacesciencer_pipeline.R UNIT FIRST LAST OUT.csv
#   UNIT: directed-dyad-year | dyad-year. Prints one line per step: "step NAME SECONDS", then "rows N columns K".
# Steps with no offline peacesciencer counterpart (DOTS and COW dyadic trade, GDP/population, UCDP dyadic, events,
# China finance, pipelines) are not run: the Caravan panel has more columns than this one.
t_start <- Sys.time()
suppressPackageStartupMessages({
  library(peacesciencer)
  library(dplyr)
  library(data.table)
})
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 4) stop("usage: peacesciencer_pipeline.R UNIT FIRST LAST OUT.csv")
directed <- switch(args[1], "directed-dyad-year" = TRUE, "dyad-year" = FALSE, stop("UNIT: directed-dyad-year or dyad-year"))
years <- as.integer(args[2]):as.integer(args[3])
out <- args[4]
quiet <- function(x) suppressMessages(suppressWarnings(x))
clock <- t_start
lap <- function(name) {
  now <- Sys.time()
  cat(sprintf("step %s %.3f\n", name, as.numeric(difftime(now, clock, units = "secs"))))
  clock <<- now
}
lap("load") # R start-up and library() of peacesciencer, dplyr, data.table
d <- quiet(create_dyadyears(directed = directed, subset_years = years)); lap("universe")
d <- quiet(add_contiguity(d)); lap("contiguity")
d <- quiet(add_capital_distance(d)); lap("capdist")
d <- quiet(add_minimum_distance(d, use_extdata = FALSE)); lap("mindist") # the shipped cow_mindist (the augmented one is a download)
d <- quiet(add_cow_majors(d)); lap("majors")
d <- quiet(add_nmc(d)); lap("nmc")
d <- quiet(add_democracy(d)); lap("democracy")
d <- quiet(add_atop_alliance(d)); lap("alliances")
d <- quiet(add_igos(d)); lap("igos")
d <- quiet(add_gml_mids(d)); lap("mids")
d <- quiet(add_peace_years(d)); lap("peaceyears")
fwrite(d, out); lap("write")
cat(sprintf("rows %d columns %d\n", nrow(d), ncol(d)))
cat(sprintf("total %.3f\n", as.numeric(difftime(Sys.time(), t_start, units = "secs"))))
