using Caravan.Core.Frames;

namespace Caravan.Estimation.Formula;

/// <summary>
/// One column of the design matrix: its name and how to compute it from any frame (with factor levels,
/// polynomial and spline constants baked in), so that prediction on new data reproduces the fit.
/// Missing or non-finite inputs give NaN.
/// </summary>
internal sealed record DesignColumn(string Name, Func<Frame, double[]> Evaluate);
