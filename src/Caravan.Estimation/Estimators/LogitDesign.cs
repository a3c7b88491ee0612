namespace Caravan.Estimation.Estimators;

/// <summary>
/// The data of a (penalised) logit on a dense column-major design: k columns of n rows, responses,
/// prior weights and an offset, and the fixed row partition every pass reduces over. Partitions are a
/// property of n alone (<see cref="PartitionRows"/> rows each, summed in partition order), so a pass
/// gives the same bits whether it runs on one thread or many.
/// </summary>
internal sealed class LogitDesign
{
    /// <summary>Rows per partition (a multiple of the SIMD width).</summary>
    public const int PartitionRows = 16_384;

    public LogitDesign(double[][] x, double[] y, double[]? weights, double[]? offset)
    {
        X = x;
        Y = y;
        Rows = y.Length;
        Columns = x.Length;
        Weights = weights ?? Enumerable.Repeat(1.0, Rows).ToArray();
        Offset = offset;
        Partitions = Math.Max(1, (Rows + PartitionRows - 1) / PartitionRows);
        if (x.Any(c => c.Length != Rows) || Weights.Length != Rows || (offset is not null && offset.Length != Rows))
        {
            throw new ArgumentException("Design columns, responses, weights and offset must have the same length.");
        }
    }

    public double[][] X { get; }

    public double[] Y { get; }

    public double[] Weights { get; }

    /// <summary>Offset of the linear predictor, or null for none.</summary>
    public double[]? Offset { get; }

    public int Rows { get; }

    public int Columns { get; }

    public int Partitions { get; }

    /// <summary>Size of a packed lower triangle of a k×k matrix.</summary>
    public int Packed => Columns * (Columns + 1) / 2;

    public (int From, int To) Partition(int p) => (p * PartitionRows, Math.Min(Rows, (p + 1) * PartitionRows));
}
