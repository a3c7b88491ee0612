-- cw_system: COW state-system membership spells with exact dates ({isard} 0.2.0 `cw_system`).
-- Raw: isard/cw_system.csv (243 rows). Rules: unchanged; start/end typed DATE.
-- Why: same spells as cow_states but as DATE columns, convenient for date arithmetic.
-- @key cw_system: ccode, start
COPY (
    SELECT ccode, cw_abb, cw_name, "start"::DATE AS "start", "end"::DATE AS "end"
    FROM raw_csv('{raw}/isard/cw_system.csv')
    ORDER BY ccode, "start"
) TO '{out}/cw_system.parquet' (FORMAT parquet, COMPRESSION zstd);
