using System.Text;
using System.Text.Json;
using Newtonsoft.Json.Linq;
using SageMakerRules.Runtime;

namespace SageMakerRules.Tests.Runtime;

public sealed class DateTimesTests
{
    [Theory]
    [InlineData("2024-05-06T07:08:09Z", 0)]
    [InlineData("2024-05-06T07:08:09.125+02:00", 2)]
    [InlineData("2024-05-06T07:08:09", 0)]
    public void TryRead_Iso8601_NoOffsetMeansUtc(string text, int offsetHours)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes($"\"{text}\""));
        reader.Read();

        Assert.True(DateTimes.TryRead(ref reader, out var value));
        Assert.Equal(TimeSpan.FromHours(offsetHours), value.Offset);
    }

    [Fact]
    public void TryGetDateTime_TokenNewtonsoftParsed_SameInstantAsBytes()
    {
        var token = JObject.Parse("""{"t":"2024-05-06T07:08:09Z"}""")["t"]!;

        Assert.True(JsonTokens.TryGetDateTime(token, out var value));
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero), value);
        Assert.True(JsonTokens.TryGetString(token, out var text));
        Assert.Equal("2024-05-06T07:08:09Z", text);
    }

    [Fact]
    public void Step_ArrayIndexAndProperty_WalksTokens()
    {
        var root = JObject.Parse("""{"a":[{"b":1}]}""");

        Assert.Equal(1, (int)JsonTokens.Step(JsonTokens.Step(JsonTokens.Step(root, "a"), "0"), "b")!);
        Assert.Null(JsonTokens.Step(JsonTokens.Step(root, "a"), "x"));
        Assert.Equal(2, JsonTokens.Scalars(JObject.Parse("""{"a":[{"b":1},{"b":[2]}]}"""), ["a", "b"]).Count());
    }
}
