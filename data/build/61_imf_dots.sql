-- imf_dots, imf_dots_countries, imf_dots_focus: IMF Direction of Trade Statistics (annual, current
-- US$ MILLIONS, extract made in 2022 by GitHub SamLeBlanc/Direction-of-Trade-Map from 235 workbooks).
-- Raw: imf-dots/dots_world_dyad_year_1960_1989.csv (323,148 rows) and dots_world_dyad_year_1990_2020.csv
--   (838,430 rows): directed reporter-partner-year; x_fob_musd = reporter's exports FOB to partner,
--   m_cif_musd = reporter's imports CIF from partner, x_est/m_est = 1 where the IMF marked the value as an
--   estimate (" e"); ids -> imf_dots_countries.dots_id. Partners include "World" (for totals).
--   imf-dots/dots_country_lookup.csv (242 rows): dots_id, imf_name, is_aggregate, iso3 (NULL for
--   aggregates and historic entities such as the USSR).
--   imf-dots/dots_focus_china_centralasia_long.csv (88,772 rows): every cell where reporter or partner is
--   China or a Central Asian state, long form with names and ISO3 (incl. aggregate reporters).
-- Rules: imf_dots = union of the two world files (disjoint years 1960-1989 / 1990-2020). The raw files
--   hold 33,142 EXACT duplicate rows (same key AND same values/flags; almost all with Australia, id 15,
--   as partner or Nicaragua, id 161, as reporter - an artefact of the upstream reshaping); they are
--   removed with SELECT DISTINCT (1,161,578 -> 1,128,436 rows). The key check below then proves that no
--   reporter-partner-year has two different values. imf_dots_focus gets the same treatment (388 exact
--   duplicate rows, all with Australia or Nicaragua, removed: 88,772 -> 88,384 rows). Values unchanged; empty = not reported = NULL
--   (never 0); flags INTEGER 0/1, NULL where the value is NULL.
-- @key imf_dots: reporter_id, partner_id, year
-- @key imf_dots_countries: dots_id
-- @key imf_dots_focus: reporter, partner, year, flow
COPY (
    SELECT reporter_id, partner_id, year, x_fob_musd::DOUBLE AS x_fob_musd, x_est,
           m_cif_musd::DOUBLE AS m_cif_musd, m_est
    FROM (
        SELECT DISTINCT * FROM (
            SELECT * FROM raw_csv('{raw}/imf-dots/dots_world_dyad_year_1960_1989.csv')
            UNION ALL
            SELECT * FROM raw_csv('{raw}/imf-dots/dots_world_dyad_year_1990_2020.csv')
        )
    )
    ORDER BY reporter_id, partner_id, year
) TO '{out}/imf_dots.parquet' (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 9);
COPY (
    SELECT dots_id, imf_name, is_aggregate, iso3
    FROM raw_csv('{raw}/imf-dots/dots_country_lookup.csv')
    ORDER BY dots_id
) TO '{out}/imf_dots_countries.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT reporter, reporter_iso3, partner, partner_iso3, year, flow, value_musd::DOUBLE AS value_musd, estimated
    FROM (SELECT DISTINCT * FROM raw_csv('{raw}/imf-dots/dots_focus_china_centralasia_long.csv'))
    WHERE flow IN ('X_FOB', 'M_CIF') OR error('imf_dots_focus: unexpected flow ' || flow)
    ORDER BY reporter, partner, flow, year
) TO '{out}/imf_dots_focus.parquet' (FORMAT parquet, COMPRESSION zstd);
