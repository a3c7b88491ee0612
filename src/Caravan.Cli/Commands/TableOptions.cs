using System.CommandLine;
using System.Globalization;
using Caravan.Core.Provenance;
using Caravan.Estimation;
using Caravan.Reporting.Tables;

namespace Caravan.Cli.Commands;

/// <summary>
/// The table options of `fit` (names after fixest's etable): --dict, --rename, --keep, --drop, --digits,
/// --stats, --stars, --note, --title, --name, --html-fragment; <see cref="From"/> turns them into a
/// <see cref="RegressionTable"/>. Bad values throw <see cref="EstimationException"/> before any fitting.
/// </summary>
internal static class TableOptions
{
    public static readonly Option<string?> Dict = new("--dict")
    {
        Description = "File of term labels: CSV 'term,label' or lines 'term = label' (# comments), as fixest's dict.",
    };

    public static readonly Option<string[]> Rename = new("--rename")
    {
        Description = "Label a term: --rename \"log(gdp)=Log GDP\" (repeatable; wins over --dict).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static readonly Option<string[]> Keep = new("--keep")
    {
        Description = "Show only terms matching a regular expression (repeatable; on the label, '%' prefix: on the original name), as etable.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static readonly Option<string[]> Drop = new("--drop")
    {
        Description = "Hide terms matching a regular expression (repeatable; as --keep), e.g. --drop \"^year::\".",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static readonly Option<int> Digits = new("--digits") { Description = "Decimals (default 3).", DefaultValueFactory = _ => 3 };

    public static readonly Option<string?> Stats = new("--stats")
    {
        Description = "Fit statistics, comma-separated: n, r2, ar2, wr2, pr2, sqcor, ll, rmse, aic, bic (default n,r2,wr2,pr2,ll); 'none'.",
    };

    public static readonly Option<string?> Stars = new("--stars")
    {
        Description = "Significance marks, e.g. \"*=0.1,**=0.05,***=0.01\" (default, etable's) or \"+=0.1,*=0.05,**=0.01,***=0.001\" (modelsummary's); 'none'.",
    };

    public static readonly Option<string[]> Notes = new("--note") { Description = "A note below the table (repeatable).", Arity = ArgumentArity.ZeroOrMore };

    public static readonly Option<string?> Title = new("--title") { Description = "Table caption." };

    public static readonly Option<string[]> Names = new("--name")
    {
        Description = "Column header of each model, in order (repeatable; default (1), (2), ...).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static readonly Option<bool> HtmlFragment = new("--html-fragment")
    {
        Description = "--out .html: write the <table> only (default: a complete HTML document).",
    };

    public static void AddTo(Command cmd)
    {
        foreach (var o in new Option[] { Dict, Rename, Keep, Drop, Digits, Stats, Stars, Notes, Title, Names, HtmlFragment })
        {
            cmd.Options.Add(o);
        }
    }

    public static RegressionTable From(ParseResult parse)
    {
        var rename = new Dictionary<string, string>(StringComparer.Ordinal);
        if (parse.GetValue(Dict) is { } dict)
        {
            foreach (var (term, label) in TermDictionary.Read(dict))
            {
                rename[term] = label;
            }
        }

        foreach (var r in parse.GetValue(Rename) ?? [])
        {
            var eq = r.LastIndexOf('=');
            if (eq <= 0 || eq == r.Length - 1)
            {
                throw new EstimationException($"--rename '{r}': expected term=label.");
            }

            rename[r[..eq].Trim()] = r[(eq + 1)..].Trim();
        }

        var digits = parse.GetValue(Digits);
        if (digits is < 0 or > 15)
        {
            throw new EstimationException($"--digits must be between 0 and 15; got {digits}.");
        }

        var table = RegressionTable.Default with
        {
            Rename = rename,
            Keep = parse.GetValue(Keep) ?? [],
            Drop = parse.GetValue(Drop) ?? [],
            Digits = digits,
            Notes = parse.GetValue(Notes) ?? [],
            Title = parse.GetValue(Title),
            HtmlDocument = !parse.GetValue(HtmlFragment),
        };
        if (parse.GetValue(Names) is { Length: > 0 } names)
        {
            table = table with { ModelNames = names };
        }

        if (parse.GetValue(Stats) is { } stats)
        {
            table = table with { Statistics = ParseStats(stats) };
        }

        if (parse.GetValue(Stars) is { } stars)
        {
            table = table with { Stars = ParseStars(stars) };
        }

        // Compile the patterns now so that a bad regex is reported before fitting.
        try
        {
            RegressionTableRenderer.Validate(table);
        }
        catch (ArgumentException e)
        {
            throw new EstimationException(e.Message, e);
        }

        return table;
    }

    /// <summary>The table written to files records the software and commit that made it.</summary>
    public static RegressionTable ForFile(RegressionTable table) => table with { Provenance = BuildInfo.Stamp };

    internal static IReadOnlyList<FitStatistic> ParseStats(string text)
    {
        if (text.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant() switch
        {
            "n" or "nobs" => FitStatistic.Observations,
            "r2" => FitStatistic.R2,
            "ar2" => FitStatistic.AdjustedR2,
            "wr2" => FitStatistic.WithinR2,
            "pr2" => FitStatistic.PseudoR2,
            "sqcor" or "sq.cor" => FitStatistic.SquaredCorrelation,
            "ll" => FitStatistic.LogLikelihood,
            "rmse" => FitStatistic.Rmse,
            "aic" => FitStatistic.Aic,
            "bic" => FitStatistic.Bic,
            _ => throw new EstimationException($"--stats: unknown statistic '{s}'; use n, r2, ar2, wr2, pr2, sqcor, ll, rmse, aic, bic or none."),
        }).ToArray();
    }

    internal static IReadOnlyList<StarLevel> ParseStars(string text)
    {
        if (text.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var levels = new List<StarLevel>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.LastIndexOf('=');
            if (eq <= 0
                || !double.TryParse(part[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var p)
                || p is <= 0 or >= 1)
            {
                throw new EstimationException($"--stars: '{part}' should be symbol=p with p in (0, 1), e.g. **=0.05.");
            }

            levels.Add(new StarLevel(p, part[..eq].Trim()));
        }

        return levels;
    }
}
