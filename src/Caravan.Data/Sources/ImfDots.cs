namespace Caravan.Data.Sources;

/// <summary>IMF Direction of Trade Statistics.</summary>
internal static class ImfDots
{
    private const string Licence = "IMF data: IMF copyright and terms of use (reuse with attribution); reshaping repository MIT.";

    internal static readonly SourceTable World = SourceTable.Of("imf_dots",
        "IMF DOTS directed reporter-partner-years: reporter's exports FOB (x_fob_musd) and imports CIF (m_cif_musd), with IMF-estimate flags",
        [References.ImfDots], Licence,
        "1960-2020; current US$ millions; ids -> imf_dots_countries.dots_id; partners include 'World'",
        "Reporter-side values: A's exports to B differ from B's imports from A (mirror data disagree strongly for Central Asia). Turkmenistan/Tajikistan figures are largely IMF estimates (x_est/m_est = 1). NULL = not reported (not zero). 33,142 exact duplicate raw rows removed. No data after 2020.",
        "imf-dots/dots_world_dyad_year_1960_1989.csv + dots_world_dyad_year_1990_2020.csv (SamLeBlanc/Direction-of-Trade-Map, DOTS_*.xlsx)", 1128436);

    internal static readonly SourceTable Countries = SourceTable.Of("imf_dots_countries",
        "IMF DOTS economies and aggregates: dots_id, imf_name, is_aggregate, iso3",
        [References.ImfDots], Licence,
        "243 rows (aggregates such as World, Advanced Economies flagged is_aggregate = 1)",
        "iso3 is NULL for aggregates and historic entities (USSR, Yugoslavia, Czechoslovakia, ...) and some territories; there is no COW code: map via ISO3.",
        "imf-dots/dots_country_lookup.csv", 243);

    internal static readonly SourceTable Focus = SourceTable.Of("imf_dots_focus",
        "IMF DOTS cells where the reporter or partner is China or a Central Asian state, long form with names and ISO3",
        [References.ImfDots], Licence,
        "1960-2020; flow X_FOB (exports FOB) / M_CIF (imports CIF); current US$ millions; includes aggregate reporters/partners (e.g. World)",
        "China-reported exports FOB to Kazakhstan: 1992 = 222, 2010 = 9,279, 2020 = 11,707. 388 exact duplicate raw rows removed. See imf_dots caveats.",
        "imf-dots/dots_focus_china_centralasia_long.csv", 88384);

    internal static IEnumerable<SourceTable> All => [World, Countries, Focus];
}
