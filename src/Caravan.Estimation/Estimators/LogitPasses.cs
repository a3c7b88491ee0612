using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Caravan.Estimation.Estimators;

/// <summary>
/// The two O(n k²) passes of a (Firth-penalised) logit Newton iteration, blocked and SIMD (4 rows per
/// <see cref="Vector256{T}"/>): pass 1 computes η = offset + Xβ, π, the working weights w·π(1−π), the
/// log-likelihood and X'diag(w π(1−π))X in one read of X; pass 2 the hat diagonal hᵢ = wᵢπᵢ(1−πᵢ)‖L⁻¹xᵢ‖²
/// and the (modified) score X'[w(y−π) + h(½−π)] in a second. Rows are split into the design's fixed
/// partitions (run on up to <c>threads</c> threads) whose partial sums are added in partition order, so
/// results do not depend on the thread count. Nothing is allocated per pass beyond the caller's buffers
/// (accumulators live on the stack for k ≤ 40).
/// </summary>
internal static class LogitPasses
{
    private const int W = 4;
    private const int StackColumns = 40;

    /// <summary>
    /// Pass 1 at β: fills <paramref name="pi"/> and <paramref name="wt"/> (w·π(1−π)), writes the k×k
    /// information into <paramref name="info"/> and returns Σ w[y log π + (1−y) log(1−π)] (rows with w = 0 add 0).
    /// <paramref name="partials"/> needs <see cref="PartialsLength"/> doubles.
    /// </summary>
    public static double Information(LogitDesign d, double[] beta, double[] pi, double[] wt, double[] info, double[] partials, int threads)
    {
        var stride = d.Packed + 1;
        Run(d.Partitions, threads, p =>
        {
            var (from, to) = d.Partition(p);
            InformationPartition(d, beta, pi, wt, from, to, partials.AsSpan(p * stride, stride));
        });
        var ll = Reduce(partials, d.Partitions, stride, info, d.Columns);
        return ll;
    }

    /// <summary>
    /// Pass 2: the score X'r with r = w(y−π) (+ h(½−π) when <paramref name="firth"/>) into <paramref name="score"/>;
    /// with <paramref name="linv"/> (L⁻¹, lower k×k row-major, of the information's Cholesky factor L) also the hat
    /// diagonal into <paramref name="hat"/>. Without <paramref name="linv"/> the hat is taken as 0.
    /// </summary>
    public static void Score(
        LogitDesign d, double[] pi, double[] wt, double[]? linv, bool firth, double[]? hat, double[] score, double[] partials, int threads)
    {
        var k = d.Columns;
        Run(d.Partitions, threads, p =>
        {
            var (from, to) = d.Partition(p);
            ScorePartition(d, pi, wt, linv, firth, hat, from, to, partials.AsSpan(p * k, k));
        });
        Array.Clear(score);
        for (var p = 0; p < d.Partitions; p++)
        {
            for (var j = 0; j < k; j++)
            {
                score[j] += partials[(p * k) + j];
            }
        }
    }

    /// <summary>X' diag(v) X (k×k, row-major, symmetric) for any row weights v.</summary>
    public static double[] CrossProduct(LogitDesign d, double[] v, int threads)
    {
        var stride = d.Packed + 1;
        var partials = new double[PartialsLength(d)];
        var result = new double[d.Columns * d.Columns];
        Run(d.Partitions, threads, p =>
        {
            var (from, to) = d.Partition(p);
            CrossProductPartition(d, v, from, to, partials.AsSpan(p * stride, stride));
        });
        Reduce(partials, d.Partitions, stride, result, d.Columns);
        return result;
    }

    /// <summary>Doubles of the partial-sum buffer both passes need.</summary>
    public static int PartialsLength(LogitDesign d) => d.Partitions * Math.Max(d.Packed + 1, d.Columns);

