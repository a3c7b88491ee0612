-- wb_gdp, wb_population: World Bank WDI GDP (NY.GDP.MKTP.CD, current US$) and population (SP.POP.TOTL,
-- persons) by ISO3 country-year, packaged by the Frictionless "datasets" project.
-- Raw: datasets-gdp/gdp.csv (13,979 rows, 1960-2023; GitHub datasets/gdp), datasets-population/population.csv
-- (17,195 rows, 1960-2024; GitHub datasets/population). Columns Country Name, Country Code, Year, Value.
-- Rules: renamed to country_name, iso3, year, gdp_usd (DOUBLE, current US$ - NOT millions) / population
-- (BIGINT persons). Regional and income-group aggregates (e.g. WLD, EUU, 'Upper middle income') are kept
-- as published: they have World Bank 3-letter codes that are not countries - join on real ISO3 only.
-- @key wb_gdp: iso3, year
-- @key wb_population: iso3, year
COPY (
    SELECT "Country Code" AS iso3, "Country Name" AS country_name, "Year" AS year, "Value"::DOUBLE AS gdp_usd
    FROM raw_csv('{raw}/datasets-gdp/gdp.csv')
    ORDER BY iso3, year
) TO '{out}/wb_gdp.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT "Country Code" AS iso3, "Country Name" AS country_name, "Year" AS year, "Value"::BIGINT AS population
    FROM raw_csv('{raw}/datasets-population/population.csv')
    ORDER BY iso3, year
) TO '{out}/wb_population.parquet' (FORMAT parquet, COMPRESSION zstd);
