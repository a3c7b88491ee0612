-- gem_pipelines: Global Energy Monitor pipeline records touching Central Asia (gas and oil), 2024 map extracts.
-- Raw: gem-pipelines/gem_asia_gas_tracker_2024-05_centralasia.csv (7 rows; Global Gas Infrastructure Tracker,
--   GitHub GlobalEnergyMonitor/asia-gas-tracker-greeninfo-map, commit 8a75059) and
--   gem_goit_oil_pipelines_2024-06_centralasia.csv (14 rows; Global Oil Infrastructure Tracker, GitHub
--   GlobalEnergyMonitor/goit-tracker-greeninfo-map).
-- Rules: union with fuel = 'gas' | 'oil'; columns project, unit, type, owner (gas only; NULL for oil), parent,
--   countries, status (gas: status_tabular, the plain status word; oil: status), start_year (first year of
--   operation, or planned year for unbuilt units), capacity, capacity_units (gas: the file's units, bcm/y;
--   oil: 'bbl/d', GEM's oil-pipeline capacity unit, where a capacity is given). Geometry columns (geom,
--   route, lat, lng) and urls dropped; the gas 'production' column is empty for all rows and dropped.
COPY (
    SELECT 'gas' AS fuel, project, unit, type, owner, parent, countries, status_tabular AS status,
           start_year::INTEGER AS start_year, capacity::DOUBLE AS capacity, units AS capacity_units
    FROM raw_csv('{raw}/gem-pipelines/gem_asia_gas_tracker_2024-05_centralasia.csv')
    WHERE production IS NULL OR error('gem_pipelines: gas production column is no longer empty')
    UNION ALL
    SELECT 'oil', project, unit, type, NULL, parent, countries, status,
           start_year::INTEGER, capacity::DOUBLE, CASE WHEN capacity IS NOT NULL THEN 'bbl/d' END
    FROM raw_csv('{raw}/gem-pipelines/gem_goit_oil_pipelines_2024-06_centralasia.csv')
    ORDER BY fuel, project, unit
) TO '{out}/gem_pipelines.parquet' (FORMAT parquet, COMPRESSION zstd);
