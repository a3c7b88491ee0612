using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Caravan.Estimation.Numerics;

/// <summary>Element-wise span kernels (four doubles at a time where the CPU has 256-bit vectors).</summary>
internal static class VectorOps
{
    /// <summary>target[i] −= b·x[i].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SubtractScaled(Span<double> target, double b, ReadOnlySpan<double> x)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var vb = Vector256.Create(b);
            for (; i <= target.Length - 4; i += 4)
            {
                (Vector256.Create<double>(target[i..]) - (vb * Vector256.Create(x[i..]))).CopyTo(target[i..]);
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] -= b * x[i];
        }
    }

    /// <summary>target[i] = a[i] − target[i].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SubtractFrom(ReadOnlySpan<double> a, Span<double> target)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= target.Length - 4; i += 4)
            {
                (Vector256.Create(a[i..]) - Vector256.Create<double>(target[i..])).CopyTo(target[i..]);
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] = a[i] - target[i];
        }
    }

    /// <summary>dst[i] = src[i] − s for i &lt; src.Length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ShiftCopy(ReadOnlySpan<double> src, double s, Span<double> dst)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var vs = Vector256.Create(s);
            for (; i <= src.Length - 4; i += 4)
            {
                (Vector256.Create(src[i..]) - vs).CopyTo(dst[i..]);
            }
        }

        for (; i < src.Length; i++)
        {
            dst[i] = src[i] - s;
        }
    }

    /// <summary>dst[i] = w[i]·x[i] for i &lt; w.Length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Multiply(ReadOnlySpan<double> w, ReadOnlySpan<double> x, Span<double> dst)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= w.Length - 4; i += 4)
            {
                (Vector256.Create(w[i..]) * Vector256.Create(x[i..])).CopyTo(dst[i..]);
            }
        }

        for (; i < w.Length; i++)
        {
            dst[i] = w[i] * x[i];
        }
    }
}
