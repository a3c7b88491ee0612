namespace Caravan.Estimation.Numerics;

/// <summary>
/// A small immutable row-major matrix (bread K×K, vcov K×K, scores n×K).
/// The backing array is shared, never copied on read; do not mutate it after construction.
/// </summary>
public sealed class DenseMatrix
{
    internal DenseMatrix(int rows, int cols, double[] data)
    {
        if (data.Length != (long)rows * cols)
        {
            throw new ArgumentException($"Matrix data has {data.Length} values; expected {rows}×{cols}.", nameof(data));
        }

        Rows = rows;
        Cols = cols;
        Data = data;
    }

    public int Rows { get; }

    public int Cols { get; }

    /// <summary>Row-major values (length Rows×Cols).</summary>
    internal double[] Data { get; }

    public double this[int row, int col] => Data[(row * Cols) + col];

    public ReadOnlySpan<double> Row(int row) => Data.AsSpan(row * Cols, Cols);

    public double[] Diagonal()
    {
        var n = Math.Min(Rows, Cols);
        var d = new double[n];
        for (var i = 0; i < n; i++)
        {
            d[i] = Data[(i * Cols) + i];
        }

        return d;
    }

    public double[,] ToArray()
    {
        var a = new double[Rows, Cols];
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < Cols; j++)
            {
                a[i, j] = Data[(i * Cols) + j];
            }
        }

        return a;
    }
}
