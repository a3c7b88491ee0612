-- isard_gdppop: latent (simulated) GDP and population estimates by COW state-year, 1816-2019 (Fariss,
-- Anders, Markowitz & Barnum 2022, JCR), as shipped in {isard} 0.2.0 (`cw_gdppop`).
-- Raw: isard/cw_gdppop.csv (16,536 rows). Columns: mrgdppc / sd_mrgdppc = GDP per capita anchored on the
-- Maddison Project (2011 US$) and its SD; pwtrgdp / sd_pwtrgdp = real GDP anchored on PWT 10.0 (2011 US$,
-- millions); pwtpop / sd_pwtpop = population (millions). Means and SDs of the simulated estimates.
-- Rules: unchanged; all DOUBLE.
-- @key isard_gdppop: ccode, year
COPY (
    SELECT ccode, year, mrgdppc::DOUBLE AS mrgdppc, sd_mrgdppc::DOUBLE AS sd_mrgdppc, pwtrgdp::DOUBLE AS pwtrgdp,
           sd_pwtrgdp::DOUBLE AS sd_pwtrgdp, pwtpop::DOUBLE AS pwtpop, sd_pwtpop::DOUBLE AS sd_pwtpop
    FROM raw_csv('{raw}/isard/cw_gdppop.csv')
    ORDER BY ccode, year
) TO '{out}/isard_gdppop.parquet' (FORMAT parquet, COMPRESSION zstd);
