namespace Caravan.Analysis.Theories;

/// <summary>A theory's verdict.</summary>
public enum Verdict
{
    Supported,
    Mixed,
    NotSupported,
}
