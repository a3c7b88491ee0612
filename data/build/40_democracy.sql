-- democracy: state-year democracy scores, COW codes, 1816-2025, from {isard} 0.2.0 `cw_democracy`:
--   euds / aeuds = extended Unified Democracy Scores (Marquez 2016, via {democracyData} 0.7.1; aeuds
--   is the version rescaled so 0 ~ the Polity threshold), polity2 = Polity5 (-10..10; NULL after 2018),
--   v2x_polyarchy = V-Dem electoral democracy index v16 (0..1).
-- ccode_democracy, gwcode_democracy: the older {peacesciencer} tables (COW / G-W codes, 1816-2020) with
--   V-Dem v10 polyarchy, Polity IV/5 polity2 and xm_qudsest (extended UDS, Marquez 2016).
-- Raw: isard/cw_democracy.csv (17,706), peacesciencer/ccode_democracy.csv (16,731),
--      peacesciencer/gwcode_democracy.csv (18,289). Rules: unchanged; empty = NULL.
-- @key democracy: ccode, year
-- @key ccode_democracy: ccode, year
-- @key gwcode_democracy: gwcode, year
COPY (
    SELECT ccode, year, euds::DOUBLE AS euds, aeuds::DOUBLE AS aeuds, polity2, v2x_polyarchy::DOUBLE AS v2x_polyarchy
    FROM raw_csv('{raw}/isard/cw_democracy.csv')
    ORDER BY ccode, year
) TO '{out}/democracy.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT ccode, year, v2x_polyarchy::DOUBLE AS v2x_polyarchy, polity2, xm_qudsest::DOUBLE AS xm_qudsest
    FROM raw_csv('{raw}/peacesciencer/ccode_democracy.csv')
    ORDER BY ccode, year
) TO '{out}/ccode_democracy.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT gwcode, year, v2x_polyarchy::DOUBLE AS v2x_polyarchy, polity2, xm_qudsest::DOUBLE AS xm_qudsest
    FROM raw_csv('{raw}/peacesciencer/gwcode_democracy.csv')
    ORDER BY gwcode, year
) TO '{out}/gwcode_democracy.parquet' (FORMAT parquet, COMPRESSION zstd);
