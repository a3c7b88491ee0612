using System.Globalization;
using System.Text;
using Caravan.Core.Panels;
using Caravan.Data.Panels;
using Caravan.Data.Store;

namespace Caravan.Data.Tests.Panels.Peacesciencer;

/// <summary>
/// The panels of Panels/Reference/peacesciencer_panels.R built with Caravan (<c>--conventions peacesciencer</c>), and
/// the cell-by-cell comparison with what peacesciencer 1.2.9 wrote. Tolerance: integer-valued columns exact; real
/// columns (CINC, democracy scores, capital distance) 1e-9 relative (the CSV holds 15 significant digits); checksums
/// (sums over the whole panel) 1e-9 relative (summation order), row and missing counts exact.
/// </summary>
internal static class PeacesciencerReference
{
    public const double Tolerance = 1e-9;

    private static readonly string[] Everything = ["contiguity", "capdist", "majors", "nmc", "democracy", "alliances", "mids", "peaceyears"];
    private static readonly string[] Relevant = ["contiguity", "majors", "mids", "peaceyears"];

    /// <summary>The panel names of the R script.</summary>
    public static readonly string[] Names = ["ndy", "ddy", "ndy_prd", "ddy_prd", "ndy_cow_prd"];

    /// <summary>The folder holding the R script and its expected files.</summary>
    public static string Folder(CaravanStore store) =>
        Path.Combine(Path.GetDirectoryName(store.DataDirectory)!, "tests", "Caravan.Data.Tests", "Panels", "Reference");

