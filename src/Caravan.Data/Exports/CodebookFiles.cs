using System.Text;
using Caravan.Data.Panels;

namespace Caravan.Data.Exports;

/// <summary>Writes a codebook beside an export: &lt;name&gt;.codebook.csv and &lt;name&gt;.codebook.md.</summary>
internal static class CodebookFiles
{
    public static (string Csv, string Markdown) PathsFor(string dataPath)
    {
        var full = Path.GetFullPath(dataPath);
        var stem = Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full));
        return (stem + ".codebook.csv", stem + ".codebook.md");
    }

    /// <summary>Every exported column must have exactly one entry, and every entry a column.</summary>
    public static void Check(IReadOnlyList<string> columns, IReadOnlyList<CodebookEntry> codebook, string path)
    {
        var duplicates = codebook.GroupBy(e => e.Variable).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var missing = columns.Where(c => codebook.All(e => e.Variable != c)).ToList();
        var extra = codebook.Select(e => e.Variable).Where(v => !columns.Contains(v)).Distinct().ToList();
        var problems = new List<string>();
        if (missing.Count > 0)
        {
            problems.Add($"no codebook entry for column(s) {string.Join(", ", missing)}");
        }

        if (extra.Count > 0)
        {
            problems.Add($"codebook entries for column(s) not in the data: {string.Join(", ", extra)}");
        }

        if (duplicates.Count > 0)
        {
            problems.Add($"codebook has several entries for {string.Join(", ", duplicates)}");
        }

        if (problems.Count > 0)
        {
            throw new ExportException($"Cannot export '{path}': {string.Join("; ", problems)}.");
        }
    }

    /// <summary>Writes both codebooks; every row of the CSV and the head of the Markdown carry Caravan's version and the command line.</summary>
    public static void Write(string dataPath, IReadOnlyList<string> columns, IReadOnlyList<CodebookEntry> codebook, ExportInfo info)
    {
        var (csvPath, mdPath) = PathsFor(dataPath);
        var (csv, md) = Render(dataPath, columns, codebook, info);
        AtomicFile.WriteAll([(csvPath, t => WriteUtf8(t, csv)), (mdPath, t => WriteUtf8(t, md))]);
    }

    internal static void WriteUtf8(string path, string text) => File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>The codebook as CSV and Markdown text.</summary>
    public static (string Csv, string Markdown) Render(string dataPath, IReadOnlyList<string> columns, IReadOnlyList<CodebookEntry> codebook, ExportInfo info)
    {
        var version = "Caravan " + ExportInfo.CaravanVersion;
        var ordered = columns.Select(c => codebook.First(e => e.Variable == c)).ToList();

        var csv = new StringBuilder("variable,description,unit,source,citation,made_by,command\n");
        foreach (var e in ordered)
        {
            csv.Append(string.Join(',', new[] { e.Variable, e.Description, e.Unit, e.Source, e.Citation, version, info.Command }.Select(CsvField))).Append('\n');
        }

        var md = new StringBuilder();
        md.Append("# Codebook: ").Append(Path.GetFileName(dataPath)).Append("\n\n");
        md.Append("Made by ").Append(version).Append(" with `").Append(info.Command.Replace("`", "'", StringComparison.Ordinal)).Append("`.");
        if (info.DatasetLabel is not null)
        {
            md.Append(" Dataset: ").Append(MdCell(info.DatasetLabel)).Append('.');
        }

        md.Append("\n\n");
        md.Append("| Variable | Description | Unit | Source | Citation |\n|---|---|---|---|---|\n");
        foreach (var e in ordered)
        {
            md.Append("| ").AppendJoin(" | ", new[] { e.Variable, e.Description, e.Unit, e.Source, e.Citation }.Select(MdCell)).Append(" |\n");
        }

        return (csv.ToString(), md.ToString());
    }

    private static string CsvField(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    private static string MdCell(string s) =>
        s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
