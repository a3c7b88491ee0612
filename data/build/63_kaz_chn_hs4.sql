-- kaz_chn_hs4: Kazakhstan <-> China goods trade by HS-4 product, as reported by Kazakhstan to UN Comtrade,
-- downloaded from World Bank WITS (HS 2012 'H4' nomenclature), 2015-2024.
-- Raw: wits-kaz-chn/kazakhstan_exports_to_china_hs4_2015_2024_wits.csv (2,938 rows, TradeFlowName Export)
--      and kazakhstan_imports_from_china_hs4_2015_2024_wits.csv (8,430 rows, Import); GitHub
--      AkshatSharma03/KazPaper-data-analysis (.dta converted to CSV).
-- Rules: columns year, flow ('export' = KAZ exports to CHN, 'import' = KAZ imports from CHN), hs4 (TEXT,
--   exactly 4 characters with leading zeros; the build fails otherwise), value_kusd (thousand US$,
--   TradeValuein1000USD), complete (false for 2020-2022, see caveat). The build fails if a row's reporter
--   is not KAZ or partner not CHN.
-- CAVEAT: the HS-4 detail for 2020-2022 is INCOMPLETE (only 130-154 export lines and ~560 import lines
--   against 300-400 / ~950 in other years; imports from China 2020-2022 sum to 1.96 / 2.42 / 3.58 bn US$
--   while Kazakhstan BNS totals are 6.38 / 8.23 / 11.14 bn). Use HS-4 sums only for 2015-2019 and
--   2023-2024 (complete = true) and prefer ca_national_trade totals where they overlap.
-- @key kaz_chn_hs4: year, flow, hs4
COPY (
    SELECT Year AS year, lower(TradeFlowName) AS flow, ProductCode AS hs4, TradeValuein1000USD::DOUBLE AS value_kusd,
           Year NOT BETWEEN 2020 AND 2022 AS complete
    FROM read_csv(['{raw}/wits-kaz-chn/kazakhstan_exports_to_china_hs4_2015_2024_wits.csv',
                   '{raw}/wits-kaz-chn/kazakhstan_imports_from_china_hs4_2015_2024_wits.csv'],
                  header = true, union_by_name = true, types = {'ProductCode': 'VARCHAR', 'Year': 'INTEGER'})
    WHERE (regexp_matches(ProductCode, '^[0-9]{4}$') AND ReporterISO3 = 'KAZ' AND PartnerISO3 = 'CHN'
           AND TradeFlowName IN ('Export', 'Import'))
       OR error('kaz_chn_hs4: unexpected raw row ' || Year || ' ' || TradeFlowName || ' ' || ProductCode)
    ORDER BY year, flow, hs4
) TO '{out}/kaz_chn_hs4.parquet' (FORMAT parquet, COMPRESSION zstd);
