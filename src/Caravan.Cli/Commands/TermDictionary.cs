using Caravan.Estimation;

namespace Caravan.Cli.Commands;

/// <summary>
/// Reads a --dict file of term labels: CSV with two columns (term,label; a first row "term,label" is a
/// header), or text lines "term = label" with '#' comments. Errors name the file and line.
/// </summary>
internal static class TermDictionary
{
    public static IReadOnlyList<(string Term, string Label)> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"--dict: file '{path}' not found.", path);
        }

        var csv = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);
        var entries = new List<(string, string)>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = csv ? SplitCsv(line) : SplitEquals(line);
            if (fields is null || fields.Length != 2 || fields[0].Length == 0)
            {
                throw new EstimationException(csv
                    ? $"--dict {path}, line {i + 1}: expected two columns term,label."
                    : $"--dict {path}, line {i + 1}: expected 'term = label'.");
            }

            if (csv && entries.Count == 0 && fields[0] == "term" && fields[1] == "label")
            {
                continue;
            }

            entries.Add((fields[0], fields[1]));
        }

        return entries;
    }

    private static string[]? SplitEquals(string line)
    {
        var eq = line.IndexOf('=', StringComparison.Ordinal);
        return eq <= 0 ? null : [line[..eq].Trim(), line[(eq + 1)..].Trim()];
    }

    /// <summary>RFC 4180 fields of one line (quotes, doubled quotes).</summary>
    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    sb.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(sb.ToString().Trim());
                sb.Clear();
            }
            else
            {
                sb.Append(ch);
            }
        }

        fields.Add(sb.ToString().Trim());
        return [.. fields];
    }
}
