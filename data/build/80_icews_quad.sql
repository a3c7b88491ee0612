-- icews_quad: ICEWS directed dyad-year counts of events in the four CAMEO quad classes, 2002-2014, for every
-- directed pair in which the source i or the target j is China or a Central Asian state (all partners).
-- Raw: icews-netify/icews_dyad_year_quad_focus_2002_2014.csv (23,166 rows = 1,782 directed dyads x 13 years),
--   a subset of the `icews` data object of the R package {netify} 1.5.3 (Dorff & Minhas; GitHub
--   netify-dev/netify). Underlying data: Boschee et al. (2015), ICEWS Coded Event Data, doi:10.7910/DVN/28075.
-- Rules: columns i, j (ICEWS/ISO-style country names), i_iso3, j_iso3 (raw i_iso3c / j_iso3c), year,
--   verb_coop, matl_coop, verb_conf, matl_conf (raw verbCoop, matlCoop, verbConf, matlConf; INTEGER event
--   counts: 0 = no coded event, not missing). Nodal covariates kept because they are cheap: i_/j_polity2
--   (Polity IV), i_/j_region (World Bank region), i_/j_gdp (current US$, WDI), i_/j_pop (persons, WDI);
--   the derived id, i_year, j_year and log columns are dropped. Empty covariates stay NULL.
-- Check (tests): China -> Kazakhstan 2002: verb_coop 384, matl_coop 3, verb_conf 2, matl_conf 0.
-- @key icews_quad: i, j, year
COPY (
    SELECT i, j, i_iso3c AS i_iso3, j_iso3c AS j_iso3, year,
           "verbCoop" AS verb_coop, "matlCoop" AS matl_coop, "verbConf" AS verb_conf, "matlConf" AS matl_conf,
           i_polity2, j_polity2, i_region, j_region, i_gdp::DOUBLE AS i_gdp, j_gdp::DOUBLE AS j_gdp,
           i_pop::BIGINT AS i_pop, j_pop::BIGINT AS j_pop
    FROM raw_csv('{raw}/icews-netify/icews_dyad_year_quad_focus_2002_2014.csv')
    ORDER BY i, j, year
) TO '{out}/icews_quad.parquet' (FORMAT parquet, COMPRESSION zstd);
