-- wdi_fdi_inflows_pct, wdi_fdi_outflows_pct, wdi_trade_pct_gdp, wdi_gdp_constant: World Bank WDI series as
-- redistributed by Our World in Data (grapher exports downloaded 2025; GitHub jakob0299/InformationVisualization).
-- Raw (owid-wdi/), columns Entity, Code, Year, <value column named after the series>:
--   foreign-direct-investment-net-inflows-as-share-of-gdp.csv  (9,808)  BX.KLT.DINV.WD.GD.ZS, % of GDP, 1970-2024
--   foreign-direct-investment-net-outflows-as-share-of-gdp.csv (7,736)  BM.KLT.DINV.WD.GD.ZS, % of GDP, 1970-2024
--   trade-as-share-of-gdp.csv                                  (9,659)  NE.TRD.GNFS.ZS, % of GDP, 1960-2024
--   gdp-worldbank-constant-usd.csv                             (12,092) NY.GDP.MKTP.KD, constant 2015 US$, 1960-2024
-- Rules: columns entity, iso3, year, value (DOUBLE). iso3 = Code when it is a 3-letter ISO code; OWID's own
-- aggregate codes (OWID_WRL, OWID_EU27, ...) and empty codes (regions such as 'Europe & Central Asia (WB)')
-- become NULL, the entity name is kept. The value column is selected BY ITS HEADER (which states the unit), so the build
-- fails if a file's unit/header changes. FDI net flows can be negative.
-- @key wdi_fdi_inflows_pct: entity, year
-- @key wdi_fdi_outflows_pct: entity, year
-- @key wdi_trade_pct_gdp: entity, year
-- @key wdi_gdp_constant: entity, year
COPY (
    SELECT Entity AS entity, CASE WHEN regexp_matches(Code, '^[A-Z]{3}$') THEN Code END AS iso3, Year AS year,
           "Foreign direct investment, net inflows (% of GDP)"::DOUBLE AS value
    FROM raw_csv('{raw}/owid-wdi/foreign-direct-investment-net-inflows-as-share-of-gdp.csv')
    ORDER BY entity, year
) TO '{out}/wdi_fdi_inflows_pct.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT Entity AS entity, CASE WHEN regexp_matches(Code, '^[A-Z]{3}$') THEN Code END AS iso3, Year AS year,
           "Foreign direct investment, net outflows (% of GDP)"::DOUBLE AS value
    FROM raw_csv('{raw}/owid-wdi/foreign-direct-investment-net-outflows-as-share-of-gdp.csv')
    ORDER BY entity, year
) TO '{out}/wdi_fdi_outflows_pct.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT Entity AS entity, CASE WHEN regexp_matches(Code, '^[A-Z]{3}$') THEN Code END AS iso3, Year AS year,
           "Trade (% of GDP)"::DOUBLE AS value
    FROM raw_csv('{raw}/owid-wdi/trade-as-share-of-gdp.csv')
    ORDER BY entity, year
) TO '{out}/wdi_trade_pct_gdp.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT Entity AS entity, CASE WHEN regexp_matches(Code, '^[A-Z]{3}$') THEN Code END AS iso3, Year AS year,
           "GDP (constant 2015 US$)"::DOUBLE AS value
    FROM raw_csv('{raw}/owid-wdi/gdp-worldbank-constant-usd.csv')
    ORDER BY entity, year
) TO '{out}/wdi_gdp_constant.parquet' (FORMAT parquet, COMPRESSION zstd);
