namespace Caravan.Estimation.Numerics;

/// <summary>Parallel reduction of a length-m accumulator over n rows split into contiguous chunks.</summary>
internal static class ParallelSum
{
    public delegate void Body(int from, int to, double[] acc);

    public static int Threads { get; set; } = Environment.ProcessorCount;

    public static double[] Accumulate(int n, int m, Body body, bool symmetrize = false)
    {
        var chunks = n < 20_000 ? 1 : Math.Max(1, Threads);
        var partial = new double[chunks][];
        if (chunks == 1)
        {
            partial[0] = new double[m];
            body(0, n, partial[0]);
        }
        else
        {
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, c =>
            {
                var acc = new double[m];
                body((int)((long)n * c / chunks), (int)((long)n * (c + 1) / chunks), acc);
                partial[c] = acc;
            });
        }

        var result = partial[0];
        for (var c = 1; c < chunks; c++)
        {
            for (var j = 0; j < m; j++)
            {
                result[j] += partial[c][j];
            }
        }

        if (symmetrize)
        {
            var k = (int)Math.Sqrt(m);
            for (var a = 0; a < k; a++)
            {
                for (var b = 0; b < a; b++)
                {
                    result[(b * k) + a] = result[(a * k) + b];
                }
            }
        }

        return result;
    }
}
