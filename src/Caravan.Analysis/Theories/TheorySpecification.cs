namespace Caravan.Analysis.Theories;

/// <summary>
/// A theory as a testable specification: a logit of MID onset on its key terms plus the common controls
/// (<see cref="StudyColumns.Controls"/>) and a cubic in peace-years, with dyad-clustered standard errors.
/// </summary>
/// <param name="Id">Which theory.</param>
/// <param name="Name">Display name.</param>
/// <param name="Claim">The claim in plain words.</param>
/// <param name="Citation">The work the specification follows.</param>
/// <param name="KeyTerms">The terms whose evidence decides the verdict.</param>
/// <param name="OtherTerms">Further regressors the theory needs that are not judged (e.g. the components of a product).</param>
/// <param name="Products">Product regressors and their factors.</param>
public sealed record TheorySpecification(
    TheoryId Id,
    string Name,
    string Claim,
    string Citation,
    IReadOnlyList<KeyTerm> KeyTerms,
    IReadOnlyList<string> OtherTerms,
    IReadOnlyList<ProductTerm> Products)
{
    /// <summary>The regressors in order: key terms, other terms, then the controls not already present.</summary>
    public IReadOnlyList<string> Regressors(IReadOnlyList<string> controls)
    {
        var list = new List<string>();
        foreach (var t in KeyTerms.Select(k => k.Term).Concat(OtherTerms).Concat(controls))
        {
            if (!list.Contains(t))
            {
                list.Add(t);
            }
        }

        return list;
    }

    /// <summary>The columns a panel needs for this theory (products' factors instead of the products).</summary>
    public IReadOnlyList<string> RequiredColumns(IReadOnlyList<string> controls)
    {
        var products = Products.ToDictionary(p => p.Name);
        return Regressors(controls)
            .SelectMany(r => products.TryGetValue(r, out var p) ? new[] { p.Left, p.Right } : new[] { r })
            .Distinct()
            .ToArray();
    }
}
