-- maoz_powers: Maoz (2010) regional and global powers, with start/end dates.
-- Raw: peacesciencer/maoz_powers.csv (20 rows). Rules: unchanged; dates typed DATE; empty = NULL
-- (a state that was never a global power has NULL globstdate/globenddate). States with two spells
-- (e.g. France, Germany, Russia, Japan) have two rows.
-- @key maoz_powers: ccode, regstdate?, globstdate?
COPY (
    SELECT ccode, regstdate::DATE AS regstdate, regenddate::DATE AS regenddate,
           globstdate::DATE AS globstdate, globenddate::DATE AS globenddate
    FROM raw_csv('{raw}/peacesciencer/maoz_powers.csv')
    ORDER BY ccode
) TO '{out}/maoz_powers.parquet' (FORMAT parquet, COMPRESSION zstd);
