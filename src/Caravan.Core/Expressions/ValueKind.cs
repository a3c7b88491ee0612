namespace Caravan.Core.Expressions;

/// <summary>The type of an expression's value.</summary>
public enum ValueKind
{
    /// <summary>Double; NaN is missing (R's NA).</summary>
    Numeric,

    /// <summary>TRUE/FALSE/NA, stored as 1/0/NaN; coerces to numeric 1/0 as in R.</summary>
    Logical,

    /// <summary>Text; null is missing.</summary>
    Text,
}

/// <summary>A column of values an expression evaluated to: <see cref="Numbers"/> for numeric and logical, <see cref="Texts"/> for text.</summary>
public sealed record ExprValues(ValueKind Kind, double[]? Numbers, string?[]? Texts)
{
    public int Length => Numbers?.Length ?? Texts!.Length;

    public static ExprValues Numeric(double[] v) => new(ValueKind.Numeric, v, null);

    public static ExprValues Logical(double[] v) => new(ValueKind.Logical, v, null);

    public static ExprValues Text(string?[] v) => new(ValueKind.Text, null, v);

    public bool IsMissing(int row) => Numbers is { } n ? double.IsNaN(n[row]) : Texts![row] is null;
}
