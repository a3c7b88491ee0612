namespace Caravan.Data.Panels.Steps;

/// <summary>
/// Miller's latent external territorial threat by COW state-year (terrthreat, 1816-2010), as peacesciencer's
/// <c>add_latent_territorial_threat()</c>: posterior mean, SD and 90% interval of the main model and of the alternative
/// (m_) model, for the state or each side. Missing outside 1816-2010 (and where the alternative model is not computed).
/// </summary>
internal sealed class TerritorialThreatStep : PanelStep
{
    private static readonly (string Source, string Target, string Description)[] Columns =
    [
        ("lterrthreat", "lterrthreat", "Latent external territorial threat, posterior mean"),
        ("sd", "lterrthreat_sd", "Posterior standard deviation of lterrthreat"),
        ("lwr", "lterrthreat_lwr", "Lower bound (5%) of the 90% interval of lterrthreat"),
        ("upr", "lterrthreat_upr", "Upper bound (95%) of the 90% interval of lterrthreat"),
        ("m_lterrthreat", "m_lterrthreat", "Latent territorial threat, alternative model, posterior mean (missing where not computed)"),
        ("m_sd", "m_lterrthreat_sd", "Posterior SD of m_lterrthreat"),
        ("m_lwr", "m_lterrthreat_lwr", "Lower bound of the 90% interval of m_lterrthreat"),
        ("m_upr", "m_lterrthreat_upr", "Upper bound of the 90% interval of m_lterrthreat"),
    ];

    public override string Name => "terrthreat";

    public override bool InAll => false;

    public override string Title => "Latent territorial threat";

    public override IReadOnlyList<string> Sources => ["terrthreat"];

    public override StepResult Build(StepContext context)
    {
        var sql = context.MonadicSql("SELECT * FROM terrthreat", "ccode", Columns.Select(c => (c.Source, c.Target)).ToArray());
        var cite = context.Cite("terrthreat");
        var entries = context.Sides.SelectMany(s => Columns.Select(c =>
            new CodebookEntry(c.Target + s, $"{c.Description}, {(s.Length == 0 ? "the state" : "state " + s)} (peacesciencer: {c.Source}{s})", "latent scale", "terrthreat", cite))).ToArray();
        var (first, last) = context.YearSpan("terrthreat");
        var notes = context.Spec.Years.First < first || context.Spec.Years.Last > last
            ? new[] { $"Latent territorial threat covers {first}-{last}: missing outside those years." }
            : [];
        return new StepResult(sql, entries, notes);
    }
}