    private static void Run(int partitions, int threads, Action<int> body)
    {
        if (partitions == 1 || threads <= 1)
        {
            for (var p = 0; p < partitions; p++)
            {
                body(p);
            }

            return;
        }

        Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = threads }, body);
    }

    /// <summary>Adds the partitions' packed lower triangles in order into a full symmetric k×k matrix; returns the sum of the last slot.</summary>
    private static double Reduce(double[] partials, int partitions, int stride, double[] full, int k)
    {
        var packed = stride - 1;
        Span<double> sum = packed + 1 <= 1024 ? stackalloc double[packed + 1] : new double[packed + 1];
        sum.Clear();
        for (var p = 0; p < partitions; p++)
        {
            var part = partials.AsSpan(p * stride, stride);
            for (var i = 0; i < stride; i++)
            {
                sum[i] += part[i];
            }
        }

        var idx = 0;
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                full[(a * k) + b] = sum[idx];
                full[(b * k) + a] = sum[idx];
                idx++;
            }
        }

        return sum[packed];
    }

    private static void InformationPartition(LogitDesign d, double[] beta, double[] pi, double[] wt, int from, int to, Span<double> output)
    {
        var k = d.Columns;
        var n = d.Rows;
        var m = d.Packed;
        Span<Vector256<double>> xv = k <= StackColumns ? stackalloc Vector256<double>[k] : new Vector256<double>[k];
        Span<Vector256<double>> acc = k <= StackColumns ? stackalloc Vector256<double>[m] : new Vector256<double>[m];
        acc.Clear();
        Span<Vector256<double>> bv = k <= StackColumns ? stackalloc Vector256<double>[k] : new Vector256<double>[k];
        for (var j = 0; j < k; j++)
        {
            bv[j] = Vector256.Create(beta[j]);
        }

        var x = d.X;
        var one = Vector256<double>.One;
        var ll = Vector256<double>.Zero;
        for (var r = from; r < to; r += W)
        {
            var eta = d.Offset is null ? Vector256<double>.Zero : Load(d.Offset, r, n);
            for (var j = 0; j < k; j++)
            {
                var xj = Load(x[j], r, n);
                xv[j] = xj;
                eta = Vector256.FusedMultiplyAdd(xj, bv[j], eta);
            }

            // With e = exp(−|η|): log π = −log(1 + e) for η ≥ 0, η − log(1 + e) otherwise; log(1 − π) = log π − η.
            var e = Vector256.Exp(-Vector256.Abs(eta));
            var onePlus = one + e;
            var l1p = Vector256.Log(onePlus);
            var pos = Vector256.GreaterThanOrEqual(eta, Vector256<double>.Zero);
            var logPi = Vector256.ConditionalSelect(pos, -l1p, eta - l1p);
            var inv = one / onePlus;
            var eInv = e * inv;
            var p = Vector256.ConditionalSelect(pos, inv, eInv);
            var q = Vector256.ConditionalSelect(pos, eInv, inv);
            var wv = Load(d.Weights, r, n);
            var yv = Load(d.Y, r, n);
            var term = wv * ((yv * logPi) + ((one - yv) * (logPi - eta)));
            ll += Vector256.ConditionalSelect(Vector256.Equals(wv, Vector256<double>.Zero), Vector256<double>.Zero, term);
            var wtv = wv * p * q;
            Store(pi, r, n, p);
            Store(wt, r, n, wtv);
            AccumulateCross(xv, wtv, acc);
        }

        for (var i = 0; i < m; i++)
        {
            output[i] = Vector256.Sum(acc[i]);
        }

        output[m] = Vector256.Sum(ll);
    }

    private static void CrossProductPartition(LogitDesign d, double[] v, int from, int to, Span<double> output)
    {
        var k = d.Columns;
        var n = d.Rows;
        var m = d.Packed;
        Span<Vector256<double>> xv = k <= StackColumns ? stackalloc Vector256<double>[k] : new Vector256<double>[k];
        Span<Vector256<double>> acc = k <= StackColumns ? stackalloc Vector256<double>[m] : new Vector256<double>[m];
        acc.Clear();
        for (var r = from; r < to; r += W)
        {
            for (var j = 0; j < k; j++)
            {
                xv[j] = Load(d.X[j], r, n);
            }

            AccumulateCross(xv, Load(v, r, n), acc);
        }

        for (var i = 0; i < m; i++)
        {
            output[i] = Vector256.Sum(acc[i]);
        }

        output[m] = 0;
    }

    private static void ScorePartition(
        LogitDesign d, double[] pi, double[] wt, double[]? linv, bool firth, double[]? hat, int from, int to, Span<double> output)
    {
        var k = d.Columns;
        var n = d.Rows;
        Span<Vector256<double>> xv = k <= StackColumns ? stackalloc Vector256<double>[k] : new Vector256<double>[k];
        Span<Vector256<double>> acc = k <= StackColumns ? stackalloc Vector256<double>[k] : new Vector256<double>[k];
        acc.Clear();
        var half = Vector256.Create(0.5);
        var x = d.X;
        for (var r = from; r < to; r += W)
        {
            for (var j = 0; j < k; j++)
            {
                xv[j] = Load(x[j], r, n);
            }

            var pv = Load(pi, r, n);
            var res = Load(d.Weights, r, n) * (Load(d.Y, r, n) - pv);
            if (linv is not null)
            {
                var quad = Vector256<double>.Zero;
                for (var i = 0; i < k; i++)
                {
                    var s = Vector256<double>.Zero;
                    var row = i * k;
                    for (var c = 0; c <= i; c++)
                    {
                        s = Vector256.FusedMultiplyAdd(Vector256.Create(linv[row + c]), xv[c], s);
                    }

                    quad = Vector256.FusedMultiplyAdd(s, s, quad);
                }

                var h = Load(wt, r, n) * quad;
                if (hat is not null)
                {
                    Store(hat, r, n, h);
                }

                if (firth)
                {
                    res = Vector256.FusedMultiplyAdd(h, half - pv, res);
                }
            }
            else if (hat is not null)
            {
                Store(hat, r, n, Vector256<double>.Zero);
            }

            for (var j = 0; j < k; j++)
            {
                acc[j] = Vector256.FusedMultiplyAdd(res, xv[j], acc[j]);
            }
        }

        for (var j = 0; j < k; j++)
        {
            output[j] = Vector256.Sum(acc[j]);
        }
    }

    /// <summary>acc[packed(a, b)] += v·x_a·x_b for b ≤ a.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AccumulateCross(ReadOnlySpan<Vector256<double>> xv, Vector256<double> v, Span<Vector256<double>> acc)
    {
        var idx = 0;
        for (var a = 0; a < xv.Length; a++)
        {
            var t = v * xv[a];
            for (var b = 0; b <= a; b++)
            {
                acc[idx] = Vector256.FusedMultiplyAdd(t, xv[b], acc[idx]);
                idx++;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Load(double[] a, int r, int n) =>
        r + W <= n ? Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(a), (nuint)r) : LoadTail(a, r, n);

    private static Vector256<double> LoadTail(double[] a, int r, int n)
    {
        Span<double> t = stackalloc double[W];
        t.Clear();
        for (var i = r; i < n; i++)
        {
            t[i - r] = a[i];
        }

        return Vector256.Create<double>(t);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(double[] a, int r, int n, Vector256<double> v)
    {
        if (r + W <= n)
        {
            v.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(a), (nuint)r);
            return;
        }

        for (var i = r; i < n; i++)
        {
            a[i] = v.GetElement(i - r);
        }
    }
}
