-- cow_mindist: minimum distance (km) between the borders of two states, non-directed dyad-years
-- (ccode1 < ccode2), 1886-2019, from CShapes 2.0 (Schvitz et al. 2022) as computed by {peacesciencer}.
-- Raw: peacesciencer/cow_mindist.csv (952,244 rows; the largest raw file).
-- Rules: values unchanged (unrounded km; 0 = touching borders). The build FAILS if any raw row has
-- ccode1 >= ccode2. Sorted by (ccode1, ccode2, year) so that the slowly-changing distance series
-- compress well (zstd level 9, large row groups).
-- @key cow_mindist: ccode1, ccode2, year
COPY (
    SELECT ccode1, ccode2, year, mindist::DOUBLE AS mindist
    FROM raw_csv('{raw}/peacesciencer/cow_mindist.csv')
    WHERE ccode1 < ccode2 OR error('cow_mindist: raw row with ccode1 >= ccode2: ' || ccode1 || ',' || ccode2 || ',' || year)
    ORDER BY ccode1, ccode2, year
) TO '{out}/cow_mindist.parquet' (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 9, ROW_GROUP_SIZE 1000000);
