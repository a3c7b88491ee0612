-- false_cow_dyads: dyad-years that the COW state list creates although the two states never
-- coexisted (one left before the other entered within the same calendar year); ccode1 < ccode2.
-- Raw: peacesciencer/false_cow_dyads.csv ({peacesciencer} `false_cow_dyads`, 30 rows). Unchanged.
-- Why: year-level dyad builders must drop these rows (as peacesciencer's create_dyadyears() does).
-- @key false_cow_dyads: ccode1, ccode2, year
COPY (
    SELECT ccode1, ccode2, year
    FROM raw_csv('{raw}/peacesciencer/false_cow_dyads.csv')
    WHERE ccode1 < ccode2 OR error('false_cow_dyads: ccode1 >= ccode2 in raw row ' || ccode1 || ',' || ccode2 || ',' || year)
    ORDER BY ccode1, ccode2, year
) TO '{out}/false_cow_dyads.parquet' (FORMAT parquet, COMPRESSION zstd);
