using System.Globalization;
using Caravan.Core.Frames;
using Caravan.Core.Panels;
using Caravan.Data.Exports;
using Caravan.Data.Panels;
using Caravan.Data.Store;
using Caravan.Data.Tests.Panels;

namespace Caravan.Data.Tests.Store;

/// <summary>
/// panel → file → <see cref="FrameReader"/> → the same values, for every unit with every add step and every
/// output format (what `fit --data` reads). The reference is the panel as DuckDB holds it. Text: CSV and Stata
/// cannot tell an empty string from a missing one, so "" and missing are the same there.
/// </summary>
[Collection("store")]
public sealed class PanelRoundTripTests(StoreFixture fixture) : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("caravan-roundtrip-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [InlineData(PanelUnit.StateYear)]
    [InlineData(PanelUnit.DyadYear)]
    [InlineData(PanelUnit.DirectedDyadYear)]
    public void Every_format_reads_back_the_panel_values(PanelUnit unit)
    {
        var range = new YearRange(1992, 2014);
        var spec = new PanelSpec(unit, StateSystem.CorrelatesOfWar, range)
        {
            States = PanelStates.Resolve("CHN,KAZ,KGZ,TJK,TKM,UZB,RUS,USA", StateSystem.CorrelatesOfWar, range),
        };
        var panel = PanelBuilder.Build(fixture.Store, spec, ["all"]);
        // Every step that applies to the unit (state-year panels take the monadic ones).
        Assert.True(unit == PanelUnit.StateYear ? panel.Steps.Count >= 5 : panel.Steps.Count == PanelBuilder.StepNames.Count, string.Join(",", panel.Steps));
        var reference = fixture.Store.ReadFrame($"SELECT * FROM {CaravanStore.Quote(panel.Table)}");
        Assert.True(reference.RowCount > 100);
        Assert.Contains(reference.Columns, c => c is TextColumn);

        foreach (var ext in new[] { ".csv", ".parquet", ".dta" })
        {
            var path = Path.Combine(dir, unit + ext);
            PanelExporter.Write(fixture.Store.Connection, panel.Table, path, panel.Codebook);
            var back = FrameReader.Read(path);
            Assert.Equal(reference.Columns.Select(c => c.Name), back.Columns.Select(c => c.Name));
            Assert.Equal(reference.RowCount, back.RowCount);
            foreach (var want in reference.Columns)
            {
                AssertSame(want, back[want.Name], ext, emptyIsMissing: ext != ".parquet");
            }
        }
    }

    private static void AssertSame(Column want, Column got, string ext, bool emptyIsMissing)
    {
        var where = $"{ext} column {want.Name}";
        switch (want)
        {
            case NumericColumn w:
                {
                    var g = Assert.IsType<NumericColumn>(got);
                    for (var i = 0; i < w.Length; i++)
                    {
                        Assert.True(w.Values[i].Equals(g.Values[i]), $"{where} row {i + 1}: {w.Values[i].ToString("R", CultureInfo.InvariantCulture)} written, {g.Values[i].ToString("R", CultureInfo.InvariantCulture)} read");
                    }

                    break;
                }

            case TextColumn w:
                {
                    var g = Assert.IsType<TextColumn>(got);
                    for (var i = 0; i < w.Length; i++)
                    {
                        var (a, b) = (w.Values[i], g.Values[i]);
                        if (emptyIsMissing)
                        {
                            (a, b) = (a is "" ? null : a, b is "" ? null : b);
                        }

                        Assert.True(a == b, $"{where} row {i + 1}: '{a}' written, '{b}' read");
                    }

                    break;
                }
        }
    }
}
