-- cow_mid_ddydisps, cow_mid_dirdisps, cow_mid_disps: Correlates of War Militarized Interstate
-- Disputes v5.0 (Palmer et al. 2022, CMPS 39(4)), as shipped by {peacesciencer} 1.3.0.
-- Raw: peacesciencer/cow_mid_ddydisps.csv (10,234 rows: DIRECTED dyad-years, both directions present,
-- one dispute per dyad-year by peacesciencer's rules), cow_mid_dirdisps.csv (11,390 rows: directed
-- dispute-dyad-years, all disputes), cow_mid_disps.csv (2,436 dispute rows).
-- Rules: values unchanged, incl. the MID code -9 = unknown (fatality, hostlev, outcome, settle ...: treat
-- as missing). No MID between China and any Central Asian state 1991-2014.
-- @key cow_mid_ddydisps: ccode1, ccode2, year
-- @key cow_mid_dirdisps: dispnum, ccode1, ccode2, year
-- @key cow_mid_disps: dispnum
COPY (
    SELECT dispnum, ccode1, ccode2, year, cowmidongoing, cowmidonset, sidea1, sidea2, fatality1, fatality2,
           fatalpre1, fatalpre2, hiact1, hiact2, hostlev1, hostlev2, orig1, orig2, fatality, hostlev,
           mindur, maxdur, recip, stmon
    FROM raw_csv('{raw}/peacesciencer/cow_mid_ddydisps.csv')
    ORDER BY ccode1, ccode2, year
) TO '{out}/cow_mid_ddydisps.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT dispnum, ccode1, ccode2, year, dispongoing, disponset, sidea1, sidea2, fatality1, fatality2,
           fatalpre1, fatalpre2, hiact1, hiact2, hostlev1, hostlev2, orig1, orig2
    FROM raw_csv('{raw}/peacesciencer/cow_mid_dirdisps.csv')
    ORDER BY dispnum, ccode1, ccode2, year
) TO '{out}/cow_mid_dirdisps.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT dispnum, styear, stmon, outcome, settle, fatality, mindur, maxdur, hiact, hostlev, recip
    FROM raw_csv('{raw}/peacesciencer/cow_mid_disps.csv')
    ORDER BY dispnum
) TO '{out}/cow_mid_disps.parquet' (FORMAT parquet, COMPRESSION zstd);
