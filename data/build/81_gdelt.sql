-- gdelt_daily, gdelt_days: GDELT 2.0 daily country-pair "edge scores" for China and the Central Asian states,
-- 2018-01-01 .. 2024-02-23, decoded from the daily 249 x 249 matrices of GitHub gzemo/gdelt-graph-data.
-- Raw: gdelt-graph/gdelt2_country_graph_focus_daily_2018_2024.csv (217,712 rows: date, iso3_a, iso3_b,
--   edge_score; every NON-ZERO cell in a row of CHN, KAZ, KGZ, TJK, TKM or UZB; the matrices are symmetric,
--   so each unordered pair appears once; for two focus countries iso3_a < iso3_b) and
--   gdelt2_country_graph_days_present.csv (2,149 rows: the days for which a matrix exists).
-- Edge score per event (added to both cells): GoldsteinScale + s*(0.025*NumSources + 0.01*NumArticles)
--   + 0.01*AvgTone, s = sign of Goldstein (or of AvgTone when Goldstein = 0); summed over the day's events
--   whose Actor1Code and Actor2Code are bare 3-letter country codes. Undirected.
-- Rules: date typed DATE; values unchanged (unrounded). A day ABSENT from gdelt_days is missing (96 of
--   2,245 calendar days), not zero; a present day without a row for a pair is a true zero.
-- Check (tests): CHN-KAZ sum of edge_score in 2018 = 7,864.5.
-- @key gdelt_daily: date, iso3_a, iso3_b
-- @key gdelt_days: date
COPY (
    SELECT date::DATE AS date, iso3_a, iso3_b, edge_score::DOUBLE AS edge_score
    FROM raw_csv('{raw}/gdelt-graph/gdelt2_country_graph_focus_daily_2018_2024.csv')
    ORDER BY iso3_a, iso3_b, date
) TO '{out}/gdelt_daily.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT date::DATE AS date FROM raw_csv('{raw}/gdelt-graph/gdelt2_country_graph_days_present.csv') ORDER BY date
) TO '{out}/gdelt_days.parquet' (FORMAT parquet, COMPRESSION zstd);
