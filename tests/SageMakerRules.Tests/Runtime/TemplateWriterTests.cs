using System.Globalization;
using System.Text;
using System.Text.Json;
using SageMakerRules.Runtime;

namespace SageMakerRules.Tests.Runtime;

public sealed class TemplateWriterTests
{
    [Fact]
    public void ToText_LiteralsAndValues_RendersInvariantCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var writer = new TemplateWriter(stackalloc char[16]);
            writer.Append("v=");
            writer.Append<double>(7.4216, "F3");
            writer.Append(" n=");
            writer.Append<int>(1234567, "N0");
            writer.Append(" r=");
            writer.Append<double>(0.1, null);
            writer.Append(" b=");
            writer.Append((bool?)true);

            Assert.Equal("v=7.422 n=1,234,567 r=0.1 b=true", writer.ToText());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ToText_DatesAndDurations_UseGivenFormats()
    {
        var writer = new TemplateWriter(stackalloc char[8]);
        writer.Append<DateTimeOffset>(new DateTimeOffset(2026, 12, 3, 8, 15, 0, TimeSpan.Zero), "O");
        writer.Append("|");
        writer.Append<TimeSpan>(TimeSpan.FromMinutes(5), "c");

        Assert.Equal("2026-12-03T08:15:00.0000000+00:00|00:05:00", writer.ToText());
    }

    [Fact]
    public void ToText_MissingValues_RenderAsEmptyText()
    {
        var writer = new TemplateWriter(stackalloc char[8]);
        writer.Append("[");
        writer.Append((string?)null);
        writer.Append<double>(null, "F2");
        writer.Append((bool?)null);
        writer.Append(default(JsonText), []);
        writer.Append("]");

        Assert.Equal("[]", writer.ToText());
    }

    [Theory]
    [InlineData("""{"s":"P-101/a"}""", "P-101/a")]
    [InlineData("""{"s":"caf\u00e9 \"x\""}""", "café \"x\"")]
    [InlineData("""{"s":"été"}""", "été")]
    public void Append_JsonTextFromEventBytes_DecodesPlainAndEscapedText(string json, string expected)
    {
        var source = Encoding.UTF8.GetBytes(json);
        var text = ReadText(source);
        var writer = new TemplateWriter(stackalloc char[4]);
        writer.Append(text, source);
        writer.Append(JsonText.FromString("!"), []);

        Assert.Equal(expected + "!", writer.ToText());
    }

    [Fact]
    public void ToText_TextLongerThanBuffer_ContinuesInPooledArray()
    {
        var longText = new string('x', 3000);
        var writer = new TemplateWriter(stackalloc char[16]);
        writer.Append("a");
        writer.Append(longText);
        writer.Append<long>(42L, null);

        Assert.Equal(3003, writer.Length);
        Assert.Equal("a" + longText + "42", writer.ToText());
    }

    [Fact]
    public void ToText_CalledTwice_StartsEachTemplateEmpty()
    {
        var writer = new TemplateWriter(stackalloc char[8]);
        writer.Append(new string('y', 100));
        _ = writer.ToText();
        writer.Append("next");

        Assert.Equal("next", writer.ToText());
        Assert.Equal(string.Empty, writer.ToText());
    }

    [Theory]
    [InlineData("pump P_101/a", "pump-P-101-a")]
    [InlineData("--x--", "x")]
    [InlineData("///", null)]
    [InlineData("", null)]
    [InlineData("été 7", "t--7")]
    public void ToDisplayName_RenderedText_SanitisedLikeRuleText(string rendered, string? expected)
    {
        var writer = new TemplateWriter(stackalloc char[4]);
        writer.Append(rendered);

        Assert.Equal(expected, writer.ToDisplayName());
        Assert.Equal(expected, RuleText.SanitizeDisplayName(rendered));
    }

    [Fact]
    public void ToDisplayName_LongText_CutTo82WithoutTrailingHyphen()
    {
        var rendered = new string('a', 81) + "/b" + new string('c', 200);
        var writer = new TemplateWriter(stackalloc char[128]);
        writer.Append(rendered);

        Assert.Equal(new string('a', 81), writer.ToDisplayName());
    }

    private static JsonText ReadText(byte[] source)
    {
        var reader = new Utf8JsonReader(source);
        reader.Read();
        reader.Read();
        reader.Read();
        return JsonText.FromReader(ref reader);
    }
}
