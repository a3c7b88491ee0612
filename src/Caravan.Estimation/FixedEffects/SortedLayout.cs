using System.Runtime.CompilerServices;

namespace Caravan.Estimation.FixedEffects;

/// <summary>
/// The observations ordered (stable counting sort) by the fixed effect with the most levels, for the
/// Gauss–Seidel sweeps of <see cref="Demeaner"/>: that effect's groups become contiguous segments, so its
/// update keeps a running sum in a register instead of scattering into a large, cache-missing accumulator,
/// and the other effects' updates read its coefficients sequentially. The other effects' codes (and the
/// weights) are stored in the same order. Only the sweeps use this layout; group sums and residuals keep the
/// original order. Same arithmetic per observation as the unsorted sweep; only the order in which a group's
/// terms are added differs (rounding-level differences).
/// </summary>
internal sealed class SortedLayout
{
    private readonly int sorted;
    private readonly int[] start;
    private readonly int[]?[] codes;
    private readonly int[]? perm;
    private readonly double[]? w;

    public SortedLayout(int[][] codes, int[] groups, bool weighted)
    {
        var q = codes.Length;
        var n = codes[0].Length;
        for (var r = 1; r < q; r++)
        {
            if (groups[r] > groups[sorted])
            {
                sorted = r;
            }
        }

        // The sweeps index coefficients by these codes without bounds checks (SweepKernels): check them once.
        for (var r = 0; r < q; r++)
        {
            var g = (uint)groups[r];
            foreach (var c in codes[r])
            {
                if ((uint)c >= g)
                {
                    throw new ArgumentOutOfRangeException(nameof(codes), $"Fixed effect {r}: code {c} outside 0..{g - 1}.");
                }
            }
        }

        var cs = codes[sorted];
        start = new int[groups[sorted] + 1];
        for (var i = 0; i < n; i++)
        {
            start[cs[i] + 1]++;
        }

        for (var g = 0; g < groups[sorted]; g++)
        {
            start[g + 1] += start[g];
        }

        // One pass: each observation's destination is the next free slot of its level's segment.
        var next = (int[])start.Clone();
        this.codes = new int[]?[q];
        var (r1, r2) = Others(sorted);
        var src1 = codes[r1];
        var dst1 = new int[n];
        this.codes[r1] = dst1;
        var src2 = r2 >= 0 ? codes[r2] : null;
        var dst2 = r2 >= 0 ? new int[n] : null;
        if (r2 >= 0)
        {
            this.codes[r2] = dst2;
        }

        for (var r = 0; r < q; r++)
        {
            if (r != sorted && r != r1 && r != r2)
            {
                this.codes[r] = new int[n];
            }
        }

        perm = weighted ? new int[n] : null;
        w = weighted ? new double[n] : null;
        for (var i = 0; i < n; i++)
        {
            var p = next[cs[i]]++;
            dst1[p] = src1[i];
            if (dst2 is not null)
            {
                dst2[p] = src2![i];
            }

            if (perm is not null)
            {
                perm[p] = i;
            }

            if (q > 3)
            {
                for (var r = 0; r < q; r++)
                {
                    if (r != sorted && r != r1 && r != r2)
                    {
                        this.codes[r]![p] = codes[r][i];
                    }
                }
            }
        }
    }

    /// <summary>Copies the (changed) weights into the sorted order.</summary>
    public void Reweight(double[] weights)
    {
        var p = perm!;
        var pw = w!;
        for (var i = 0; i < pw.Length; i++)
        {
            pw[i] = weights[p[i]];
        }
    }

    /// <summary>One Gauss–Seidel sweep: α_q[g] = (S_q[g] − Σ_{i∈g} wᵢ Σ_{r≠q} α_r[c_r(i)]) / Σ_{i∈g} wᵢ, for q = 0..Q−1 in order.</summary>
    public void Sweep(double[] alpha, double[] sx, double[][] sumW, int[] offsets, double[] accBuffer)
    {
        var nq = codes.Length;
        for (var q = 0; q < nq; q++)
        {
            if (q == sorted)
            {
                Segmented(alpha, sx, sumW[q], offsets);
            }
            else
            {
                Scattered(q, alpha, sx, sumW[q], offsets, accBuffer);
            }
        }
    }

