using Caravan.Estimation;

namespace Caravan.Web.Api;

/// <summary>The model fitter's form: the options of <c>caravan fit</c> on a panel this server built.</summary>
internal sealed record FitForm
{
    public const int MaxFormulaLength = 400;
    public const int MaxNesting = 6;
    public const int MaxTerms = 40;

    /// <summary>Id of a panel built by POST /api/panel.</summary>
    public string Panel { get; init; } = "";

    public string Model { get; init; } = "logit";

    public string Formula { get; init; } = "";

    public string? Vcov { get; init; }

    public static ModelKind? Kind(string model) => model.Trim().ToLowerInvariant() switch
    {
        "ols" or "lm" => ModelKind.Ols,
        "logit" => ModelKind.Logit,
        "probit" => ModelKind.Probit,
        "poisson" or "ppml" => ModelKind.Poisson,
        "firth" => ModelKind.FirthLogit,
        _ => null,
    };

    /// <summary>Checks the formula's size before the parser sees it (a "formula bomb" is refused, not parsed).</summary>
    public void Validate()
    {
        if (Kind(Model ?? "") is null)
        {
            throw new EstimationException($"Unknown model '{Caravan.Web.Security.JsonBody.Truncate(Model ?? "", 30)}'. Use ols, logit, probit, poisson, ppml or firth (relogit: use the CLI).");
        }

        var f = Formula ?? "";
        if (f.Trim().Length == 0)
        {
            throw new EstimationException("--formula is empty; write e.g. \"cowmidonset ~ contig + capdist\".");
        }

        if (f.Length > MaxFormulaLength)
        {
            throw new EstimationException($"--formula is {f.Length} characters; the web fitter takes at most {MaxFormulaLength} (use the CLI for longer ones).");
        }

        var depth = 0;
        var deepest = 0;
        foreach (var ch in f)
        {
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            deepest = Math.Max(deepest, depth);
        }

        if (deepest > MaxNesting)
        {
            throw new EstimationException($"--formula nests parentheses {deepest} deep; the web fitter allows {MaxNesting}.");
        }

        var operators = f.Count(c => c is '+' or '*' or ':' or '^' or '|' or ',');
        if (operators > MaxTerms)
        {
            throw new EstimationException($"--formula has {operators} operators; the web fitter allows {MaxTerms} terms.");
        }

        if (f.Count(c => c == '*') > 4)
        {
            throw new EstimationException("--formula: more than 4 '*' interactions expand to too many terms for the web fitter; use ':' for the products you need.");
        }

        if (Vcov is { Length: > 100 })
        {
            throw new EstimationException("--vcov: at most 100 characters.");
        }
    }
}
