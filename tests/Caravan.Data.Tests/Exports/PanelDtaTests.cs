using System.Globalization;
using Caravan.Core.Panels;
using Caravan.Data.Exports;
using Caravan.Data.Panels;
using Caravan.Data.Tests.Panels;

namespace Caravan.Data.Tests.Exports;

/// <summary>
/// A real panel (China and Central Asia, directed dyad-years 1992-2020) written to Stata 118: storage types are the
/// narrowest exact ones, coded variables carry value labels, every cell reads back equal (in-repo reader; R haven reads
/// the same file in check_panel_dta.R), and the dataset label, version and command line are written.
/// </summary>
[Collection("store")]
public sealed class PanelDtaTests(StoreFixture fixture) : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("caravan-dta-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Real_panel_gets_exact_storage_types_value_labels_and_provenance()
    {
        var spec = new PanelSpec(PanelUnit.DirectedDyadYear, StateSystem.CorrelatesOfWar, new YearRange(1992, 2020)) { States = new HashSet<int> { 710, 705, 703, 702, 701, 704 } };
        var panel = PanelBuilder.Build(fixture.Store, spec, ["contiguity", "mids", "ucdp", "dots", "nmc"]);
        var path = Path.Combine(dir, "ca.dta");
        PanelExporter.Write(fixture.Store.Connection, panel.Table, path, panel.Codebook, new ExportInfo("China-Central Asia directed dyad-years 1992-2020", "caravan panel --out ca.dta"));
        var dta = DtaReader.Read(path);
        Assert.Equal("China-Central Asia directed dyad-years 1992-2020", dta.Label);

        ushort TypeOf(string v) => dta.Types[Array.IndexOf(dta.Names, v)];
        string LabelOf(string v) => dta.ValueLabelNames[Array.IndexOf(dta.Names, v)];
        Assert.Equal(65529, TypeOf("ccode1")); // int: codes 701-710
        Assert.Equal(65529, TypeOf("year"));
        Assert.Equal(65530, TypeOf("conttype")); // byte, labelled
        Assert.Equal("conttype", LabelOf("conttype"));
        Assert.Equal("Land or river border", dta.ValueLabels["conttype"][1]);
        Assert.Equal(65530, TypeOf("gmlmid_hostlev"));
        Assert.Equal("hostlev", LabelOf("gmlmid_hostlev"));
        Assert.Equal("Use of force", dta.ValueLabels["hostlev"][4]);
        Assert.Equal("ucdpint", LabelOf("ucdp_intensity"));
        Assert.Equal(65530, TypeOf("exp12_source")); // text encoded 1..n with its texts as labels
        Assert.Equal("exp12_source", LabelOf("exp12_source"));
        Assert.Contains("dots_importer_cif", dta.ValueLabels["exp12_source"].Values);
        Assert.Equal(65526, TypeOf("cinc1")); // a double that no float holds
        Assert.Equal("", LabelOf("cinc1"));

        // Every cell equals the panel (numbers exactly; encoded text through its labels).
        var names = dta.Names;
        var rows = new List<object?[]>();
        fixture.Store.Query($"SELECT {string.Join(", ", names.Select(n => $"\"{n}\""))} FROM {panel.Table}", r =>
        {
            var row = new object?[r.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            }

            rows.Add(row);
        });
        Assert.Equal(rows.Count, dta.Rows.Length);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var j = 0; j < names.Length; j++)
            {
                var expected = rows[r][j];
                var actual = dta.Rows[r][j];
                if (expected is string && dta.ValueLabelNames[j].Length > 0 && actual is double code)
                {
                    actual = dta.ValueLabels[names[j]][(int)code]; // encoded text
                }

                if (expected is string || actual is string)
                {
                    Assert.True((expected as string ?? string.Empty) == (actual as string ?? string.Empty), $"row {r}, {names[j]}: '{expected}' vs '{actual}'");
                }
                else
                {
                    var e = expected is null ? (double?)null : Convert.ToDouble(expected, CultureInfo.InvariantCulture);
                    Assert.True(e == (double?)actual, $"row {r}, {names[j]}: {e} vs {actual}");
                }
            }
        }

        var codebook = File.ReadAllLines(Path.Combine(dir, "ca.codebook.csv"));
        Assert.EndsWith($",Caravan {ExportInfo.CaravanVersion},caravan panel --out ca.dta", codebook[1]);
        Assert.Contains("with `caravan panel --out ca.dta`", File.ReadAllText(Path.Combine(dir, "ca.codebook.md")), StringComparison.Ordinal);
    }
}
