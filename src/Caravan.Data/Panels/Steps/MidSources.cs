namespace Caravan.Data.Panels.Steps;

/// <summary>The dyadic MID tables (dispute-year whittled to one row per directed dyad-year, as in peacesciencer).</summary>
internal static class MidSources
{
    public static (string Table, string Prefix, string Onset, string Ongoing, string Label) For(MidSource source) => source switch
    {
        MidSource.CorrelatesOfWar => ("cow_mid_ddydisps", "cowmid", "cowmidonset", "cowmidongoing", "COW MID v5.0"),
        _ => ("gml_mid_ddydisps", "gmlmid", "gmlmidonset", "gmlmidongoing", "GML MID v2.2.1"),
    };
}
