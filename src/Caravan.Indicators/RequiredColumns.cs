using Caravan.Core.Frames;

namespace Caravan.Indicators;

/// <summary>Looks up the input columns an indicator needs, with an error that says what is missing and how to get it.</summary>
internal static class RequiredColumns
{
    public static double[] Numeric(Frame frame, string column, string indicator, string hint)
    {
        if (!frame.TryGet(column, out var c))
        {
            throw new IndicatorInputException(
                $"{indicator} needs the numeric column '{column}', which the panel lacks ({hint}). "
                + $"Columns present: {string.Join(", ", frame.Columns.Select(x => x.Name))}.");
        }

        return c is NumericColumn n
            ? n.Values
            : throw new IndicatorInputException($"{indicator}: column '{column}' is text; it must be numeric ({hint}).");
    }

    public static Frame AddAll(Frame frame, params NumericColumn[] columns)
    {
        foreach (var c in columns)
        {
            frame = frame.With(c);
        }

        return frame;
    }
}
