# Expected values for Caravan's opt-in panel steps (cowwars, ucdponsets, leaders, rivalries, terrthreat, igocounts, uds,
# participation's UCDP columns), from peacesciencer 1.2.9's add_* functions on the package's own data (the same files
# Caravan ships in data/, see data/SOURCES.md).
# Run: R_LIBS=/opt/caravan-anchors/Rlib Rscript tests/Caravan.Data.Tests/Panels/Reference/new_steps.R
# Writes new_steps_*.csv.gz beside this script (NA = missing). The test (NewStepTests) compares at 1e-9.
suppressMessages({library(peacesciencer); library(dplyr)})
here <- dirname(sub("--file=", "", grep("--file=", commandArgs(FALSE), value = TRUE)))
out <- function(d, name) { f <- gzfile(file.path(here, name), "w"); write.csv(d, f, row.names = FALSE, na = "NA"); close(f) }

states <- c(2, 20, 200, 220, 255, 300, 305, 325, 345, 365, 630, 640, 645, 651, 666, 700, 705, 710, 740, 750, 770)

# COW state-years: intra-state wars, Archigos, rivalries, territorial threat, IGO counts, democracy (aeuds).
sy <- create_stateyears(system = "cow", mry = FALSE) %>%
  add_cow_wars(type = "intra") %>%
  add_archigos() %>%
  add_strategic_rivalries() %>%
  add_latent_territorial_threat() %>%
  add_igos() %>%
  add_democracy()
sy %>% filter(ccode %in% states) %>%
  select(ccode, year, cowintraonset, cowintraongoing, warnum, wartype, intnl, outcome, sideadeaths, sidebdeaths, intrawarnums,
         leadertransition, irregular, n_leaders, jan1obsid, dec31obsid,
         n_ideological, n_interventionary, n_positional, n_spatial,
         lterrthreat, sd, lwr, upr, m_lterrthreat,
         sum_igo_full, sum_igo_associate, sum_igo_observer, sum_igo_anytype, aeuds) %>%
  arrange(ccode, year) %>% out("new_steps_cow_stateyears.csv.gz")

# G-W state-years: UCDP onsets, UCDP armed conflict (all types), Archigos by G-W code.
gw <- create_stateyears(system = "gw", mry = FALSE) %>% add_ucdp_onsets() %>% add_ucdp_acd() %>% add_archigos()
gw %>% filter(gwcode %in% c(2, 200, 220, 260, 340, 345, 365, 630, 640, 645, 651, 666, 700, 702, 705, 710, 750, 770, 775, 850, 816, 90)) %>%
  filter(year >= 1946) %>%
  select(gwcode, year, sumnewconf, sumonset1, sumonset2, sumonset3, sumonset5, sumonset10,
         ucdpongoing, ucdponset, maxintensity, conflict_ids, leadertransition, n_leaders, dec31obsid) %>%
  arrange(gwcode, year) %>% out("new_steps_gw_stateyears.csv.gz")

dstates <- c(2, 200, 220, 255, 300, 305, 365, 640, 645, 651, 710, 740, 750, 770)
# COW non-directed dyad-years among these states: inter-state wars, Archigos, rivalries, territorial threat.
dy <- create_dyadyears(system = "cow", directed = FALSE, mry = FALSE) %>%
  filter(ccode1 %in% dstates & ccode2 %in% dstates) %>%
  add_cow_wars(type = "inter") %>%
  add_archigos() %>%
  add_strategic_rivalries() %>%
  add_latent_territorial_threat()
dy %>% select(ccode1, ccode2, year, cowinteronset, cowinterongoing, sidea1, sidea2, initiator1, initiator2,
              outcome1, outcome2, batdeath1, batdeath2, resume,
              leadertransition1, leadertransition2, irregular1, dec31obsid1, dec31obsid2,
              tssr_id, ongoingrivalry, positional, spatial, ideological, interventionary,
              lterrthreat1, lterrthreat2) %>%
  arrange(ccode1, ccode2, year) %>% out("new_steps_cow_dyadyears.csv.gz")
cat("peacesciencer", as.character(packageVersion("peacesciencer")), "\n")
