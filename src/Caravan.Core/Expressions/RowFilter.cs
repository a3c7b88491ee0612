using Caravan.Core.Frames;

namespace Caravan.Core.Expressions;

/// <summary>
/// A condition over a frame's rows (<c>fit --where</c>): rows where it is TRUE are kept; FALSE and NA are
/// dropped, as dplyr::filter and fixest's <c>subset</c>. Lags in the condition use the full frame.
/// </summary>
public static class RowFilter
{
    /// <param name="frame">The data.</param>
    /// <param name="condition">E.g. <c>year >= 1950 &amp; !is.na(cinc1)</c>.</param>
    /// <param name="panel">Panel keys for l()/f() (null: inferred from the frame).</param>
    /// <param name="option">The option name for errors, e.g. "--where".</param>
    public static bool[] Rows(Frame frame, string condition, PanelKeys? panel = null, string option = "--where")
    {
        ArgumentNullException.ThrowIfNull(frame);
        try
        {
            var e = ExpressionParser.Parse(condition ?? string.Empty, "condition");
            return new ExpressionEvaluator(frame, panel).Condition(e);
        }
        catch (ExpressionException x)
        {
            throw new ExpressionException(x.Describe(option, condition), x);
        }
    }
}
