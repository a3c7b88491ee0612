using Caravan.Core.Panels;
using Caravan.Data.Exports;
using Caravan.Data.Panels;
using Caravan.Data.Store;

namespace Caravan.Analysis.CentralAsia;

/// <summary>
/// Writes the China–Central Asia dyad-year panel the study rests on (China and the five states, 1992 to the latest
/// year with trade, every add step) as CSV and Stata .dta, each with its codebook, so R, Stata and Python users can
/// start from the same rows.
/// </summary>
public static class StudyPanelExport
{
    /// <summary>The file name (without extension) of the exported panel.</summary>
    public const string BaseName = "panel_china_central_asia";

    /// <summary>Builds the panel and writes <c>panel_china_central_asia.csv</c> and <c>.dta</c> (with codebooks) into <paramref name="outDir"/>.</summary>
    /// <returns>The panel that was written and the paths of the data files.</returns>
    public static (Panel Panel, IReadOnlyList<string> Files) Write(string? dataDirectory, string outDir, int lastYear, IProgress<string>? progress = null, StudyRegion? region = null)
    {
        using var store = CaravanStore.Open(new StoreOptions(dataDirectory));
        var r = region ?? StudyRegion.Default;
        var states = r.Dyads.Select(d => d.Ccode).Append(r.FocusCcode).ToHashSet();
        var spec = new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1992, lastYear)) { States = states };
        progress?.Report($"panel: {r.Title} dyad-years 1992-{lastYear}, every add step");
        var panel = PanelBuilder.Build(store, spec);
        var files = new List<string>();
        foreach (var extension in new[] { ".csv", ".dta" })
        {
            var path = Path.Combine(outDir, (r.IsChinaCentralAsia ? BaseName : $"panel_{r.FocusIso3.ToLowerInvariant()}_region") + extension);
            PanelExporter.Write(store.Connection, panel.Table, path, panel.Codebook,
                new ExportInfo($"{(r.IsChinaCentralAsia ? "China-Central Asia" : r.FocusIso3 + " and partners")} dyad-years 1992-{lastYear}, every add step (Caravan analyze)", "caravan analyze (study panel)"));
            files.Add(path);
        }

        return (panel, files);
    }
}
