using Caravan.Core.Countries;
using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// Operating China-bound pipelines (Global Energy Monitor trackers) for dyads with China: pipelines whose route lists
/// both China and the partner and whose status is "operating", counted from their start year; gas capacity (bcm/y) and
/// oil capacity (bbl/d) where GEM reports it. 0 for dyads with China otherwise; missing for other dyads.
/// Status is GEM's 2024 snapshot: a line operating now is counted from its start year (no history of closures).
/// </summary>
internal sealed class PipelinesStep : PanelStep
{
    public override string Name => "pipelines";

    public override string Title => "China-bound pipelines (GEM)";

    public override IReadOnlySet<PanelUnit> Units => DyadicUnits;

    public override IReadOnlyList<string> Sources => ["gem_pipelines"];

    public override StepResult Build(StepContext context)
    {
        // GEM lists countries by English name: match the partner's name, resolved back to a COW code.
        var names = context.Store.QueryColumn<string>("SELECT DISTINCT trim(unnest(string_split(countries, ','))) FROM gem_pipelines WHERE countries IS NOT NULL");
        var values = new List<string>();
        foreach (var n in names)
        {
            if (CountryCodes.TryResolve(n, null, out var c) && c is not null)
            {
                values.Add($"('{n.Replace("'", "''", StringComparison.Ordinal)}', {c.CowCode})");
            }
        }

        var map = values.Count == 0 ? "SELECT NULL::VARCHAR AS name, NULL::INTEGER AS ccode WHERE false" : $"SELECT * FROM (VALUES {string.Join(", ", values)}) v(name, ccode)";
        var china = ChinaFinanceStep.China;
        var ctes = $"""
            m AS ({map}),
            lines AS (
              SELECT g.fuel, g.start_year, g.capacity, g.capacity_units, m.ccode
              FROM gem_pipelines g, unnest(string_split(g.countries, ',')) t(name)
              JOIN m ON m.name = trim(t.name)
              WHERE g.status = 'operating' AND g.start_year IS NOT NULL AND list_contains(list_transform(string_split(g.countries, ','), x -> trim(x)), 'China')
                AND m.ccode <> {china}),
            p AS (SELECT u.rid, u.year, CASE WHEN u.ccode1 = {china} THEN u.ccode2 WHEN u.ccode2 = {china} THEN u.ccode1 END AS partner FROM sub u),
            agg AS (
              SELECT p.rid, count(l.fuel) AS n,
                sum(CASE WHEN l.fuel = 'gas' AND l.capacity_units = 'bcm/y' THEN l.capacity END) AS gas,
                sum(CASE WHEN l.fuel = 'oil' AND l.capacity_units = 'bbl/d' THEN l.capacity END) AS oil
              FROM p JOIN lines l ON l.ccode = p.partner AND l.start_year <= p.year
              GROUP BY p.rid)
            """;
        var body = """
            SELECT p.rid,
              CASE WHEN p.partner IS NOT NULL THEN coalesce(a.n, 0) END AS cn_pipelines,
              CASE WHEN p.partner IS NOT NULL THEN coalesce(a.gas, 0) END AS cn_gas_pipeline_bcmy,
              CASE WHEN p.partner IS NOT NULL THEN a.oil END AS cn_oil_pipeline_bbld
            FROM p LEFT JOIN agg a ON a.rid = p.rid
            """;
        var cite = context.Cite("gem_pipelines");
        // Every column is missing unless one side is China: only dyads with China are evaluated.
        var sql = context.OnlyWhere($"u.ccode1 = {china} OR u.ccode2 = {china}", ctes, body, ["cn_pipelines", "cn_gas_pipeline_bcmy", "cn_oil_pipeline_bbld"]);
        return new StepResult(sql,
            [
                new("cn_pipelines", "Number of operating pipelines (lines) routed through both China and the partner, counted from their start year (GEM; dyads with China only)", "count", "gem_pipelines", cite),
                new("cn_gas_pipeline_bcmy", "Design capacity of those gas lines", "bcm per year", "gem_pipelines", cite),
                new("cn_oil_pipeline_bbld", "Capacity of those oil lines where GEM reports it (missing if not reported)", "barrels per day", "gem_pipelines", cite),
            ],
            ["Pipelines: GEM status is a 2024 snapshot; operating China-bound lines are counted from their start year, lines under construction or proposed are not counted."]);
    }
}
