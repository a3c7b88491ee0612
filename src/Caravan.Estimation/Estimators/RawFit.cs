namespace Caravan.Estimation.Estimators;

/// <summary>What an estimator hands to <see cref="ResultAssembler"/>.</summary>
internal sealed record RawFit
{
    public required double[] Beta { get; init; }

    public required int[] Kept { get; init; }

    public required Dictionary<int, string> DroppedWhy { get; init; }

    public required double[] Bread { get; init; }

    /// <summary>The n×K row-major scores, formed when first asked for (see <see cref="Results.FitResult.Scores"/>).</summary>
    public required Func<double[]> Scores { get; init; }

    public required double[] Fitted { get; init; }

    public required double[] Eta { get; init; }

    public required double Dispersion { get; init; }

    public int Iterations { get; init; }

    public bool Converged { get; init; } = true;

    public List<string> Notes { get; init; } = [];

    public double Deviance { get; init; } = double.NaN;

    public double NullDeviance { get; init; } = double.NaN;

    public double LogLik { get; init; } = double.NaN;

    public double NullLogLik { get; init; } = double.NaN;

    public double WithinR2 { get; init; } = double.NaN;

    public double Rss { get; init; } = double.NaN;
}
