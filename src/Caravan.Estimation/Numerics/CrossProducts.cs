using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Caravan.Estimation.Numerics;

/// <summary>
/// The weighted cross-product matrix Σᵢ wᵢ(xₐᵢ − sₐ)(x_bᵢ − s_b) of column-major columns, the kernel of every
/// least-squares step. Rows are split across threads; each thread copies a block of rows of every column
/// (shifted, and once more multiplied by the weight) into a buffer that stays in cache and accumulates four
/// pairs of columns at a time in independent vector registers, so each value is read from memory once and
/// the multiply-adds are not serialised on one accumulator.
/// </summary>
internal static class CrossProducts
{
    private const int Block = 256;

    /// <summary>The m×m matrix (row-major, symmetric) for m = columns.Length; shift[a] (or 0) is subtracted from column a.</summary>
    public static double[] Weighted(double[][] columns, double[]? w, double[]? shift, int threads)
    {
        var m = columns.Length;
        var n = m == 0 ? 0 : columns[0].Length;
        var chunks = n < 50_000 ? 1 : Math.Max(1, threads);
        var parts = new double[chunks][];
        if (chunks == 1)
        {
            parts[0] = Range(columns, w, shift, 0, n);
        }
        else
        {
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, t =>
                parts[t] = Range(columns, w, shift, (int)((long)n * t / chunks), (int)((long)n * (t + 1) / chunks)));
        }

        var result = parts[0];
        for (var t = 1; t < chunks; t++)
        {
            for (var j = 0; j < result.Length; j++)
            {
                result[j] += parts[t][j];
            }
        }

        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < a; b++)
            {
                result[(b * m) + a] = result[(a * m) + b];
            }
        }

        return result;
    }

    /// <summary>The lower triangle of the cross products of rows [from, to).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] Range(double[][] columns, double[]? w, double[]? shift, int from, int to)
    {
        var m = columns.Length;
        var acc = new double[m * m];
        var u = new double[m * Block];
        var wu = w is null ? u : new double[m * Block];
        for (var b0 = from; b0 < to; b0 += Block)
        {
            var len = Math.Min(Block, to - b0);
            // Rows past len (last block) are zero in both buffers, so whole vectors can be used.
            var padded = (len + 3) & ~3;
            for (var a = 0; a < m; a++)
            {
                var dst = u.AsSpan(a * Block, padded);
                VectorOps.ShiftCopy(columns[a].AsSpan(b0, len), shift is null ? 0 : shift[a], dst);
                dst[len..].Clear();
                if (w is not null)
                {
                    var wd = wu.AsSpan(a * Block, padded);
                    VectorOps.Multiply(w.AsSpan(b0, len), dst, wd);
                    wd[len..].Clear();
                }
            }

            if (Vector256.IsHardwareAccelerated)
            {
                AccumulateVector(u, wu, acc, m, padded);
            }
            else
            {
                AccumulateScalar(u, wu, acc, m, len);
            }
        }

        return acc;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AccumulateVector(double[] u, double[] wu, double[] acc, int m, int padded)
    {
        ref var ur = ref u[0];
        ref var wr = ref wu[0];
        for (var a = 0; a < m; a++)
        {
            ref var pa = ref Unsafe.Add(ref wr, a * Block);
            var b = 0;
            for (; b + 3 <= a; b += 4)
            {
                ref var q0 = ref Unsafe.Add(ref ur, b * Block);
                ref var q1 = ref Unsafe.Add(ref ur, (b + 1) * Block);
                ref var q2 = ref Unsafe.Add(ref ur, (b + 2) * Block);
                ref var q3 = ref Unsafe.Add(ref ur, (b + 3) * Block);
                Vector256<double> s0 = default, s1 = default, s2 = default, s3 = default;
                for (var i = 0; i < padded; i += 4)
                {
                    var va = Vector256.LoadUnsafe(ref pa, (nuint)i);
                    s0 = MulAdd(va, Vector256.LoadUnsafe(ref q0, (nuint)i), s0);
                    s1 = MulAdd(va, Vector256.LoadUnsafe(ref q1, (nuint)i), s1);
                    s2 = MulAdd(va, Vector256.LoadUnsafe(ref q2, (nuint)i), s2);
                    s3 = MulAdd(va, Vector256.LoadUnsafe(ref q3, (nuint)i), s3);
                }

                acc[(a * m) + b] += Vector256.Sum(s0);
                acc[(a * m) + b + 1] += Vector256.Sum(s1);
                acc[(a * m) + b + 2] += Vector256.Sum(s2);
                acc[(a * m) + b + 3] += Vector256.Sum(s3);
            }

            for (; b <= a; b++)
            {
                ref var q0 = ref Unsafe.Add(ref ur, b * Block);
                Vector256<double> s0 = default, s1 = default;
                var i = 0;
                for (; i + 8 <= padded; i += 8)
                {
                    s0 = MulAdd(Vector256.LoadUnsafe(ref pa, (nuint)i), Vector256.LoadUnsafe(ref q0, (nuint)i), s0);
                    s1 = MulAdd(Vector256.LoadUnsafe(ref pa, (nuint)(i + 4)), Vector256.LoadUnsafe(ref q0, (nuint)(i + 4)), s1);
                }

                for (; i < padded; i += 4)
                {
                    s0 = MulAdd(Vector256.LoadUnsafe(ref pa, (nuint)i), Vector256.LoadUnsafe(ref q0, (nuint)i), s0);
                }

                acc[(a * m) + b] += Vector256.Sum(s0 + s1);
            }
        }
    }

    private static void AccumulateScalar(double[] u, double[] wu, double[] acc, int m, int len)
    {
        for (var a = 0; a < m; a++)
        {
            var pa = wu.AsSpan(a * Block, len);
            for (var b = 0; b <= a; b++)
            {
                var qb = u.AsSpan(b * Block, len);
                double s = 0;
                for (var i = 0; i < len; i++)
                {
                    s += pa[i] * qb[i];
                }

                acc[(a * m) + b] += s;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> MulAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c) =>
        Fma.IsSupported ? Fma.MultiplyAdd(a, b, c) : (a * b) + c;
}
