namespace Caravan.Data.Sources;

/// <summary>Event data (ICEWS, GDELT) and the CAMEO/Goldstein code tables.</summary>
internal static class Events
{
    internal static readonly SourceTable IcewsQuad = SourceTable.Of("icews_quad",
        "ICEWS directed dyad-year event counts by CAMEO quad class, for pairs involving China or a Central Asian state",
        [References.Boschee2015, References.Netify], "ICEWS: Harvard Dataverse terms; {netify} GPL-3.",
        "2002-2014; 1,782 directed dyads x 13 years; verb_coop, matl_coop, verb_conf, matl_conf = event counts; nodal polity2, region, GDP (current US$), population",
        "0 = no coded event (not missing). News volume changes over time: normalise before comparing years. The actor-aggregation rule is undocumented. China -> Kazakhstan 2002: verb_coop 384.",
        "icews-netify/icews_dyad_year_quad_focus_2002_2014.csv (netify-dev/netify, data/icews.rda, subset)", 23166);

    internal static readonly SourceTable GdeltDaily = SourceTable.Of("gdelt_daily",
        "GDELT 2.0 daily undirected country-pair edge scores (coverage-weighted Goldstein sums) for China and Central Asia",
        [References.Leetaru2013, References.GdeltGraph], "GDELT: open for unrestricted use with citation; repository GPL-3.",
        "2018-01-01 to 2024-02-23; one row per day and pair with a non-zero score; iso3_a a focus country (iso3_a < iso3_b between two focus countries)",
        "A day absent from gdelt_days is MISSING (96 of 2,245 days), not zero; a present day without a row is a true zero. Only bare country actor codes (CHN, not CHNGOV) count. Not comparable with ICEWS counts. CHN-KAZ 2018 sum = 7,864.5.",
        "gdelt-graph/gdelt2_country_graph_focus_daily_2018_2024.csv (gzemo/gdelt-graph-data, decoded)", 217712);

    internal static readonly SourceTable GdeltDays = SourceTable.Of("gdelt_days",
        "Days for which a GDELT daily matrix exists",
        [References.Leetaru2013, References.GdeltGraph], "GDELT: open for unrestricted use with citation; repository GPL-3.",
        "2,149 days between 2018-01-01 and 2024-02-23",
        "Use it to tell missing days from zero days in gdelt_daily.",
        "gdelt-graph/gdelt2_country_graph_days_present.csv", 2149);

    internal static readonly SourceTable CameoGoldstein = SourceTable.Of("cameo_goldstein",
        "Goldstein weights of CAMEO event codes, GDELT and ICEWS mappings",
        [References.Goldstein1992, References.Leetaru2013, References.IcewsPackage], "GDELT lookups: open with citation; {icews} MIT.",
        "codes as text with leading zeros; goldstein -10..+10; mapping 'gdelt' (310 codes) | 'icews' (312 codes)",
        "The mappings differ for 016, 022, 164, 165; ICEWS adds 106 and 1213.",
        "cameo-gdelt-lookups/CAMEO.goldsteinscale.txt (moxious/gdelt); icews-sample/goldstein_mappings.csv (andybega/icews)", 622);

    internal static readonly SourceTable CameoCodes = SourceTable.Of("cameo_codes",
        "ICEWS CAMEO codebook: code, name, level, root code, quad and penta category, Goldstein weight",
        [References.IcewsPackage, References.Goldstein1992], "R package {icews} 1.0.3, MIT.",
        "312 codes",
        "The long descriptions/usage notes of the raw cameo-codes.csv are not shipped (mixed UTF-8/Windows-1252 bytes).",
        "icews-sample/cameo_codes_categories.csv + goldstein_mappings.csv (andybega/icews)", 312);

    internal static readonly SourceTable IcewsSample = SourceTable.Of("icews_sample",
        "Raw ICEWS events of 2018-06-01..02 (typed), a format sample",
        [References.Boschee2015, References.IcewsPackage], "ICEWS: Harvard Dataverse terms; {icews} MIT.",
        "3,705 events; intensity = CAMEO-based -10..+10 score",
        "A parsing sample, not a China-Central Asia series (1 Kazakhstan -> China event).",
        "icews-sample/events.2018.sample.tab (andybega/icews, inst/extdata)", 3705);

    internal static IEnumerable<SourceTable> All => [IcewsQuad, GdeltDaily, GdeltDays, CameoGoldstein, CameoCodes, IcewsSample];
}
