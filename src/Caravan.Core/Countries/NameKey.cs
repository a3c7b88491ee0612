using System.Text;

namespace Caravan.Core.Countries;

/// <summary>
/// Normalises a country name for matching: accents folded (the app runs with invariant globalization, so
/// Latin diacritics are folded by table), lower case, '&amp;' read as 'and', every run of other characters
/// than letters and digits turned into one space. "Côte d'Ivoire" and "cote d ivoire" get the same key.
/// </summary>
internal static class NameKey
{
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text.ToLowerInvariant())
        {
            if (raw == '&')
            {
                Append(sb, "and", ref pendingSpace);
                pendingSpace = true;
                continue;
            }

            var c = Fold(raw);
            if (c is "")
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            Append(sb, c, ref pendingSpace);
        }

        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string s, ref bool pendingSpace)
    {
        if (pendingSpace && sb.Length > 0)
        {
            sb.Append(' ');
        }

        pendingSpace = false;
        sb.Append(s);
    }

    private static string Fold(char c)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return c.ToString();
        }

        switch (c)
        {
            case 'ß': return "ss";
            case 'æ': return "ae";
            case 'œ': return "oe";
            case 'þ': return "th";
        }

        var i = Accented.IndexOf(c, StringComparison.Ordinal);
        if (i >= 0)
        {
            return Plain[i].ToString();
        }

        // Other letters (Cyrillic, Chinese, ...) are kept as they are; everything else separates words.
        return char.IsLetterOrDigit(c) ? c.ToString() : "";
    }
}
