-- aiddata_gcdf_cow, aiddata_gcdf_gw, aiddata_country_totals: AidData Global Chinese Development Finance
-- Dataset v3.0 (Custer et al. 2023), commitments 2000-2021, aggregated.
-- Raw: aiddata-gcdf/cow_gcdf_state_year.csv (2,458 rows) and gw_gcdf_state_year.csv (2,271 rows), from the R
--   package {odadata} (GitHub milesdwilliams15/odadata): recipient-year sums of projects "Recommended For
--   Aggregates = Yes" by flow class (oof = other official flows, oda = ODA-like, vof = vague official
--   finance); *_amt nominal amount, *_adj AidData's adjusted amount; CONSTANT 2021 US$ (units, not millions).
--   aiddata-gcdf/gcdf_country_commitments_2000_2021.csv (145 rows), from {aiddataviz} (GitHub
--   Teal-Insights/aiddataviz): cross-section total_commitments_bn (constant 2021 US$ billions, 2000-2021),
--   weighted_interest_rate (%), WDI region/income group, gdp_usd_bn and population_mn (IMF WEO, 2021).
-- Rules: unchanged. Only recipient-years with at least one project appear in the state-year tables: an
--   absent recipient-year means no recorded commitment (0), a present 0 is a true 0.
-- @key aiddata_gcdf_cow: ccode, year
-- @key aiddata_gcdf_gw: gwcode, year
-- @key aiddata_country_totals: iso3c
COPY (
    SELECT ccode, year, oof_amt::DOUBLE AS oof_amt, oof_adj::DOUBLE AS oof_adj, oda_amt::DOUBLE AS oda_amt,
           oda_adj::DOUBLE AS oda_adj, vof_amt::DOUBLE AS vof_amt, vof_adj::DOUBLE AS vof_adj
    FROM raw_csv('{raw}/aiddata-gcdf/cow_gcdf_state_year.csv') ORDER BY ccode, year
) TO '{out}/aiddata_gcdf_cow.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT gwcode, year, oof_amt::DOUBLE AS oof_amt, oof_adj::DOUBLE AS oof_adj, oda_amt::DOUBLE AS oda_amt,
           oda_adj::DOUBLE AS oda_adj, vof_amt::DOUBLE AS vof_amt, vof_adj::DOUBLE AS vof_adj
    FROM raw_csv('{raw}/aiddata-gcdf/gw_gcdf_state_year.csv') ORDER BY gwcode, year
) TO '{out}/aiddata_gcdf_gw.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT country_name, iso3c, total_commitments_bn::DOUBLE AS total_commitments_bn,
           weighted_interest_rate::DOUBLE AS weighted_interest_rate, region_name, income_level_name,
           gdp_usd_bn::DOUBLE AS gdp_usd_bn, population_mn::DOUBLE AS population_mn
    FROM raw_csv('{raw}/aiddata-gcdf/gcdf_country_commitments_2000_2021.csv') ORDER BY iso3c
) TO '{out}/aiddata_country_totals.parquet' (FORMAT parquet, COMPRESSION zstd);
