-- atop_alliance: Alliance Treaty Obligations and Provisions (ATOP) v5.1 (Leeds et al. 2002), directed
-- dyad-years 1815-2018 with 0/1 indicators of defense, offense, neutrality, non-aggression and
-- consultation obligations, as built by {peacesciencer}.
-- Raw: peacesciencer/atop_alliance.csv (273,296 rows; only dyad-years with some alliance are present:
-- an absent dyad-year means no ATOP alliance, i.e. 0, not missing).
-- Rules: unchanged. (The COW formal-alliance data are deliberately not shipped: withdrawn from
-- redistribution by their maintainer.)
-- @key atop_alliance: ccode1, ccode2, year
COPY (
    SELECT ccode1, ccode2, year, atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul
    FROM raw_csv('{raw}/peacesciencer/atop_alliance.csv')
    ORDER BY ccode1, ccode2, year
) TO '{out}/atop_alliance.parquet' (FORMAT parquet, COMPRESSION zstd);
