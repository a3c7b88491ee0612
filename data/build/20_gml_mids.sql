-- gml_mid_ddydisps, gml_mid_disps: the Gibler-Miller-Little (GML) corrected MID data v2.2.1
-- (Gibler, Miller & Little 2016, ISQ 60(4)), as shipped by {peacesciencer}.
-- Raw: peacesciencer/gml_mid_ddydisps.csv (9,284 rows; DIRECTED dyad-years, both directions present,
-- with ONE dispute per dyad-year chosen by peacesciencer's whittling rules: new onsets first, then
-- highest fatality, hostility, duration, ...) and peacesciencer/gml_mid_disps.csv (2,174 dispute rows).
-- Rules: values unchanged, incl. the MID code -9 = unknown (fatality*, fatalpre*, hostlev may be -9:
-- treat as missing). fatalpre1/2 are whole numbers stored as decimals in the raw file -> INTEGER.
-- @key gml_mid_ddydisps: ccode1, ccode2, year
-- @key gml_mid_disps: dispnum
COPY (
    SELECT dispnum, ccode1, ccode2, year, gmlmidongoing, gmlmidonset, sidea1, sidea2, fatality1, fatality2,
           fatalpre1::INTEGER AS fatalpre1, fatalpre2::INTEGER AS fatalpre2, hiact1, hiact2, hostlev1, hostlev2,
           orig1, orig2, fatality, hostlev, recip, mindur, maxdur, stmon
    FROM raw_csv('{raw}/peacesciencer/gml_mid_ddydisps.csv')
    WHERE (fatalpre1 = round(fatalpre1) AND fatalpre2 = round(fatalpre2))
       OR error('gml_mid_ddydisps: unexpected raw row ' || dispnum || ',' || ccode1 || ',' || ccode2 || ',' || year)
    ORDER BY ccode1, ccode2, year
) TO '{out}/gml_mid_ddydisps.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT dispnum, styear, stmon, outcome, settle, fatality, mindur, maxdur, hiact, hostlev, recip
    FROM raw_csv('{raw}/peacesciencer/gml_mid_disps.csv')
    ORDER BY dispnum
) TO '{out}/gml_mid_disps.parquet' (FORMAT parquet, COMPRESSION zstd);
