using System.Numerics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SageMakerRules.Runtime;

namespace SageMakerRules.Tests.Runtime;

public sealed class JsonTokensTests
{
    [Theory]
    [InlineData("""{"v":7.42}""", 7.42)]
    [InlineData("""{"v":12}""", 12.0)]
    [InlineData("""{"v":-0.0}""", -0.0)]
    [InlineData("""{"v":1.7976931348623157E+308}""", double.MaxValue)]
    public void TryGetDouble_ParsedNumbers_SameValueAsTheirText(string json, double expected)
    {
        var token = JObject.Parse(json)["v"]!;

        Assert.True(JsonTokens.TryGetDouble(token, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void TryGetDouble_BigInteger_ConvertedThroughItsText()
    {
        var token = new JValue(BigInteger.Parse("123456789012345678901234567890"));

        Assert.True(JsonTokens.TryGetDouble(token, out var value));
        Assert.Equal(1.2345678901234568E+29, value);
    }

    [Fact]
    public void TryGetDouble_NotANumberOrInfinite_Fails()
    {
        Assert.False(JsonTokens.TryGetDouble(new JValue(double.PositiveInfinity), out _));
        Assert.False(JsonTokens.TryGetDouble(new JValue(double.NaN), out _));
        Assert.False(JsonTokens.TryGetDouble(new JValue("7.4"), out _));
    }

    [Fact]
    public void TryGetDecimal_DecimalParsedNumbers_ReadExactly()
    {
        using var text = new StringReader("""{"v":0.1000000000000000055511151231257827,"n":42}""");
        using var json = new JsonTextReader(text) { FloatParseHandling = FloatParseHandling.Decimal };
        var root = JObject.Load(json);

        Assert.True(JsonTokens.TryGetDecimal(root["v"]!, out var value));
        Assert.Equal(0.1000000000000000055511151231m, value);
        Assert.True(JsonTokens.TryGetDecimal(root["n"]!, out var whole));
        Assert.Equal(42m, whole);
    }

    [Fact]
    public void TryGetDecimal_DoubleParsedNumber_ReadFromItsShortestText()
    {
        var token = JObject.Parse("""{"v":7.1}""")["v"]!;

        Assert.True(JsonTokens.TryGetDecimal(token, out var value));
        Assert.Equal(7.1m, value);
    }

    [Fact]
    public void TryGetDouble_DoubleToken_AllocatesNothing()
    {
        var token = JObject.Parse("""{"v":7.42}""")["v"]!;
        JsonTokens.TryGetDouble(token, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        JsonTokens.TryGetDouble(token, out _);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }
}
