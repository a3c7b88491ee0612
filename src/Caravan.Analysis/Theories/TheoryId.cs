namespace Caravan.Analysis.Theories;

/// <summary>The rival theories Caravan tests.</summary>
public enum TheoryId
{
    Liberal,
    KantianTriangle,
    Realist,
    Barbieri,
    Copeland,
    Regionalism,
}
