-- aei_cgit: China Global Investment Tracker, Fall 2021 edition (updated 2022-02-21), "Dataset 1"
-- (investments >= US$ 100 m; construction contracts - Dataset 2 - and troubled transactions not included);
-- American Enterprise Institute and The Heritage Foundation (Derek Scissors).
-- Raw: aei-cgit/China-Global-Investment-Tracker-2021-Fall-dataset1-investments.csv (3,752 rows, 2005-2021;
--   Latin-1 encoded - three names with accents), GitHub QMSS-G5063-2022/Group-O---International-Economics-Inst.
-- Rules: columns year, month, investor, value_musd (US$ millions, parsed from " Quantity in Millions "
--   e.g. "$4,200 " -> 4200; the build fails on any other format), share_size (TEXT as published, e.g. "57%"
--   or "45%, 35%, 20%" for several Chinese investors; NULL when empty), transaction_party, sector, subsector, country, region, bri (0/1, NULL when empty),
--   greenfield ('G' = greenfield, NULL otherwise). Text re-encoded to UTF-8; no other change.
-- Note: AEI's "West Asia" region includes the five Central Asian states (94 rows: KAZ 49, UZB 23, KGZ 9,
--   TJK 8, TKM 5). No natural key (the same investor-country-month can repeat).
COPY (
    SELECT Year::INTEGER AS year, Month AS month, Investor AS investor,
           CASE WHEN regexp_matches("Quantity in Millions", '^\$[0-9,]+ ?$')
                THEN replace(replace(replace("Quantity in Millions", '$', ''), ',', ''), ' ', '')::DOUBLE
                ELSE error('aei_cgit: unparsable amount ' || coalesce("Quantity in Millions", 'NULL')) END AS value_musd,
           trim("Share Size") AS share_size,
           "Transaction Party" AS transaction_party, Sector AS sector, Subsector AS subsector, Country AS country,
           Region AS region, BRI::INTEGER AS bri, Greenfield AS greenfield
    FROM read_csv('{raw}/aei-cgit/China-Global-Investment-Tracker-2021-Fall-dataset1-investments.csv',
                  header = true, encoding = 'latin-1', all_varchar = true)
) TO '{out}/aei_cgit.parquet' (FORMAT parquet, COMPRESSION zstd);
