namespace Caravan.Estimation.Formula;

/// <summary>
/// fixest's stepwise functions, expanded on the formula text before parsing: <c>sw(a, b)</c> gives one
/// formula per argument (<c>… + a</c>, <c>… + b</c>); <c>csw(a, b)</c> adds them cumulatively
/// (<c>… + a</c>, <c>… + a + b</c>); <c>sw0</c>/<c>csw0</c> start with the formula without them. They may
/// stand on the right-hand side or among the fixed effects (after <c>|</c>). As in fixest, one stepwise
/// function per formula. A formula without one expands to itself.
/// </summary>
public static class StepwiseExpansion
{
    private static readonly string[] Names = ["csw0", "sw0", "csw", "sw"];

    /// <summary>The formulas a (possibly stepwise) formula stands for, in fixest's order.</summary>
    public static IReadOnlyList<string> Expand(string formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        var calls = FindCalls(formula);
        if (calls.Count == 0)
        {
            return [formula];
        }

        if (calls.Count > 1)
        {
            throw new EstimationException(
                $"Formula position {calls[1].Start + 1}: only one stepwise function (sw, csw, sw0, csw0) per formula, as in fixest.");
        }

        var call = calls[0];
        var args = SplitArguments(formula, call);
        var cumulative = call.Name.StartsWith('c');
        var withEmpty = call.Name.EndsWith('0');
        var steps = new List<string>();
        if (withEmpty)
        {
            steps.Add(string.Empty);
        }

        for (var i = 0; i < args.Count; i++)
        {
            steps.Add(cumulative ? string.Join(" + ", args.Take(i + 1)) : args[i]);
        }

        return steps.Select(s => Substitute(formula, call, s)).ToArray();
    }

    private sealed record Call(string Name, int Start, int Open, int Close);

    private static List<Call> FindCalls(string f)
    {
        var calls = new List<Call>();
        for (var i = 0; i < f.Length; i++)
        {
            if (!char.IsLetter(f[i]) || (i > 0 && (char.IsLetterOrDigit(f[i - 1]) || f[i - 1] is '_' or '.')))
            {
                continue;
            }

            foreach (var name in Names)
            {
                if (string.CompareOrdinal(f, i, name, 0, name.Length) != 0)
                {
                    continue;
                }

                var j = i + name.Length;
                while (j < f.Length && char.IsWhiteSpace(f[j]))
                {
                    j++;
                }

                if (j < f.Length && f[j] == '(' && (i + name.Length >= f.Length || !char.IsLetterOrDigit(f[i + name.Length])))
                {
                    calls.Add(new Call(name, i, j, MatchingParen(f, j)));
                    i = j;
                    break;
                }
            }
        }

        return calls;
    }

    private static int MatchingParen(string f, int open)
    {
        var depth = 0;
        for (var i = open; i < f.Length; i++)
        {
            depth += f[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        throw new EstimationException($"Formula position {open + 1}: '(' is never closed.");
    }

    private static List<string> SplitArguments(string f, Call call)
    {
        var args = new List<string>();
        var depth = 0;
        var start = call.Open + 1;
        for (var i = call.Open + 1; i <= call.Close; i++)
        {
            var ch = f[i];
            if (ch == '(')
            {
                depth++;
            }
            else if ((ch == ')' && depth == 0) || (ch == ',' && depth == 0))
            {
                var arg = f[start..i].Trim();
                if (arg.Length == 0)
                {
                    throw new EstimationException($"Formula position {i + 1}: empty argument in {call.Name}().");
                }

                args.Add(arg);
                start = i + 1;
            }
            else if (ch == ')')
            {
                depth--;
            }
        }

        return args;
    }

    /// <summary>Puts <paramref name="step"/> where the call was; an empty step removes the call and its '+'.</summary>
    private static string Substitute(string f, Call call, string step)
    {
        var before = f[..call.Start];
        var after = f[(call.Close + 1)..];
        if (step.Length > 0)
        {
            return before + step + after;
        }

        var b = before.TrimEnd();
        var a = after.TrimStart();
        if (b.EndsWith('+'))
        {
            return b[..^1].TrimEnd() + (a.Length > 0 ? " " + a : string.Empty);
        }

        if (a.StartsWith('+'))
        {
            return b + " " + a[1..].TrimStart();
        }

        // Alone on its side: "y ~ sw0(x)" → "y ~ 1"; "| sw0(fe)" → no fixed effects.
        if (b.EndsWith('|'))
        {
            return (b[..^1].TrimEnd() + " " + a).TrimEnd();
        }

        return b + " 1" + (a.Length > 0 ? " " + a : string.Empty);
    }
}
