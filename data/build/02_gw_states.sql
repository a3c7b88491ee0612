-- gw_states: Gleditsch & Ward (1999) list of independent states, 2017 update; one row per spell.
-- Raw: peacesciencer/gw_states.csv ({peacesciencer} 1.3.0 `gw_states`, 216 rows).
-- Rules: unchanged; startdate/enddate typed DATE. Sorted by gwcode, startdate.
-- @key gw_states: gwcode, startdate
COPY (
    SELECT gwcode, stateabb, statename, startdate::DATE AS startdate, enddate::DATE AS enddate
    FROM raw_csv('{raw}/peacesciencer/gw_states.csv')
    ORDER BY gwcode, startdate
) TO '{out}/gw_states.parquet' (FORMAT parquet, COMPRESSION zstd);
