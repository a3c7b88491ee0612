using System.Runtime.CompilerServices;
using Caravan.Core.Expressions;
using Caravan.Core.Frames;

namespace Caravan.Estimation.Formula;

/// <summary>
/// Numeric values of a formula expression over a frame, through the one grammar's evaluator
/// (<see cref="ExpressionEvaluator"/>); its errors become <see cref="EstimationException"/>s naming the
/// formula position. The evaluator (and so a lag's panel index) is reused per frame.
/// </summary>
internal static class TermValues
{
    private static readonly ConditionalWeakTable<Frame, ExpressionEvaluator> Cache = [];

    public static double[] Evaluate(Expr e, Frame frame, PanelKeys? keys = null)
    {
        try
        {
            return For(frame, keys).Numeric(e);
        }
        catch (ExpressionException x)
        {
            throw new EstimationException(x.Describe("Formula"), x);
        }
    }

    /// <summary>The type of <paramref name="e"/> over the frame.</summary>
    public static ValueKind KindOf(Expr e, Frame frame)
    {
        try
        {
            return ExpressionTypes.Infer(e, frame);
        }
        catch (ExpressionException x)
        {
            throw new EstimationException(x.Describe("Formula"), x);
        }
    }

    private static ExpressionEvaluator For(Frame frame, PanelKeys? keys)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(frame, out var ev) && Same(ev.Panel, keys ?? PanelKeys.Infer(frame)))
            {
                return ev;
            }

            ev = new ExpressionEvaluator(frame, keys);
            Cache.AddOrUpdate(frame, ev);
            return ev;
        }
    }

    private static bool Same(PanelKeys? a, PanelKeys? b) =>
        a is null ? b is null : b is not null && a.Time == b.Time && a.Id.SequenceEqual(b.Id);
}
