-- cameo_goldstein, cameo_codes, icews_sample: CAMEO event codes, their Goldstein (1992) conflict-cooperation
-- weights, and a typed sample of raw ICEWS events.
-- Raw: cameo-gdelt-lookups/CAMEO.goldsteinscale.txt (310 rows, TSV; the GDELT project's lookup, GitHub
--   moxious/gdelt) and icews-sample/goldstein_mappings.csv (312 rows; R package {icews} 1.0.3, GitHub
--   andybega/icews); icews-sample/cameo_codes_categories.csv (312 rows: code, name, level, quad and penta
--   categories; {icews}); icews-sample/events.2018.sample.tab (3,705 events of 2018-06-01..02, ICEWS TSV).
-- Rules:
--   cameo_goldstein: code (TEXT, leading zeros kept: '010' is not '10'), goldstein (DOUBLE), mapping
--     ('gdelt' | 'icews'). The two mappings differ for 4 codes (016, 022, 164, 165) and ICEWS has 2 more
--     (106, 1213); both are shipped so that users pick the one matching their event data.
--   cameo_codes: the ICEWS codebook: code, name, level (0 root, 1 sub-code, 2 sub-sub-code), root_code
--     (first two characters), quad_category (verbal/material cooperation/conflict), penta_category,
--     goldstein (ICEWS mapping), ns_left/ns_right (nested-set bounds of the code tree). The long
--     descriptions/usage notes of the raw cameo-codes.csv are NOT shipped: that file mixes UTF-8 and
--     Windows-1252 bytes and cannot be decoded reliably.
--   icews_sample: the raw ICEWS columns in lower snake case, typed (event_date DATE, cameo_code TEXT,
--     intensity DOUBLE = ICEWS's CAMEO-based -10..10 score, latitude/longitude DOUBLE); 'NA' -> NULL. A
--     format/parsing sample, NOT a China-Central Asia series.
-- @key cameo_goldstein: mapping, code
-- @key cameo_codes: code
-- @key icews_sample: event_id
COPY (
    SELECT CAMEOEVENTCODE AS code, GOLDSTEINSCALE::DOUBLE AS goldstein, 'gdelt' AS mapping
    FROM read_csv('{raw}/cameo-gdelt-lookups/CAMEO.goldsteinscale.txt', header = true, sep = '\t', all_varchar = true)
    UNION ALL
    SELECT code, goldstein::DOUBLE, 'icews'
    FROM read_csv('{raw}/icews-sample/goldstein_mappings.csv', header = true, all_varchar = true)
    ORDER BY mapping, code
) TO '{out}/cameo_goldstein.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT c.cameo_code AS code, c.name, c.level::INTEGER AS level, left(c.cameo_code, 2) AS root_code,
           c.quad_category, c.penta_category, g.goldstein::DOUBLE AS goldstein,
           g.nsLeft::INTEGER AS ns_left, g.nsRight::INTEGER AS ns_right
    FROM read_csv('{raw}/icews-sample/cameo_codes_categories.csv', header = true, all_varchar = true) c
    LEFT JOIN read_csv('{raw}/icews-sample/goldstein_mappings.csv', header = true, all_varchar = true) g ON g.code = c.cameo_code
    WHERE g.code IS NOT NULL OR error('cameo_codes: no Goldstein weight for ' || c.cameo_code)
    ORDER BY c."order"::INTEGER
) TO '{out}/cameo_codes.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT "Event ID"::BIGINT AS event_id, "Event Date"::DATE AS event_date, "Source Name" AS source_name,
           "Source Sectors" AS source_sectors, "Source Country" AS source_country, "Event Text" AS event_text,
           "CAMEO Code" AS cameo_code, "Intensity"::DOUBLE AS intensity, "Target Name" AS target_name,
           "Target Sectors" AS target_sectors, "Target Country" AS target_country, "Story ID"::BIGINT AS story_id,
           "Sentence Number"::INTEGER AS sentence_number, "Publisher" AS publisher, "City" AS city,
           "District" AS district, "Province" AS province, "Country" AS country,
           "Latitude"::DOUBLE AS latitude, "Longitude"::DOUBLE AS longitude
    FROM read_csv('{raw}/icews-sample/events.2018.sample.tab', header = true, sep = '\t', quote = '',
                  nullstr = 'NA', all_varchar = true)
    ORDER BY event_id
) TO '{out}/icews_sample.parquet' (FORMAT parquet, COMPRESSION zstd);
