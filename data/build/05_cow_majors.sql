-- cow_majors: COW major powers, v2016 (one row per spell; China from 1950).
-- Raw: peacesciencer/cow_majors.csv (14 rows). Rules: unchanged.
-- @key cow_majors: ccode, styear
COPY (
    SELECT ccode, styear, stmonth, stday, endyear, endmonth, endday, version
    FROM raw_csv('{raw}/peacesciencer/cow_majors.csv')
    ORDER BY ccode, styear
) TO '{out}/cow_majors.parquet' (FORMAT parquet, COMPRESSION zstd);
