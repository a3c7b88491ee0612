namespace Caravan.Core;

/// <summary>A bibliographic reference for a data source, indicator or method.</summary>
/// <param name="Key">Short key, e.g. "Barbieri2009".</param>
/// <param name="Text">The full reference as it should be printed.</param>
/// <param name="Doi">The DOI, if any (without the https://doi.org/ prefix).</param>
public sealed record Citation(string Key, string Text, string? Doi = null)
{
    public override string ToString() => Doi is null ? Text : $"{Text} doi:{Doi}";
}
