using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Caravan.Estimation.FixedEffects;

/// <summary>
/// The inner loops of <see cref="SortedLayout"/>'s Gauss–Seidel sweeps, without bounds checks: every code
/// indexes its coefficient span (and the accumulator) by construction (codes of an effect are below its number of
/// levels) and [from, to) is a segment of the layout. Compiled fully optimised on first call.
/// </summary>
internal static class SweepKernels
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double SegmentSum(int[] c1, Span<double> a1, int from, int to)
    {
        ref var cr = ref MemoryMarshal.GetArrayDataReference(c1);
        ref var ar = ref MemoryMarshal.GetReference(a1);
        double sum = 0;
        for (var i = from; i < to; i++)
        {
            sum += Unsafe.Add(ref ar, Unsafe.Add(ref cr, i));
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double SegmentSum(int[] c1, Span<double> a1, double[] pw, int from, int to)
    {
        ref var cr = ref MemoryMarshal.GetArrayDataReference(c1);
        ref var ar = ref MemoryMarshal.GetReference(a1);
        ref var wr = ref MemoryMarshal.GetArrayDataReference(pw);
        double sum = 0;
        for (var i = from; i < to; i++)
        {
            sum += Unsafe.Add(ref wr, i) * Unsafe.Add(ref ar, Unsafe.Add(ref cr, i));
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double SegmentSum(int[] c1, Span<double> a1, int[] c2, Span<double> a2, int from, int to)
    {
        ref var cr1 = ref MemoryMarshal.GetArrayDataReference(c1);
        ref var ar1 = ref MemoryMarshal.GetReference(a1);
        ref var cr2 = ref MemoryMarshal.GetArrayDataReference(c2);
        ref var ar2 = ref MemoryMarshal.GetReference(a2);
        double sum = 0;
        for (var i = from; i < to; i++)
        {
            sum += Unsafe.Add(ref ar1, Unsafe.Add(ref cr1, i)) + Unsafe.Add(ref ar2, Unsafe.Add(ref cr2, i));
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double SegmentSum(int[] c1, Span<double> a1, int[] c2, Span<double> a2, double[] pw, int from, int to)
    {
        ref var cr1 = ref MemoryMarshal.GetArrayDataReference(c1);
        ref var ar1 = ref MemoryMarshal.GetReference(a1);
        ref var cr2 = ref MemoryMarshal.GetArrayDataReference(c2);
        ref var ar2 = ref MemoryMarshal.GetReference(a2);
        ref var wr = ref MemoryMarshal.GetArrayDataReference(pw);
        double sum = 0;
        for (var i = from; i < to; i++)
        {
            sum += Unsafe.Add(ref wr, i) * (Unsafe.Add(ref ar1, Unsafe.Add(ref cr1, i)) + Unsafe.Add(ref ar2, Unsafe.Add(ref cr2, i)));
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scatter(Span<double> acc, int[] c, double a, double[]? pw, int from, int to)
    {
        ref var accr = ref MemoryMarshal.GetReference(acc);
        ref var cr = ref MemoryMarshal.GetArrayDataReference(c);
        if (pw is null)
        {
            for (var i = from; i < to; i++)
            {
                Unsafe.Add(ref accr, Unsafe.Add(ref cr, i)) += a;
            }

            return;
        }

        ref var wr = ref MemoryMarshal.GetArrayDataReference(pw);
        for (var i = from; i < to; i++)
        {
            Unsafe.Add(ref accr, Unsafe.Add(ref cr, i)) += Unsafe.Add(ref wr, i) * a;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scatter(Span<double> acc, int[] c, double a, int[] c3, Span<double> a3, double[]? pw, int from, int to)
    {
        ref var accr = ref MemoryMarshal.GetReference(acc);
        ref var cr = ref MemoryMarshal.GetArrayDataReference(c);
        ref var cr3 = ref MemoryMarshal.GetArrayDataReference(c3);
        ref var ar3 = ref MemoryMarshal.GetReference(a3);
        if (pw is null)
        {
            for (var i = from; i < to; i++)
            {
                Unsafe.Add(ref accr, Unsafe.Add(ref cr, i)) += a + Unsafe.Add(ref ar3, Unsafe.Add(ref cr3, i));
            }

            return;
        }

        ref var wr = ref MemoryMarshal.GetArrayDataReference(pw);
        for (var i = from; i < to; i++)
        {
            Unsafe.Add(ref accr, Unsafe.Add(ref cr, i)) += Unsafe.Add(ref wr, i) * (a + Unsafe.Add(ref ar3, Unsafe.Add(ref cr3, i)));
        }
    }
}
