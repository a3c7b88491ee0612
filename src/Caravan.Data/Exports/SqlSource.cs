using System.Text.RegularExpressions;

namespace Caravan.Data.Exports;

/// <summary>Turns "a table name" or "a SELECT query" into a FROM-clause item.</summary>
internal static partial class SqlSource
{
    public static string From(string tableOrQuery)
    {
        var text = tableOrQuery.Trim().TrimEnd(';');
        if (text.Length == 0)
        {
            throw new ExportException("No table or query given to export.");
        }

        return TableName().IsMatch(text)
            ? string.Join('.', text.Split('.').Select(Quote))
            : $"({text})";
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex TableName();
}
