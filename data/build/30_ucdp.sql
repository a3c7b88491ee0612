-- ucdp_acd, ucdp_onsets: UCDP/PRIO Armed Conflict Dataset (conflict-years 1946-2024; Gleditsch et al.
-- 2002; Davies et al.) and UCDP conflict onsets by state-year (1946-2017; Pettersson 2019), via
-- {peacesciencer}. G-W country codes (gwno_*, gwcode).
-- Raw: peacesciencer/ucdp_acd.csv (5,652 rows), peacesciencer/ucdp_onsets.csv (10,142 rows).
-- Rules: unchanged; dates typed DATE. The package LONG-expanded UCDP's comma lists of participants: a
-- conflict-year has one row per combination of gwno_a, gwno_a_2nd, gwno_b, gwno_b_2nd (e.g. conflict
-- 11347 in 2021 has 63 rows, one per secondary supporter). Count conflict-years with
-- count(DISTINCT (conflict_id, year)), not rows. gwno_b is NULL for intrastate conflicts.
-- type_of_conflict: 'extrasystemic', 'interstate', 'intrastate', 'II' (internationalized intrastate);
-- incompatibility: 'territory', 'government', 'both'.
-- @key ucdp_acd: conflict_id, year, gwno_a, gwno_a_2nd?, gwno_b?, gwno_b_2nd?
-- @key ucdp_onsets: gwcode, year
COPY (
    SELECT conflict_id, year, gwno_a, gwno_a_2nd, gwno_b, gwno_b_2nd, incompatibility, intensity_level,
           type_of_conflict, start_date::DATE AS start_date, start_prec, start_date2::DATE AS start_date2,
           start_prec2, ep_end, ep_end_date::DATE AS ep_end_date
    FROM raw_csv('{raw}/peacesciencer/ucdp_acd.csv')
    ORDER BY conflict_id, year, gwno_a, gwno_a_2nd, gwno_b, gwno_b_2nd
) TO '{out}/ucdp_acd.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT gwcode, year, sumnewconf, sumonset1, sumonset2, sumonset3, sumonset5, sumonset10
    FROM raw_csv('{raw}/peacesciencer/ucdp_onsets.csv')
    ORDER BY gwcode, year
) TO '{out}/ucdp_onsets.parquet' (FORMAT parquet, COMPRESSION zstd);
