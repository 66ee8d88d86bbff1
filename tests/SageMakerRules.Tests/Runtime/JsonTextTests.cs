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