    /// <summary>The Caravan spec and steps of an R panel, through <paramref name="lastYear"/> (the R script's last completed year).</summary>
    public static (PanelSpec Spec, string[] Steps) Panel(string name, int lastYear)
    {
        var directed = name.StartsWith("ddy", StringComparison.Ordinal);
        var spec = new PanelSpec(directed ? PanelUnit.DirectedDyadYear : PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1816, lastYear))
        {
            Conventions = PanelConventions.Peacesciencer,
            PoliticallyRelevantOnly = name.EndsWith("prd", StringComparison.Ordinal),
            Mids = name.Contains("cow", StringComparison.Ordinal) ? MidSource.CorrelatesOfWar : MidSource.Gml,
        };
        return (spec, spec.PoliticallyRelevantOnly ? Relevant : Everything);
    }

    /// <summary>Caravan's name of a peacesciencer column.</summary>
    public static string CaravanColumn(string psColumn, MidSource mids)
    {
        var p = mids == MidSource.Gml ? "gmlmid_" : "cowmid_";
        return psColumn switch
        {
            "atop_alliance" => "atop_any",
            "dispnum" or "hostlev" or "fatality" or "sidea1" or "sidea2" or "orig1" or "orig2" => p + psColumn,
            _ => psColumn,
        };
    }

    /// <summary>A comparison of an expected file (keys ccode1, ccode2, year + peacesciencer columns) with the panel, cell by cell.</summary>
    public sealed record CellReport(long ExpectedRows, long MatchedRows, long Cells, IReadOnlyDictionary<string, long> Mismatches, IReadOnlyList<string> Examples)
    {
        public long TotalMismatches => Mismatches.Values.Sum();

        public string Describe() =>
            $"{ExpectedRows} expected rows, {MatchedRows} found in the panel, {Cells} cells compared; mismatches: " +
            (TotalMismatches == 0 ? "none" : string.Join(", ", Mismatches.Where(m => m.Value > 0).Select(m => $"{m.Key} {m.Value}")) + "; e.g. " + string.Join("; ", Examples));
    }

    public static CellReport CompareCells(CaravanStore store, Panel panel, string expectedCsv)
    {
        var source = $"read_csv({CaravanStore.Literal(expectedCsv)}, header = true)";
        var columns = store.QueryColumn<string>($"SELECT column_name FROM (DESCRIBE SELECT * FROM {source})").Where(c => c is not "ccode1" and not "ccode2" and not "year").ToArray();
        var panelColumns = new HashSet<string>(store.ColumnsOf(panel.Table), StringComparer.Ordinal);
        var select = new StringBuilder("count(*), count(p.year)");
        foreach (var c in columns)
        {
            var pc = CaravanColumn(c, panel.Spec.Mids);
            if (!panelColumns.Contains(pc))
            {
                throw new InvalidOperationException($"The panel has no column {pc} (peacesciencer's {c}).");
            }

            select.Append(CultureInfo.InvariantCulture, $", count(*) FILTER (WHERE p.year IS NOT NULL AND NOT {Same($"e.{CaravanStore.Quote(c)}", $"p.{CaravanStore.Quote(pc)}")})");
        }

        var from = $"{source} e LEFT JOIN {CaravanStore.Quote(panel.Table)} p ON p.ccode1 = e.ccode1 AND p.ccode2 = e.ccode2 AND p.year = e.year";
        long rows = 0, matched = 0;
        var bad = new Dictionary<string, long>();
        store.Query($"SELECT {select} FROM {from}", r =>
        {
            rows = Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture);
            matched = Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture);
            for (var i = 0; i < columns.Length; i++)
            {
                bad[columns[i]] = Convert.ToInt64(r.GetValue(i + 2), CultureInfo.InvariantCulture);
            }
        });
        var examples = new List<string>();
        foreach (var c in columns.Where(c => bad[c] > 0).Take(5))
        {
            var pc = CaravanColumn(c, panel.Spec.Mids);
            store.Query($"SELECT e.ccode1, e.ccode2, e.year, e.{CaravanStore.Quote(c)}, p.{CaravanStore.Quote(pc)} FROM {from} WHERE p.year IS NOT NULL AND NOT {Same($"e.{CaravanStore.Quote(c)}", $"p.{CaravanStore.Quote(pc)}")} ORDER BY 1, 2, 3 LIMIT 2", r =>
                examples.Add($"{c} {r.GetValue(0)}-{r.GetValue(1)} {r.GetValue(2)}: peacesciencer {Show(r.GetValue(3))}, Caravan {Show(r.GetValue(4))}"));
        }

        return new CellReport(rows, matched, matched * columns.Length, bad, examples);
    }

    /// <summary>Compares the checksums R wrote over its whole panel with the same sums over Caravan's; returns the differences.</summary>
    public static IReadOnlyList<string> CompareChecksums(CaravanStore store, Panel panel, string checksumCsv)
    {
        var expected = new List<(string Column, long Rows, long Missing, double Sum, double WSum)>();
        store.Query($"SELECT \"column\", \"rows\", \"missing\", \"sum\", \"wsum\" FROM read_csv({CaravanStore.Literal(checksumCsv)}, header = true, all_varchar = true)", r =>
            expected.Add((r.GetString(0), long.Parse(r.GetString(1), CultureInfo.InvariantCulture), long.Parse(r.GetString(2), CultureInfo.InvariantCulture),
                double.Parse(r.GetString(3), CultureInfo.InvariantCulture), double.Parse(r.GetString(4), CultureInfo.InvariantCulture))));
        if (expected.Count < 2)
        {
            return [$"{checksumCsv}: no checksums"];
        }

        const string W = "((ccode1 * 31 + ccode2 * 17 + year) % 101 + 1)";
        var parts = expected.Select(e =>
        {
            var c = CaravanStore.Quote(CaravanColumn(e.Column, panel.Spec.Mids));
            return $"count(*) - count({c}), coalesce(sum({c}::DOUBLE), 0), coalesce(sum({c}::DOUBLE * {W}), 0)";
        });
        var problems = new List<string>();
        store.Query($"SELECT count(*), {string.Join(", ", parts)} FROM {CaravanStore.Quote(panel.Table)}", r =>
        {
            var rows = Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture);
            for (var i = 0; i < expected.Count; i++)
            {
                var e = expected[i];
                var missing = Convert.ToInt64(r.GetValue(1 + (3 * i)), CultureInfo.InvariantCulture);
                var sum = Convert.ToDouble(r.GetValue(2 + (3 * i)), CultureInfo.InvariantCulture);
                var wsum = Convert.ToDouble(r.GetValue(3 + (3 * i)), CultureInfo.InvariantCulture);
                if (i == 0 && rows != e.Rows)
                {
                    problems.Add($"rows: peacesciencer {e.Rows}, Caravan {rows}");
                }

                if (missing != e.Missing)
                {
                    problems.Add($"{e.Column} missing: peacesciencer {e.Missing}, Caravan {missing}");
                }

                if (!Close(sum, e.Sum) || !Close(wsum, e.WSum))
                {
                    problems.Add($"{e.Column} sums: peacesciencer {e.Sum:R} / {e.WSum:R}, Caravan {sum:R} / {wsum:R}");
                }
            }
        });
        return problems;
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= Tolerance * Math.Max(1, Math.Abs(b));

    private static string Same(string a, string b) =>
        $"(({a}) IS NULL AND ({b}) IS NULL OR (({a}) IS NOT NULL AND ({b}) IS NOT NULL AND abs(({a})::DOUBLE - ({b})::DOUBLE) <= {Tolerance.ToString("R", CultureInfo.InvariantCulture)} * greatest(1, abs(({a})::DOUBLE))))";

    private static string Show(object? v) => v is null or DBNull ? "missing" : Convert.ToString(v, CultureInfo.InvariantCulture)!;
}
