using Caravan.Data.Panels;
using Caravan.Data.Store;

namespace Caravan.Data.Tests.Panels.Peacesciencer;

/// <summary>
/// <c>--conventions peacesciencer</c> panels against peacesciencer 1.2.9 (no R needed): the world dyad-year and directed
/// dyad-year panels 1816-2025 with contiguity, capital distance, majors, NMC, democracy, ATOP, GML MIDs and peace-years,
/// and the politically relevant panels (GML and COW MIDs), built by Panels/Reference/peacesciencer_panels.R (run in
/// 2026: the lists are carried to 2025). Every cell of the curated rows (all years of ~200 dyads, every issue-7 example,
/// China–Central Asia, the Germanies 1985-95) must match, and the whole-panel checksums of every column. Tolerances
/// in <see cref="PeacesciencerReference"/>.
/// </summary>
public sealed class PeacesciencerPanelTests
{
    public static TheoryData<string> Panels => new(PeacesciencerReference.Names);

    [Theory]
    [MemberData(nameof(Panels))]
    public void Panel_equals_peacesciencer_cell_by_cell(string name)
    {
        using var store = CaravanStore.Open();
        var (spec, steps) = PeacesciencerReference.Panel(name, 2025);
        var panel = PanelBuilder.Build(store, spec, steps);
        var folder = PeacesciencerReference.Folder(store);

        var cells = PeacesciencerReference.CompareCells(store, panel, Path.Combine(folder, name + "_rows.csv.gz"));
        Assert.True(cells.ExpectedRows > 4000, $"{name}: only {cells.ExpectedRows} curated rows");
        Assert.True(cells.MatchedRows == cells.ExpectedRows, $"{name}: {cells.Describe()}");
        Assert.True(cells.TotalMismatches == 0, $"{name}: {cells.Describe()}");

        var sums = PeacesciencerReference.CompareChecksums(store, panel, Path.Combine(folder, name + "_checksums.csv"));
        Assert.True(sums.Count == 0, $"{name} checksums: {string.Join("; ", sums)}");
    }
}
