-- cow_trade_ndy, cow_trade_sy: COW Trade v4.0 (Barbieri, Keshk & Pollins 2009; Barbieri & Keshk 2016)
-- as shipped by {peacesciencer} (the dyadic table was removed from the package in 2021; taken from
-- commit 141cdff). Non-directed dyad-years ccode1 < ccode2, 1870-2014: flow1 = imports of ccode1 from
-- ccode2, flow2 = imports of ccode2 from ccode1, smoothflow* = COW's smoothed versions; current US$
-- MILLIONS. State-year totals: imports, exports (current US$ millions).
-- Raw: peacesciencer/cow_trade_ndy.csv (673,654 rows), peacesciencer/cow_trade_sy.csv (14,410 rows).
-- Rules: money typed DOUBLE. Values as in the raw file: the package author ROUNDED the dyadic flows to
-- whole millions (so small flows show as 0), recoded COW's -9 to NULL and dropped dyad-years with all
-- four flows missing. The build fails if a dyad row has ccode1 >= ccode2.
-- @key cow_trade_ndy: ccode1, ccode2, year
-- @key cow_trade_sy: ccode, year
COPY (
    SELECT ccode1, ccode2, year, flow1::DOUBLE AS flow1, flow2::DOUBLE AS flow2,
           smoothflow1::DOUBLE AS smoothflow1, smoothflow2::DOUBLE AS smoothflow2
    FROM raw_csv('{raw}/peacesciencer/cow_trade_ndy.csv')
    WHERE ccode1 < ccode2 OR error('cow_trade_ndy: raw row with ccode1 >= ccode2: ' || ccode1 || ',' || ccode2 || ',' || year)
    ORDER BY ccode1, ccode2, year
) TO '{out}/cow_trade_ndy.parquet' (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 9);
COPY (
    SELECT ccode, year, imports::DOUBLE AS imports, exports::DOUBLE AS exports
    FROM raw_csv('{raw}/peacesciencer/cow_trade_sy.csv')
    ORDER BY ccode, year
) TO '{out}/cow_trade_sy.parquet' (FORMAT parquet, COMPRESSION zstd);
