using Caravan.Core.Panels;
using Caravan.Data.Panels;
using Caravan.Data.Store;

namespace Caravan.Analysis.World;

/// <summary>
/// Builds the world dyad-year panel for the conflict models with the panel builder (COW states, COW MID 5.0 so the
/// data run to 2014), reads it, and derives the study variables (<see cref="StudyVariables"/>).
/// GDP (World Bank, current US$) and each state's total trade (COW national trade) are joined by key from the
/// shipped tables for the trade indicators.
/// </summary>
public static class WorldPanel
{
    /// <summary>The panel steps the study needs.</summary>
    public static IReadOnlyList<string> Steps { get; } =
        ["contiguity", "capdist", "majors", "nmc", "democracy", "alliances", "igos", "mids", "peaceyears", "cowtrade"];

    /// <summary>The panel builder's columns the study reads (the rest of the panel is left in the store).</summary>
    public static IReadOnlyList<string> PanelColumns { get; } =
        StudyVariables.Inputs.Where(c => !c.StartsWith("gdp", StringComparison.Ordinal) && !c.StartsWith("total_trade", StringComparison.Ordinal))
            .Concat(["iso3_1", "iso3_2"]).ToArray();

    /// <param name="store">The shipped data.</param>
    /// <param name="years">Years of the panel.</param>
    /// <param name="progress">Progress messages.</param>
    /// <param name="relevantOnly">Politically relevant dyads only.</param>
    /// <param name="with">If set, only the dyads that include one of these states (COW codes), e.g. a focus region's panel.</param>
    public static StudyPanel Build(CaravanStore store, YearRange years, IProgress<string>? progress = null, bool relevantOnly = false, IReadOnlySet<int>? with = null)
    {
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, years) { Mids = MidSource.CorrelatesOfWar, PoliticallyRelevantOnly = relevantOnly };
        if (with is not null)
        {
            spec = spec with { With = with.ToHashSet() };
        }

        progress?.Report($"building the {(with is null ? "world" : "focus")} dyad-year panel {years} (COW states, {Steps.Count} steps)");
        var panel = PanelBuilder.Build(store, spec, Steps);
        store.RequireTable("wb_gdp", "trade dependence (GDP, current US$)");
        store.RequireTable("cow_trade_sy", "trade shares (each state's total trade)");
        progress?.Report($"reading {panel.RowCount:N0} dyad-years");
        var sql = $"""
            SELECT {string.Join(", ", PanelColumns.Select(c => "p." + CaravanStore.Quote(c)))}, g1.gdp_usd / 1e6 AS gdp1, g2.gdp_usd / 1e6 AS gdp2,
                   t1.imports + t1.exports AS total_trade1, t2.imports + t2.exports AS total_trade2
            FROM {CaravanStore.Quote(panel.Table)} p
            LEFT JOIN wb_gdp g1 ON g1.iso3 = p.iso3_1 AND g1.year = p.year
            LEFT JOIN wb_gdp g2 ON g2.iso3 = p.iso3_2 AND g2.year = p.year
            LEFT JOIN cow_trade_sy t1 ON t1.ccode = p.ccode1 AND t1.year = p.year
            LEFT JOIN cow_trade_sy t2 ON t2.ccode = p.ccode2 AND t2.year = p.year
            ORDER BY p.ccode1, p.ccode2, p.year
            """;
        var frame = store.ReadFrame(sql);
        PanelCleanup.Drop(store, panel.Table);
        progress?.Report("deriving the study variables and indicators");
        var derived = StudyVariables.Derive(frame);
        var notes = panel.Notes.Concat(derived.Notes).ToList();
        notes.Add("GDP: World Bank WDI NY.GDP.MKTP.CD (current US$, from 1960), joined on ISO3; trade: COW dyadic trade v4.0 (current US$ millions, to 2014). Trade indicators are therefore missing before 1960 and for states without WDI GDP.");
        return new StudyPanel(derived.Frame, notes, panel.Codebook.Concat(StudyVariables.Codebook).ToArray(),
            panel.SourceTables.Concat(["wb_gdp", "cow_trade_sy"]).Distinct().ToArray());
    }
}
