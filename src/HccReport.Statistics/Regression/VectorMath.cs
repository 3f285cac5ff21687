using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HccReport.Statistics.Regression;

/// <summary>SIMD kernels over contiguous columns, the inner loops of the IRLS pass.</summary>
internal static class VectorMath
{
    /// <summary>sum a[i] b[i].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        unchecked
        {
            var sum = 0.0;
            var i = 0;
            if (Vector.IsHardwareAccelerated && a.Length >= 2 * Vector<double>.Count)
            {
                var va = MemoryMarshal.Cast<double, Vector<double>>(a);
                var vb = MemoryMarshal.Cast<double, Vector<double>>(b[..a.Length]);
                var acc0 = Vector<double>.Zero;
                var acc1 = Vector<double>.Zero;
                var k = 0;
                for (; k + 1 < va.Length; k += 2)
                {
                    acc0 += va[k] * vb[k];
                    acc1 += va[k + 1] * vb[k + 1];
                }
                if (k < va.Length) acc0 += va[k] * vb[k];
                sum = Vector.Sum(acc0 + acc1);
                i = va.Length * Vector<double>.Count;
            }
            for (; i < a.Length; i++) sum += a[i] * b[i];
            return sum;
        }
    }

    /// <summary>y += alpha x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddScaled(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        unchecked
        {
            var i = 0;
            if (Vector.IsHardwareAccelerated && x.Length >= Vector<double>.Count)
            {
                var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
                var vy = MemoryMarshal.Cast<double, Vector<double>>(y[..x.Length]);
                var va = new Vector<double>(alpha);
                for (var k = 0; k < vx.Length; k++) vy[k] += va * vx[k];
                i = vx.Length * Vector<double>.Count;
            }
            for (; i < x.Length; i++) y[i] += alpha * x[i];
        }
    }

    /// <summary>destination = a * b, element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Multiply(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> destination)
    {
        unchecked
        {
            var i = 0;
            if (Vector.IsHardwareAccelerated && a.Length >= Vector<double>.Count)
            {
                var va = MemoryMarshal.Cast<double, Vector<double>>(a);
                var vb = MemoryMarshal.Cast<double, Vector<double>>(b[..a.Length]);
                var vd = MemoryMarshal.Cast<double, Vector<double>>(destination[..a.Length]);
                for (var k = 0; k < va.Length; k++) vd[k] = va[k] * vb[k];
                i = va.Length * Vector<double>.Count;
            }
            for (; i < a.Length; i++) destination[i] = a[i] * b[i];
        }
    }
}
