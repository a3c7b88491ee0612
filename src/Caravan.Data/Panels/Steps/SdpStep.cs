namespace Caravan.Data.Panels.Steps;

/// <summary>
/// Simulated GDP, population and surplus domestic product (Anders, Fariss and Markowitz 2020; cow_sdp_gdp, COW
/// state-years 1800-2016), as peacesciencer's <c>add_sdp_gdp()</c>: all four are natural logs. Joined on the COW code
/// (also in G-W panels, through the COW code the universe carries). Missing outside 1800-2016.
/// </summary>
internal sealed class SdpStep : PanelStep
{
    private static readonly (string Column, string Description, string Unit)[] Columns =
    [
        ("wbgdp2011est", "Simulated GDP (ln, 2011 US$, World Bank-anchored)", "ln 2011 US$"),
        ("wbpopest", "Simulated population (ln)", "ln persons"),
        ("sdpest", "Simulated surplus domestic product (ln, 2011 US$): GDP above subsistence", "ln 2011 US$"),
        ("wbgdppc2011est", "Simulated GDP per capita (ln, 2011 US$)", "ln 2011 US$"),
    ];

    public override string Name => "sdp";

    public override bool InAll => false;

    public override string Title => "Simulated GDP, population and SDP";

    public override IReadOnlyList<string> Sources => ["cow_sdp_gdp"];

    public override StepResult Build(StepContext context)
    {
        var sql = context.MonadicSql("SELECT ccode, year, wbgdp2011est, wbpopest, sdpest, wbgdppc2011est FROM cow_sdp_gdp", "ccode", Columns.Select(c => (c.Column, c.Column)).ToArray());
        var cite = context.Cite("cow_sdp_gdp");
        var entries = context.Sides.SelectMany(s => Columns.Select(c =>
            new CodebookEntry(c.Column + s, $"{c.Description} of {(s.Length == 0 ? "the state" : "state " + s)}", c.Unit, "cow_sdp_gdp", cite))).ToArray();
        var (first, last) = context.YearSpan("cow_sdp_gdp");
        var notes = context.Spec.Years.Last > last ? new[] { $"Simulated GDP/SDP (cow_sdp_gdp) covers {first}-{last}: missing after {last}." } : [];
        return new StepResult(sql, entries, notes);
    }
}
