-- cow_gw_years: COW <-> Gleditsch-Ward state-year crosswalk, 1816-2025.
-- Raw: isard/cw_gw_panel.csv ({isard} 0.2.0 `cw_gw_panel`, 17,916 rows). This is the NEWER copy
-- (to 2025) of peacesciencer/cow_gw_years.csv (to 2020), which is therefore not shipped.
-- Rules: raw column names kept (stateabb, year, gwcode, ccode, gw_name, cw_name). ccode is NULL for
-- G-W-only state-years and gwcode NULL for COW-only ones (e.g. G-W lists some micro-states COW omits).
-- A state-year can appear twice, once matched and once with ccode NULL (e.g. CAN 1920, ETH 1936)
-- where the two systems' membership dates differ within the year, and a G-W code can match two COW
-- rows in a transition year (e.g. gwcode 260 in 1991: GFR without ccode, GMY with ccode 255). So the
-- unique key is (year, gwcode, ccode) with NULLs allowed; for COW-based work filter ccode IS NOT NULL.
-- @key cow_gw_years: year, gwcode?, ccode?
COPY (
    SELECT stateabb, year, gwcode, ccode, gw_name, cw_name
    FROM raw_csv('{raw}/isard/cw_gw_panel.csv')
    ORDER BY year, coalesce(gwcode, ccode), stateabb
) TO '{out}/cow_gw_years.parquet' (FORMAT parquet, COMPRESSION zstd);
