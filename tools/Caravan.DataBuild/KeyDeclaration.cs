using System.Text.RegularExpressions;

namespace Caravan.DataBuild;

/// <summary>
/// A natural key declared in a build script by a comment line <c>-- @key table: col1, col2</c>.
/// The build fails if the written table has a duplicate or NULL key.
/// </summary>
internal sealed partial record KeyDeclaration(string Table, IReadOnlyList<string> Columns)
{
    [GeneratedRegex(@"^\s*--\s*@key\s+([a-z0-9_]+)\s*:\s*(.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex KeyLine();

    internal static IReadOnlyList<KeyDeclaration> Parse(string sql) =>
        KeyLine().Matches(sql)
            .Select(m => new KeyDeclaration(
                m.Groups[1].Value,
                m.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
}
