-- cow_sdp_gdp: simulated GDP, population and surplus domestic product by COW state-year, 1800-2016
-- (Anders, Fariss & Markowitz 2020, ISQ 64(2)), as shipped by {peacesciencer} (commit 4b2a02d).
-- Raw: peacesciencer/cow_sdp_gdp.csv (27,753 rows). All four columns are NATURAL LOGS: wbgdp2011est =
-- ln GDP (2011 US$), wbpopest = ln population, sdpest = ln SDP, wbgdppc2011est = ln GDP per capita.
-- Rules: unchanged (rows before a state's COW entry are kept as published).
-- @key cow_sdp_gdp: ccode, year
COPY (
    SELECT ccode, year, wbgdp2011est::DOUBLE AS wbgdp2011est, wbpopest::DOUBLE AS wbpopest,
           sdpest::DOUBLE AS sdpest, wbgdppc2011est::DOUBLE AS wbgdppc2011est
    FROM raw_csv('{raw}/peacesciencer/cow_sdp_gdp.csv')
    ORDER BY ccode, year
) TO '{out}/cow_sdp_gdp.parquet' (FORMAT parquet, COMPRESSION zstd);
