namespace Caravan.Core.Countries;

/// <summary>
/// Nearest country names to a text that matched nothing: the best of edit-distance similarity
/// (1 - Levenshtein / longer length) and token overlap (Dice coefficient on words, words within one edit
/// counting as equal), taken over every known name, best per state.
/// </summary>
internal static class Suggester
{
    public const double Threshold = 0.5;

    public static IReadOnlyList<int> Nearest(string text, IEnumerable<NameEntry> names, int max = 5)
    {
        var key = NameKey.Of(text);
        if (key.Length == 0)
        {
            return [];
        }

        var best = new Dictionary<int, double>();
        foreach (var n in names)
        {
            var score = Score(key, n.Key);
            if (score >= Threshold && (!best.TryGetValue(n.CowCode, out var b) || score > b))
            {
                best[n.CowCode] = score;
            }
        }

        return best.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(max).Select(kv => kv.Key).ToList();
    }

    internal static double Score(string a, string b)
    {
        var edit = 1.0 - (double)Levenshtein(a, b) / Math.Max(a.Length, b.Length);
        return Math.Max(edit, TokenDice(a.Split(' '), b.Split(' ')));
    }

    private static double TokenDice(string[] a, string[] b)
    {
        var matched = 0;
        var used = new bool[b.Length];
        foreach (var t in a)
        {
            for (var j = 0; j < b.Length; j++)
            {
                if (!used[j] && (t == b[j] || (t.Length >= 5 && b[j].Length >= 5 && Levenshtein(t, b[j]) <= 1)))
                {
                    used[j] = true;
                    matched++;
                    break;
                }
            }
        }

        return 2.0 * matched / (a.Length + b.Length);
    }

    internal static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
