using System.Globalization;
using System.Text.RegularExpressions;

namespace Caravan.Data.Panels.Joins;

/// <summary>
/// Finds the key columns of a user table: a year column and one (monadic) or two (dyadic, side 1 first) country columns,
/// from the keys given (<c>col</c> or <c>col=kind</c>) or, when none are given, from the column names (iso3, ccode,
/// gwcode, country, ... with suffixes 1/2, _a/_b, _o/_d; reporter/partner, exporter/importer, origin/destination).
/// A country column's kind comes from its name or else from its values (three letters = ISO3, integers = COW codes,
/// other text = names).
/// </summary>
public static partial class JoinKeyInference
{
    /// <summary>Returns the country key columns (1 or 2, side 1 first) and the year column.</summary>
    /// <param name="source">Display name of the table, for messages.</param>
    /// <param name="columns">The table's columns.</param>
    /// <param name="given">Keys given by the user (may be empty).</param>
    /// <param name="sample">Distinct non-null values of a column, as text (a sample is enough).</param>
    public static (IReadOnlyList<KeyColumn> Countries, KeyColumn Year) Infer(string source, IReadOnlyList<string> columns, IReadOnlyList<string> given, Func<string, IReadOnlyList<string>> sample)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(sample);
        var keys = given.Count > 0 ? Given(source, columns, given, sample) : Named(source, columns, sample);
        var years = keys.Where(k => k.Kind == KeyKind.Year).ToArray();
        var countries = keys.Where(k => k.Kind != KeyKind.Year).ToArray();
        if (years.Length != 1)
        {
            throw new PanelException($"{source}: {(years.Length == 0 ? "no year column" : "more than one year column (" + string.Join(", ", years.Select(y => y.Column)) + ")")} among the keys; " +
                $"name it with the keys, e.g. --join {source}:iso3,year. Columns: {string.Join(", ", columns)}.");
        }

        if (countries.Length is < 1 or > 2)
        {
            throw new PanelException($"{source}: {(countries.Length == 0 ? "no country column" : countries.Length + " country columns (" + string.Join(", ", countries.Select(c => c.Column)) + ")")} among the keys; " +
                $"a user table joins by one country (state-year data) or two (dyad-year data) and a year, e.g. --join {source}:iso3,year or {source}:ccode1,ccode2,year. Columns: {string.Join(", ", columns)}.");
        }

        return (countries, years[0]);
    }

    private static List<KeyColumn> Given(string source, IReadOnlyList<string> columns, IReadOnlyList<string> given, Func<string, IReadOnlyList<string>> sample)
    {
        var keys = new List<KeyColumn>();
        foreach (var g in given)
        {
            var parts = g.Split('=', 2, StringSplitOptions.TrimEntries);
            var column = columns.FirstOrDefault(c => c.Equals(parts[0], StringComparison.OrdinalIgnoreCase))
                ?? throw new PanelException($"{source}: key column '{parts[0]}' is not in the table. Columns: {string.Join(", ", columns)}.");
            KeyKind kind;
            if (parts.Length == 2)
            {
                kind = parts[1].ToLowerInvariant() switch
                {
                    "iso3" or "iso" => KeyKind.Iso3,
                    "cow" or "ccode" => KeyKind.Cow,
                    "gw" or "gwcode" => KeyKind.Gw,
                    "name" or "country" => KeyKind.Name,
                    "year" => KeyKind.Year,
                    var k => throw new PanelException($"{source}: key kind '{k}' of column {column}: use iso3, ccode, gwcode, name or year."),
                };
            }
            else
            {
                kind = NameKind(column) ?? (YearName().IsMatch(column) ? KeyKind.Year : ValueKind(column, sample(column)));
            }

            keys.Add(new KeyColumn(column, kind));
        }

        // Without a column named like a year, the last given key is the year.
        if (keys.All(k => k.Kind != KeyKind.Year) && keys.Count >= 2)
        {
            keys[^1] = keys[^1] with { Kind = KeyKind.Year };
        }

        return keys;
    }

    private static List<KeyColumn> Named(string source, IReadOnlyList<string> columns, Func<string, IReadOnlyList<string>> sample)
    {
        var keys = new List<(KeyColumn Key, int Order)>();
        foreach (var c in columns)
        {
            if (YearName().IsMatch(c))
            {
                keys.Add((new KeyColumn(c, KeyKind.Year), 99));
                continue;
            }

            var m = CountryName().Match(c);
            if (!m.Success)
            {
                continue;
            }

            var kind = NameKind(c) ?? ValueKind(c, sample(c));
            keys.Add((new KeyColumn(c, kind), SideOrder(m.Groups["base"].Value, m.Groups["side"].Value)));
        }

        if (keys.Count(k => k.Key.Kind != KeyKind.Year) > 2)
        {
            throw new PanelException($"{source}: cannot tell the key columns apart ({string.Join(", ", keys.Where(k => k.Key.Kind != KeyKind.Year).Select(k => k.Key.Column))}); give them, e.g. --join {source}:iso3,year.");
        }

        return keys.OrderBy(k => k.Order).Select(k => k.Key).ToList();
    }

    private static int SideOrder(string baseName, string side)
    {
        var b = baseName.ToLowerInvariant();
        if (b is "reporter" or "exporter" or "origin" or "sender" or "source")
        {
            return 1;
        }

        if (b is "partner" or "importer" or "destination" or "receiver" or "target")
        {
            return 2;
        }

        return side.TrimStart('_').ToLowerInvariant() switch
        {
            "2" or "b" or "d" or "j" => 2,
            _ => 1,
        };
    }

    private static KeyKind? NameKind(string column)
    {
        var c = column.ToLowerInvariant();
        return c.StartsWith("iso", StringComparison.Ordinal) ? KeyKind.Iso3
            : c.StartsWith("ccode", StringComparison.Ordinal) || c.StartsWith("cow", StringComparison.Ordinal) ? KeyKind.Cow
            : c.StartsWith("gw", StringComparison.Ordinal) ? KeyKind.Gw
            : null; // country, name, reporter, ...: decided by the values
    }

    private static KeyKind ValueKind(string column, IReadOnlyList<string> values)
    {
        if (values.Count > 0 && values.All(v => long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)))
        {
            return KeyKind.Cow;
        }

        return values.Count > 0 && values.All(v => v.Length == 3 && v.All(char.IsAsciiLetterUpper)) ? KeyKind.Iso3 : KeyKind.Name;
    }

    [GeneratedRegex("^(year|yr)$", RegexOptions.IgnoreCase)]
    private static partial Regex YearName();

    [GeneratedRegex("^(?<base>iso3?c?|iso_?a3|iso3_?code|ccode|cowcode|cow|cow_?code|gwcode|gwno|gw|gw_?code|country|country_?name|countryname|country_?code|name|state|statename|reporter|partner|exporter|importer|origin|destination|sender|receiver)(?<side>_?[12abodij])?$", RegexOptions.IgnoreCase)]
    private static partial Regex CountryName();
}
