namespace Caravan.Data.Panels.Steps;

/// <summary>
/// GDP and population for each side: World Bank WDI GDP in current US$ and population (by ISO3, 1960 on), and isard's
/// latent (simulated) estimates for long series back to 1816 (Anders, Fariss and Markowitz), by COW code.
/// </summary>
internal sealed class GdpPopulationStep : PanelStep
{
    public override string Name => "gdppop";

    public override string Title => "GDP and population (World Bank; isard latent)";

    public override IReadOnlyList<string> Sources => ["wb_gdp", "wb_population", "isard_gdppop"];

    public override StepResult Build(StepContext context)
    {
        var select = new List<string> { context.KeySelect };
        var joins = new List<string>();
        var entries = new List<CodebookEntry>();
        foreach (var s in context.Sides)
        {
            var a = s.Length == 0 ? "0" : s;
            var iso = s.Length == 0 ? "iso3" : "iso3_" + s;
            var who = s.Length == 0 ? "the state" : "state " + s;
            select.Add($"w{a}.gdp_usd AS wbgdp_cusd{s}");
            select.Add($"w{a}.population AS wbpop{s}");
            select.Add($"i{a}.pwtrgdp AS isard_gdp{s}");
            select.Add($"i{a}.mrgdppc AS isard_gdppc{s}");
            select.Add($"i{a}.pwtpop AS isard_pop{s}");
            joins.Add($"LEFT JOIN wb w{a} ON w{a}.iso3 = u.{iso} AND w{a}.year = u.year");
            joins.Add($"LEFT JOIN isard_gdppop i{a} ON i{a}.ccode = u.ccode{s} AND i{a}.year = u.year");
            entries.Add(new("wbgdp_cusd" + s, $"GDP of {who}, World Bank WDI (NY.GDP.MKTP.CD), current US$; missing where WDI has none", "US$, current", "wb_gdp", context.Cite("wb_gdp")));
            entries.Add(new("wbpop" + s, $"Population of {who}, World Bank WDI (SP.POP.TOTL)", "persons", "wb_population", context.Cite("wb_population")));
            entries.Add(new("isard_gdp" + s, $"Latent real GDP of {who} (isard cw_gdppop pwtrgdp: simulated Penn World Table real GDP, long series)", "2011 US$ millions (PWT 10.0-anchored)", "isard_gdppop", context.Cite("isard_gdppop")));
            entries.Add(new("isard_gdppc" + s, $"Latent real GDP per capita of {who} (isard cw_gdppop mrgdppc: simulated Maddison real GDP per capita)", "2011 US$ (Maddison-anchored)", "isard_gdppop", context.Cite("isard_gdppop")));
            entries.Add(new("isard_pop" + s, $"Latent population of {who} (isard cw_gdppop pwtpop)", "millions", "isard_gdppop", context.Cite("isard_gdppop")));
        }

        // GDP and population on one row per ISO3-year: one string-keyed probe per side instead of two.
        const string wb = """
            WITH wb AS (
              SELECT coalesce(g.iso3, p.iso3) AS iso3, coalesce(g.year, p.year) AS year, g.gdp_usd, p.population
              FROM wb_gdp g FULL JOIN wb_population p ON p.iso3 = g.iso3 AND p.year = g.year)
            """;
        var sql = $"{wb} SELECT {string.Join(", ", select)} FROM {context.Universe} u {string.Join(" ", joins)}";
        var (wf, wl) = context.YearSpan("wb_gdp");
        var (ifirst, ilast) = context.YearSpan("isard_gdppop");
        return new StepResult(sql, entries,
            [$"GDP/population: World Bank current US$ covers {wf}-{wl} (ISO3-matched), isard latent series {ifirst}-{ilast} (COW-matched); missing outside."]);
    }
}
