namespace HccReport.Synthetic.Tests;

/// <summary>The platform-independent logarithm and exponential agree with the C library's to near machine precision.</summary>
public sealed class PortableMathTests
{
    [Theory]
    [InlineData(1e-300)]
    [InlineData(1e-8)]
    [InlineData(0.5)]
    [InlineData(0.7071067811865476)]
    [InlineData(1.0)]
    [InlineData(1.4142135623730951)]
    [InlineData(2.0)]
    [InlineData(30.4375)]
    [InlineData(1e15)]
    public void Log_MatchesMathLog(double x) => Assert.Equal(Math.Log(x), PortableMath.Log(x), 1e-14);

    [Theory]
    [InlineData(-50.0)]
    [InlineData(-1.0)]
    [InlineData(-1e-9)]
    [InlineData(0.0)]
    [InlineData(0.34657359)]
    [InlineData(1.0)]
    [InlineData(10.0)]
    [InlineData(50.0)]
    public void Exp_MatchesMathExp(double x)
    {
        double expected = Math.Exp(x);
        Assert.InRange(Math.Abs(PortableMath.Exp(x) - expected) / expected, 0.0, 1e-14);
    }

    [Fact]
    public void Log_OfE_IsOne() => Assert.Equal(1.0, PortableMath.Log(Math.E), 15);

    [Fact]
    public void Log_RejectsZeroAndNegatives()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PortableMath.Log(0.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PortableMath.Log(-1.0));
    }
}