    // Update of the sorted effect: one contiguous segment per level.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Segmented(double[] alpha, double[] sx, double[] sw, int[] offsets)
    {
        var o = offsets[sorted];
        var pw = w;
        var nq = codes.Length;
        var (r1, r2) = Others(sorted);
        var c1 = codes[r1]!;
        var a1 = alpha.AsSpan(offsets[r1], offsets[r1 + 1] - offsets[r1]);
        var c2 = nq == 3 ? codes[r2]! : null;
        var a2 = nq == 3 ? alpha.AsSpan(offsets[r2], offsets[r2 + 1] - offsets[r2]) : default;
        for (var g = 0; g < sw.Length; g++)
        {
            double sum = 0;
            int from = start[g], to = start[g + 1];
            if (nq == 2)
            {
                sum = pw is null ? SweepKernels.SegmentSum(c1, a1, from, to) : SweepKernels.SegmentSum(c1, a1, pw, from, to);
            }
            else if (nq == 3)
            {
                sum = pw is null ? SweepKernels.SegmentSum(c1, a1, c2!, a2, from, to) : SweepKernels.SegmentSum(c1, a1, c2!, a2, pw, from, to);
            }
            else
            {
                for (var i = from; i < to; i++)
                {
                    double f = 0;
                    for (var r = 0; r < nq; r++)
                    {
                        if (r != sorted)
                        {
                            f += alpha[offsets[r] + codes[r]![i]];
                        }
                    }

                    sum += pw is null ? f : pw[i] * f;
                }
            }

            alpha[o + g] = (sx[o + g] - sum) / sw[g];
        }
    }

    // Update of another effect: scatter into its (small) accumulator while walking the sorted effect's segments.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Scattered(int q, double[] alpha, double[] sx, double[] sw, int[] offsets, double[] accBuffer)
    {
        var acc = accBuffer.AsSpan(0, sw.Length);
        acc.Clear();
        var c = codes[q]!;
        var pw = w;
        var nq = codes.Length;
        var aSorted = alpha.AsSpan(offsets[sorted], start.Length - 1);
        var third = -1;
        for (var r = 0; r < nq && nq == 3; r++)
        {
            if (r != q && r != sorted)
            {
                third = r;
            }
        }

        var c3 = third >= 0 ? codes[third]! : null;
        var a3 = third >= 0 ? alpha.AsSpan(offsets[third], offsets[third + 1] - offsets[third]) : default;
        for (var g = 0; g < aSorted.Length; g++)
        {
            var a = aSorted[g];
            int from = start[g], to = start[g + 1];
            if (nq == 2)
            {
                SweepKernels.Scatter(acc, c, a, pw, from, to);
            }
            else if (nq == 3)
            {
                SweepKernels.Scatter(acc, c, a, c3!, a3, pw, from, to);
            }
            else
            {
                for (var i = from; i < to; i++)
                {
                    double f = 0;
                    for (var r = 0; r < nq; r++)
                    {
                        if (r != q)
                        {
                            f += r == sorted ? a : alpha[offsets[r] + codes[r]![i]];
                        }
                    }

                    acc[c[i]] += pw is null ? f : pw[i] * f;
                }
            }
        }

        var o = offsets[q];
        for (var g = 0; g < acc.Length; g++)
        {
            alpha[o + g] = (sx[o + g] - acc[g]) / sw[g];
        }
    }

    // The two effects other than q (the second is −1 when there are only two).
    private (int, int) Others(int q)
    {
        int r1 = -1, r2 = -1;
        for (var r = 0; r < codes.Length; r++)
        {
            if (r == q)
            {
                continue;
            }

            if (r1 < 0)
            {
                r1 = r;
            }
            else if (r2 < 0)
            {
                r2 = r;
            }
        }

        return (r1, r2);
    }
}
