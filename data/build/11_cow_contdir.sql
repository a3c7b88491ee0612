-- cow_contdir: COW Direct Contiguity v3.2, directed dyads with contiguity spells.
-- Raw: peacesciencer/cow_contdir.csv (1,874 rows). Rules: unchanged; stdate/enddate typed DATE.
-- conttype: 1 = land/river border, 2 = separated by <= 12 miles of water, 3 = <= 24, 4 = <= 150,
-- 5 = <= 400 miles. Both directions of each dyad are present.
-- @key cow_contdir: ccode1, ccode2, stdate
COPY (
    SELECT ccode1, ccode2, conttype, stdate::DATE AS stdate, enddate::DATE AS enddate
    FROM raw_csv('{raw}/peacesciencer/cow_contdir.csv')
    ORDER BY ccode1, ccode2, stdate
) TO '{out}/cow_contdir.parquet' (FORMAT parquet, COMPRESSION zstd);
