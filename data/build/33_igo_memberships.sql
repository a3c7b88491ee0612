-- igo_memberships, igo_list: COW IGO v3 membership in long form and the IGO list (Pevehouse et al.
-- 2020), from the R package {igoR} 1.0.3 (state_year_format3, igo_year_format3).
-- Raw: cow-igo/igo_memberships_long.csv (538,965 rows: ccode, year, ioname, status with status
-- 1 = full member, 2 = associate, 3 = observer; non-members are absent), cow-igo/igo_list.csv (534 rows).
-- Rules: unchanged. Years 1816-1964 are 5-yearly, annual from 1965; data end in 2014 (SCO: ioname 'SCO').
-- @key igo_memberships: ccode, year, ioname
-- @key igo_list: ionum
COPY (
    SELECT ccode, year, ioname, status
    FROM raw_csv('{raw}/cow-igo/igo_memberships_long.csv')
    WHERE status IN (1, 2, 3) OR error('igo_memberships: unexpected status ' || status || ' for ' || ccode || ',' || year || ',' || ioname)
    ORDER BY ioname, ccode, year
) TO '{out}/igo_memberships.parquet' (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 9);
COPY (
    SELECT ionum, ioname, orgname, longorgname, sdate, deaddate, dead, integrated, replaced, political, social,
           economic, ioname_upper, first_year_in_data, last_year_in_data
    FROM raw_csv('{raw}/cow-igo/igo_list.csv')
    ORDER BY ionum
) TO '{out}/igo_list.parquet' (FORMAT parquet, COMPRESSION zstd);
