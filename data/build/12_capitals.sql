-- cow_capitals, gw_capitals: capital cities with coordinates (WGS84 degrees) and date spells,
-- compiled by the {peacesciencer} author; for capital-to-capital great-circle distances.
-- Raw: peacesciencer/cow_capitals.csv (242 rows), peacesciencer/gw_capitals.csv (264 rows).
-- Rules: unchanged; dates typed DATE. Raw code column renamed to ccode / gwcode (as in the raw header).
-- @key cow_capitals: ccode, stdate
-- @key gw_capitals: gwcode, stdate
COPY (
    SELECT ccode, statenme, capital, stdate::DATE AS stdate, enddate::DATE AS enddate, lat::DOUBLE AS lat, lng::DOUBLE AS lng
    FROM raw_csv('{raw}/peacesciencer/cow_capitals.csv')
    ORDER BY ccode, stdate
) TO '{out}/cow_capitals.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT gwcode, statenme, capital, stdate::DATE AS stdate, enddate::DATE AS enddate, lat::DOUBLE AS lat, lng::DOUBLE AS lng
    FROM raw_csv('{raw}/peacesciencer/gw_capitals.csv')
    ORDER BY gwcode, stdate
) TO '{out}/gw_capitals.parquet' (FORMAT parquet, COMPRESSION zstd);
