-- cow_igo_ndy, cow_igo_sy: COW Intergovernmental Organizations v3 (Pevehouse et al. 2020), as
-- aggregated by {peacesciencer}: shared full memberships per non-directed dyad-year (ccode1 < ccode2),
-- and counts of memberships by type per state-year, 1816-2014.
-- Raw: peacesciencer/cow_igo_ndy.csv (917,695 rows), peacesciencer/cow_igo_sy.csv (15,557 rows).
-- Rules: unchanged; the build fails if a dyad row has ccode1 >= ccode2. Before 1965 the COW IGO data
-- are recorded every 5 years (the package carries values forward as published).
-- @key cow_igo_ndy: ccode1, ccode2, year
-- @key cow_igo_sy: ccode, year
COPY (
    SELECT ccode1, ccode2, year, dyadigos
    FROM raw_csv('{raw}/peacesciencer/cow_igo_ndy.csv')
    WHERE ccode1 < ccode2 OR error('cow_igo_ndy: raw row with ccode1 >= ccode2: ' || ccode1 || ',' || ccode2 || ',' || year)
    ORDER BY ccode1, ccode2, year
) TO '{out}/cow_igo_ndy.parquet' (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 9);
COPY (
    SELECT ccode, year, sum_igo_full, sum_igo_associate, sum_igo_observer, sum_igo_anytype
    FROM raw_csv('{raw}/peacesciencer/cow_igo_sy.csv')
    ORDER BY ccode, year
) TO '{out}/cow_igo_sy.parquet' (FORMAT parquet, COMPRESSION zstd);
