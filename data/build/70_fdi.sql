-- kaz_fdi_by_partner: Kazakhstan's inward FDI by partner country, 2003-2021, from the wiiw FDI Database
-- (primary source: National Bank of Kazakhstan).
-- Raw: wiiw-fdi-kaz/wiiw_kaz_fdi_by_partner_2003_2021.csv (336 rows = 84 partners/aggregates x
--   {FDI inflow, FDI inward stock} x {EUR m, in % of total}; wide years _2003.._2021); GitHub
--   dfshapir/kazakhstan_ipe.
-- Rules: tidy long: partner_code (ISO 3166 alpha-2, or WORLD / EU27_2020 / EU15_1995 / EU28_2013),
--   partner, year, measure ('inflow' | 'inward_stock'), unit ('EUR m' | '% of total'), value (DOUBLE).
--   wiiw's '.' (not available) -> NULL (row kept). Values unchanged: flows are NET and can be negative.
--   Read as text so that Namibia's code 'NA' is not taken for a missing value.
-- unctad_fdi_by_origin: FDI inflows into Kazakhstan, Kyrgyzstan and Tajikistan by geographical origin,
--   2001-2012, millions of US$ (UNCTAD Bilateral FDI Statistics 2014, country fact-sheet Table 1).
-- Raw: unctad-bilateral-fdi/unctad_bilateral_fdi_inflows_by_origin_kaz_kgz_tjk_2001_2012.csv (2,160 rows),
--   the tidy file made from the scraped tables (label = deepest non-empty label column, level 1 World ...
--   5 individual economy; "1 718" -> 1718, "- -37" -> -37).
-- Rules: columns host_iso3, level, partner, year, value_musd (DOUBLE); unreported cells stay NULL.
-- @key kaz_fdi_by_partner: partner_code, measure, unit, year
-- @key unctad_fdi_by_origin: host_iso3, level, partner, year
COPY (
    WITH wide AS (
        SELECT * FROM read_csv('{raw}/wiiw-fdi-kaz/wiiw_kaz_fdi_by_partner_2003_2021.csv', header = true, all_varchar = true)
        WHERE ("Country-Code" = 'KZ' AND "Tree Level 1" = 'FDI by partner') OR error('kaz_fdi_by_partner: unexpected host/tree')
    ), long AS (
        UNPIVOT wide ON COLUMNS('^_[0-9]{4}$') INTO NAME y VALUE raw_value
    )
    SELECT "Partner-Code" AS partner_code, Partner AS partner, substr(y, 2)::INTEGER AS year,
           CASE Direction WHEN 'FDI inflow' THEN 'inflow' WHEN 'FDI inward stock' THEN 'inward_stock'
                ELSE error('kaz_fdi_by_partner: unexpected Direction ' || Direction) END AS measure,
           CASE Unit WHEN 'EUR m' THEN 'EUR m' WHEN 'in % of total' THEN '% of total'
                ELSE error('kaz_fdi_by_partner: unexpected Unit ' || Unit) END AS unit,
           CASE WHEN trim(raw_value) IN ('.', '') THEN NULL ELSE raw_value::DOUBLE END AS value
    FROM long
    ORDER BY measure, unit, partner_code, year
) TO '{out}/kaz_fdi_by_partner.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT host_iso3, level, partner, year, value_musd::DOUBLE AS value_musd
    FROM raw_csv('{raw}/unctad-bilateral-fdi/unctad_bilateral_fdi_inflows_by_origin_kaz_kgz_tjk_2001_2012.csv')
    ORDER BY host_iso3, row_order, year
) TO '{out}/unctad_fdi_by_origin.parquet' (FORMAT parquet, COMPRESSION zstd);
