-- cow_nmc: COW National Material Capabilities v7.0, state-year, 1816-2022.
-- Raw: peacesciencer/cow_nmc.csv ({peacesciencer} 1.3.0 `cow_nmc`, 17,121 rows).
-- Rules: unchanged. Units: milex thousands of current US$ (DOUBLE), milper thousands of personnel,
-- irst thousands of tons of iron/steel, pec thousands of coal-ton equivalents, tpop/upop thousands
-- of people, cinc = composite index (share of system total, 0-1). Empty (missing) = NULL; the COW
-- code -9 does not occur in this copy (the package recoded it).
-- @key cow_nmc: ccode, year
COPY (
    SELECT ccode, year, milex::DOUBLE AS milex, milper, irst, pec,
           tpop::DOUBLE AS tpop, upop::DOUBLE AS upop, cinc::DOUBLE AS cinc
    FROM raw_csv('{raw}/peacesciencer/cow_nmc.csv')
    ORDER BY ccode, year
) TO '{out}/cow_nmc.parquet' (FORMAT parquet, COMPRESSION zstd);
