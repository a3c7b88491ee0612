using System.Globalization;
using System.Text;
using Caravan.Analysis.Models;
using Caravan.Analysis.Theories;
using Caravan.Analysis.World;
using Caravan.Core.Frames;
using Caravan.Data.Exports;
using Caravan.Data.Panels;
using Caravan.Data.Store;

namespace Caravan.Analysis.Replication;

/// <summary>
/// The replication package written into out/replication/: the exact estimation sample of every world model (one file per
/// sample, all derived variables, and an <c>in_&lt;theory&gt;</c> flag marking the rows each theory's logit used) as Parquet
/// and Stata 118 .dta with codebooks; <c>coefficients.csv</c> (Caravan's estimates and dyad-clustered SEs at full
/// precision); <c>replicate.R</c> (fixest::feglm with cluster = ~dyad, else glm + sandwich::vcovCL HC1) and
/// <c>replicate.do</c> (Stata: logit, vce(cluster dyad)), both generated from the fitted formulas.
/// </summary>
public static class ReplicationPackage
{
    public const string Folder = "replication";

    /// <summary>The columns of every sample file (those present in the panel).</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        StudyColumns.Ccode1, StudyColumns.Ccode2, StudyColumns.Year, StudyColumns.Dyad, Samples.RelevantColumn, StudyColumns.MidOnset,
        .. StudyColumns.PeaceYearsCubic, .. StudyColumns.Controls, StudyColumns.WeakLink, StudyColumns.SharedIgos, StudyColumns.Sco,
        StudyColumns.DependenceGapAbs, StudyColumns.Salience, StudyColumns.Symmetry, StudyColumns.Expectations, StudyColumns.DependenceXExpectations,
        "trade", Indicators.TradeDependence.Dep1, Indicators.TradeDependence.Dep2,
    ];

    public static string ModelId(TheoryFit f) => $"{f.Theory.Id.ToString().ToLowerInvariant()}_{f.Sample.Key}{(f.Kind == FitKind.Firth ? "_firth" : "")}";

    public static string Flag(TheorySpecification t) => "in_" + t.Id.ToString().ToLowerInvariant();

    /// <summary>Writes the package; returns the files written.</summary>
    public static IReadOnlyList<string> Write(StudyResult result, Frame world, string outDirectory, IReadOnlyList<CodebookEntry> codebook)
    {
        var dir = Path.Combine(Path.GetFullPath(outDirectory), Folder);
        Directory.CreateDirectory(dir);
        var files = new List<string>();
        var fits = result.Fits.Where(f => f.Fit is not null).ToArray();
        using var store = CaravanStore.Open(new StoreOptions(result.Options.DataDirectory));
        var book = codebook.Concat(Indicators.IndicatorCodebook.Entries).GroupBy(c => c.Variable).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var sample in fits.Select(f => f.Sample).Distinct())
        {
            var inSample = fits.Where(f => f.Sample == sample && f.Kind == FitKind.Logit).ToArray();
            var frame = SampleFrame(world, sample, inSample);
            var table = store.NewTempName("replication");
            Load(store, frame, table);
            var entries = frame.Columns.Select(c => book.TryGetValue(c.Name, out var e) ? e
                : c.Name.StartsWith("in_", StringComparison.Ordinal)
                    ? new CodebookEntry(c.Name, $"1 if the row is in the estimation sample of the {c.Name[3..]} logit on {sample.Label}", "0/1", "derived", "Caravan")
                    : new CodebookEntry(c.Name, c.Name, "", "derived", "Caravan")).ToArray();
            foreach (var ext in new[] { ".parquet", ".dta" })
            {
                var path = Path.Combine(dir, $"sample_{sample.Key}{ext}");
                PanelExporter.Write(store.Connection, table, path, entries);
                files.Add(path);
            }

            store.Execute($"DROP TABLE {CaravanStore.Quote(table)}");
        }

        var coefficients = new StringBuilder("model,sample_file,estimator,term,estimate,std_error,nobs\n");
        foreach (var f in fits)
        {
            foreach (var c in f.Fit!.Coefficients())
            {
                coefficients.Append(CultureInfo.InvariantCulture, $"{ModelId(f)},sample_{f.Sample.Key}.dta,{f.Kind},{c.Term},{R(c.Estimate)},{R(c.StdError)},{f.Fit.Nobs}\n");
            }
        }

        files.Add(WriteText(dir, "coefficients.csv", coefficients.ToString()));
        files.Add(WriteText(dir, "replicate.R", ReplicationScripts.R(fits)));
        files.Add(WriteText(dir, "replicate.do", ReplicationScripts.Stata(fits)));
        files.Add(WriteText(dir, "README.md", ReplicationScripts.Readme(fits)));
        return files;
    }

    /// <summary>The rows of <paramref name="sample"/> used by at least one logit, the package columns and one flag per theory.</summary>
    public static Frame SampleFrame(Frame world, Sample sample, IReadOnlyList<TheoryFit> logits)
    {
        var selected = Samples.Select(new Frame(Columns.Where(world.Contains).Select(c => world[c])), sample);
        var flags = logits.Select(f =>
        {
            var needed = f.Theory.Regressors(StudyColumns.Controls).Concat(StudyColumns.PeaceYearsCubic).Append(StudyColumns.MidOnset)
                .Select(c => selected.Numeric(c).Values).ToArray();
            return (Name: Flag(f.Theory), Values: Enumerable.Range(0, selected.RowCount).Select(r => needed.All(v => double.IsFinite(v[r])) ? 1.0 : 0.0).ToArray());
        }).ToArray();
        var keep = Enumerable.Range(0, selected.RowCount).Where(r => flags.Any(x => x.Values[r] == 1)).ToArray();
        var frame = Samples.Subset(selected, keep);
        foreach (var (name, values) in flags)
        {
            frame = frame.With(new NumericColumn(name, keep.Select(r => values[r]).ToArray()));
        }

        return frame;
    }

    private static void Load(CaravanStore store, Frame frame, string table)
    {
        var numeric = frame.Columns.Cast<NumericColumn>().ToArray();
        // Whole-number columns (codes, years, 0/1 flags, counts) are stored as integers: smaller .dta files, same values.
        var integer = numeric.Select(c => c.Values.All(v => !double.IsFinite(v) || (v == Math.Floor(v) && Math.Abs(v) < int.MaxValue))).ToArray();
        store.Execute($"CREATE TEMP TABLE {CaravanStore.Quote(table)} ({string.Join(", ", numeric.Select((c, i) => $"{CaravanStore.Quote(c.Name)} {(integer[i] ? "INTEGER" : "DOUBLE")}"))})");
        using var appender = store.Connection.CreateAppender(table);
        for (var r = 0; r < frame.RowCount; r++)
        {
            var row = appender.CreateRow();
            for (var i = 0; i < numeric.Length; i++)
            {
                var v = numeric[i].Values[r];
                row = !double.IsFinite(v) ? row.AppendNullValue() : integer[i] ? row.AppendValue((int)v) : row.AppendValue(v);
            }

            row.EndRow();
        }
    }

    private static string WriteText(string dir, string name, string text)
    {
        var path = Path.Combine(dir, name);
        var tmp = path + $".tmp-{Environment.ProcessId}";
        File.WriteAllText(tmp, text);
        File.Move(tmp, path, overwrite: true);
        return path;
    }

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
