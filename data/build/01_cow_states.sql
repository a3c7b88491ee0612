-- cow_states: Correlates of War State System Membership List v2016, one row per spell of membership.
-- Raw: peacesciencer/cow_states.csv ({peacesciencer} 1.3.0 data object `cow_states`, 243 rows).
-- Rules: columns and values unchanged; integers typed INTEGER. Sorted by ccode, styear.
-- Why: the canonical list of COW state-years used to build dyad-year frames (with false_cow_dyads).
-- @key cow_states: ccode, styear
COPY (
    SELECT stateabb, ccode, statenme, styear, stmonth, stday, endyear, endmonth, endday, version
    FROM raw_csv('{raw}/peacesciencer/cow_states.csv')
    ORDER BY ccode, styear
) TO '{out}/cow_states.parquet' (FORMAT parquet, COMPRESSION zstd);
