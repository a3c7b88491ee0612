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
    private const int V = 16;
    private const int B = W * V;
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void InformationPartition(LogitDesign d, double[] beta, double[] pi, double[] wt, int from, int to, Span<double> output)
    {
        var k = d.Columns;
        var n = d.Rows;
        var m = d.Packed;
        Span<Vector256<double>> xb = k <= StackColumns ? stackalloc Vector256<double>[k * V] : new Vector256<double>[k * V];
        Span<Vector256<double>> tb = k <= StackColumns ? stackalloc Vector256<double>[k * V] : new Vector256<double>[k * V];
        Span<Vector256<double>> acc = k <= StackColumns ? stackalloc Vector256<double>[m] : new Vector256<double>[m];
        Span<Vector256<double>> bv = k <= StackColumns ? stackalloc Vector256<double>[k] : new Vector256<double>[k];
        acc.Clear();
        for (var j = 0; j < k; j++)
        {
            bv[j] = Vector256.Create(beta[j]);
        }

        var x = d.X;
        var one = Vector256<double>.One;
        var ll = Vector256<double>.Zero;
        for (var r0 = from; r0 < to; r0 += B)
        {
            LoadBlock(x, r0, n, xb);
            for (var v = 0; v < V; v++)
            {
                var r = r0 + (v * W);
                var eta = d.Offset is null ? Vector256<double>.Zero : Load(d.Offset, r, n);
                for (var j = 0; j < k; j++)
                {
                    eta = Vector256.FusedMultiplyAdd(xb[(j * V) + v], bv[j], eta);
                }

                // With e = exp(−|η|): log π = −log(1 + e) for η ≥ 0, η − log(1 + e) otherwise; log(1 − π) = log π − η.
                var e = LogisticVectorMath.ExpNonPositive(-Vector256.Abs(eta));
                var onePlus = one + e;
                var l1p = LogisticVectorMath.Log1pUnit(e);
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
                if (r < n)
                {
                    Store(pi, r, n, p);
                    Store(wt, r, n, wtv);
                }

                for (var j = 0; j < k; j++)
                {
                    tb[(j * V) + v] = wtv * xb[(j * V) + v];
                }
            }

            AccumulateBlock(xb, tb, k, acc);
        }

        for (var i = 0; i < m; i++)
        {
            output[i] = Vector256.Sum(acc[i]);
        }

        output[m] = Vector256.Sum(ll);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CrossProductPartition(LogitDesign d, double[] weights, int from, int to, Span<double> output)
    {
        var k = d.Columns;
        var n = d.Rows;
        var m = d.Packed;
        Span<Vector256<double>> xb = k <= StackColumns ? stackalloc Vector256<double>[k * V] : new Vector256<double>[k * V];
        Span<Vector256<double>> tb = k <= StackColumns ? stackalloc Vector256<double>[k * V] : new Vector256<double>[k * V];
        Span<Vector256<double>> acc = k <= StackColumns ? stackalloc Vector256<double>[m] : new Vector256<double>[m];
        acc.Clear();
        for (var r0 = from; r0 < to; r0 += B)
        {
            LoadBlock(d.X, r0, n, xb);
            for (var v = 0; v < V; v++)
            {
                var wv = Load(weights, r0 + (v * W), n);
                for (var j = 0; j < k; j++)
                {
                    tb[(j * V) + v] = wv * xb[(j * V) + v];
                }
            }

            AccumulateBlock(xb, tb, k, acc);
        }

        for (var i = 0; i < m; i++)
        {
            output[i] = Vector256.Sum(acc[i]);
        }

        output[m] = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScorePartition(
        LogitDesign d, double[] pi, double[] wt, double[]? linv, bool firth, double[]? hat, int from, int to, Span<double> output)
    {
        var k = d.Columns;
        var n = d.Rows;
        Span<Vector256<double>> xb = k <= StackColumns ? stackalloc Vector256<double>[k * V] : new Vector256<double>[k * V];
        Span<Vector256<double>> acc = k <= StackColumns ? stackalloc Vector256<double>[k] : new Vector256<double>[k];
        Span<Vector256<double>> quad = stackalloc Vector256<double>[V];
        Span<Vector256<double>> res = stackalloc Vector256<double>[V];
        acc.Clear();
        var half = Vector256.Create(0.5);
        for (var r0 = from; r0 < to; r0 += B)
        {
            LoadBlock(d.X, r0, n, xb);
            if (linv is not null)
            {
                QuadraticForms(xb, linv, k, quad);
            }

            for (var v = 0; v < V; v++)
            {
                var r = r0 + (v * W);
                var pv = Load(pi, r, n);
                var rv = Load(d.Weights, r, n) * (Load(d.Y, r, n) - pv);
                var h = linv is null ? Vector256<double>.Zero : Load(wt, r, n) * quad[v];
                if (hat is not null && r < n)
                {
                    Store(hat, r, n, h);
                }

                res[v] = firth ? Vector256.FusedMultiplyAdd(h, half - pv, rv) : rv;
            }

            for (var j = 0; j < k; j++)
            {
                acc[j] += BlockDot(res, xb.Slice(j * V, V));
            }
        }

        for (var j = 0; j < k; j++)
        {
            output[j] = Vector256.Sum(acc[j]);
        }
    }

    /// <summary>quad[v] = ‖L⁻¹x‖² for the block's 16 row vectors, four at a time (L⁻¹ broadcast once per four).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void QuadraticForms(ReadOnlySpan<Vector256<double>> xb, double[] linv, int k, Span<Vector256<double>> quad)
    {
        for (var v = 0; v < V; v += 4)
        {
            var q0 = Vector256<double>.Zero;
            var q1 = Vector256<double>.Zero;
            var q2 = Vector256<double>.Zero;
            var q3 = Vector256<double>.Zero;
            for (var i = 0; i < k; i++)
            {
                var s0 = Vector256<double>.Zero;
                var s1 = Vector256<double>.Zero;
                var s2 = Vector256<double>.Zero;
                var s3 = Vector256<double>.Zero;
                var row = i * k;
                for (var c = 0; c <= i; c++)
                {
                    var l = Vector256.Create(linv[row + c]);
                    var xc = xb.Slice((c * V) + v, 4);
                    s0 = Vector256.FusedMultiplyAdd(l, xc[0], s0);
                    s1 = Vector256.FusedMultiplyAdd(l, xc[1], s1);
                    s2 = Vector256.FusedMultiplyAdd(l, xc[2], s2);
                    s3 = Vector256.FusedMultiplyAdd(l, xc[3], s3);
                }

                q0 = Vector256.FusedMultiplyAdd(s0, s0, q0);
                q1 = Vector256.FusedMultiplyAdd(s1, s1, q1);
                q2 = Vector256.FusedMultiplyAdd(s2, s2, q2);
                q3 = Vector256.FusedMultiplyAdd(s3, s3, q3);
            }

            quad[v] = q0;
            quad[v + 1] = q1;
            quad[v + 2] = q2;
            quad[v + 3] = q3;
        }
    }

    /// <summary>Σ_v a[v]·b[v] over one block's V vectors, in two register sums (even and odd v) added at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> BlockDot(ReadOnlySpan<Vector256<double>> a, ReadOnlySpan<Vector256<double>> b)
    {
        var s0 = Vector256<double>.Zero;
        var s1 = Vector256<double>.Zero;
        for (var v = 0; v < V; v += 2)
        {
            s0 = Vector256.FusedMultiplyAdd(a[v], b[v], s0);
            s1 = Vector256.FusedMultiplyAdd(a[v + 1], b[v + 1], s1);
        }

        return s0 + s1;
    }

    /// <summary>acc[packed(a, b)] += Σ_v tb[a, v]·xb[b, v] over the block (b ≤ a), two register sums per pair.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AccumulateBlock(ReadOnlySpan<Vector256<double>> xb, ReadOnlySpan<Vector256<double>> tb, int k, Span<Vector256<double>> acc)
    {
        var idx = 0;
        for (var a = 0; a < k; a++)
        {
            var ta = tb.Slice(a * V, V);
            for (var b = 0; b <= a; b++)
            {
                acc[idx++] += BlockDot(ta, xb.Slice(b * V, V));
            }
        }
    }

    /// <summary>The block's rows of every column (zeros past n), column-major: xb[j·16 + v] = rows r0 + 4v … r0 + 4v + 3 of x_j.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LoadBlock(double[][] x, int r0, int n, Span<Vector256<double>> xb)
    {
        for (var j = 0; j < x.Length; j++)
        {
            var col = x[j];
            var dst = xb.Slice(j * V, V);
            if (r0 + B <= n)
            {
                MemoryMarshal.Cast<double, Vector256<double>>(col.AsSpan(r0, B)).CopyTo(dst);
                continue;
            }

            for (var v = 0; v < V; v++)
            {
                dst[v] = Load(col, r0 + (v * W), n);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Load(double[] a, int r, int n) =>
        r + W <= n ? Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(a), (nuint)r) : LoadTail(a, r, n);

    private static Vector256<double> LoadTail(double[] a, int r, int n)
    {
        if (r >= n)
        {
            return Vector256<double>.Zero;
        }

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
