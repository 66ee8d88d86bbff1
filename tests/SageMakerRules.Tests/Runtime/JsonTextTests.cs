using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SageMakerRules.Runtime;

namespace SageMakerRules.Tests.Runtime;

public sealed class JsonTextTests
{
    [Theory]
    [InlineData("""{"s":"RUNNING"}""")]
    [InlineData("""{"s":"RUNN\u0049NG"}""")]
    public void TextEquals_PlainOrEscaped_ComparesUnescapedText(string json)
    {
        var (source, text) = Read(json);

        Assert.True(text.TextEquals(source, "RUNNING"u8));
        Assert.False(text.TextEquals(source, "RUN"u8));
        Assert.Equal("RUNNING", text.GetString(source));
        Assert.True(text.StartsWith(source, "RUN"u8));
        Assert.True(text.EndsWith(source, "ING"u8));
        Assert.True(text.Contains(source, "NNI"u8));
        Assert.True(text.Matches(source, new Regex("^R.+G$")));
        Assert.Equal(7, text.Length(source));
    }

    [Fact]
    public void Default_NoText_EveryTestUnknown()
    {
        var text = default(JsonText);

        Assert.False(text.HasValue);
        Assert.Null(text.TextEquals([], "x"u8));
        Assert.Null(text.GetString([]));
        Assert.Null(text.Matches([], new Regex("x")));
    }

    [Fact]
    public void FromString_MaterialisedText_SameAnswers()
    {
        var text = JsonText.FromString("héllo");

        Assert.True(text.TextEquals([], "héllo"u8));
        Assert.True(text.StartsWith([], "hé"u8));
        Assert.Equal(5, text.Length([]));
    }

    [Theory]
    [InlineData("RUNNING", "RUNNING", true)]
    [InlineData("RUNNING", "RUNNIN", false)]
    [InlineData("RUNNIN", "RUNNING", false)]
    [InlineData("running", "RUNNING", false)]
    [InlineData("été", "été", true)]
    [InlineData("ete", "été", false)]
    [InlineData("été", "ete", false)]
    public void TextEquals_MaterialisedText_ComparesOrdinally(string value, string literal, bool expected)
    {
        var text = JsonText.FromString(value);

        Assert.Equal(expected, text.TextEquals([], Encoding.UTF8.GetBytes(literal)));
    }

    [Fact]
    public void TextEquals_MaterialisedTextAndLongLiteral_ComparesWholeText()
    {
        var value = new string('é', 300);
        var text = JsonText.FromString(value);

        Assert.True(text.TextEquals([], Encoding.UTF8.GetBytes(value)));
        Assert.False(text.TextEquals([], Encoding.UTF8.GetBytes(value + "x")));
    }

    [Fact]
    public void StartsEndsContains_MaterialisedText_Ordinal()
    {
        var text = JsonText.FromString("Pump-été-7");

        Assert.True(text.StartsWith([], "Pump"u8));
        Assert.False(text.StartsWith([], "pump"u8));
        Assert.True(text.EndsWith([], "été-7"u8));
        Assert.True(text.Contains([], "p-é"u8));
        Assert.False(text.Contains([], "x"u8));
    }

    [Fact]
    public void TextEquals_MaterialisedText_AllocatesNothing()
    {
        var text = JsonText.FromString("DEGRADED");
        text.TextEquals([], "RUNNING"u8);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var equal = text.TextEquals([], "RUNNING"u8);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.False(equal);
        Assert.Equal(0, allocated);
    }

    private static (byte[] Source, JsonText Text) Read(string json)
    {
        var source = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(source);
        reader.Read();
        reader.Read();
        reader.Read();
        return (source, JsonText.FromReader(ref reader));
    }
}
