using System.Text.RegularExpressions;

namespace Caravan.Reporting.Tables;

/// <summary>
/// The regular expressions of <see cref="RegressionTable.Keep"/> and <see cref="RegressionTable.Drop"/>, as
/// fixest's etable: a pattern matches the displayed label (after renaming); with a leading '%' it matches
/// the original term name. A bad pattern is an <see cref="ArgumentException"/> naming it.
/// </summary>
internal static class TermPatterns
{
    internal sealed record Pattern(Regex Regex, bool OnOriginal);

    public static IReadOnlyList<Pattern> Compile(IReadOnlyList<string> patterns, string what)
    {
        var list = new List<Pattern>(patterns.Count);
        foreach (var p in patterns)
        {
            var original = p.StartsWith('%');
            var text = original ? p[1..] : p;
            try
            {
                list.Add(new Pattern(new Regex(text, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), original));
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"--{what} '{p}' is not a valid regular expression: {e.Message}", e);
            }
        }

        return list;
    }

    public static bool Matches(IReadOnlyList<Pattern> patterns, string term, string label) =>
        patterns.Any(p => p.Regex.IsMatch(p.OnOriginal ? term : label));
}
