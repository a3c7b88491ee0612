namespace Caravan.Core.Frames;

/// <summary>A named column of a <see cref="Frame"/>. Missing values are NaN (numeric) or null (text).</summary>
public abstract record Column(string Name)
{
    public abstract int Length { get; }

    public abstract bool IsMissing(int row);
}

/// <summary>A numeric column; NaN marks a missing value.</summary>
public sealed record NumericColumn(string Name, double[] Values) : Column(Name)
{
    public override int Length => Values.Length;

    public override bool IsMissing(int row) => double.IsNaN(Values[row]);
}

/// <summary>A text (categorical) column; null marks a missing value.</summary>
public sealed record TextColumn(string Name, string?[] Values) : Column(Name)
{
    public override int Length => Values.Length;

    public override bool IsMissing(int row) => Values[row] is null;
}
