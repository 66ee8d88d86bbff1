using System.Text.Json;
using SageMakerRules.SageMaker.Serialization;

namespace SageMakerRules.SageMaker.Tests.Serialization;

public sealed class EpochSecondsConverterTests
{
    private static DateTimeOffset Read(string json)
    {
        var response = JsonSerializer.Deserialize(
            $$"""{"PipelineExecutionSummaries":[{"StartTime":{{json}}}]}""",
            PipelinesJsonContext.Default.ListPipelineExecutionsResponse
        )!;
        return response.PipelineExecutionSummaries[0].StartTime!.Value;
    }

    [Theory]
    [InlineData("1700000000", "2023-11-14T22:13:20.0000000+00:00")]
    [InlineData("1700000000.5", "2023-11-14T22:13:20.5000000+00:00")]
    [InlineData("1700000000.123456", "2023-11-14T22:13:20.1234560+00:00")]
    [InlineData("1.7e9", "2023-11-14T22:13:20.0000000+00:00")]
    [InlineData("0", "1970-01-01T00:00:00.0000000+00:00")]
    [InlineData("\"1700000000.25\"", "2023-11-14T22:13:20.2500000+00:00")]
    [InlineData("\"2023-11-14T22:13:20Z\"", "2023-11-14T22:13:20.0000000+00:00")]
    public void Read_EpochSeconds_ReturnsUtcTime(string json, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Read(json));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("\"yesterday\"")]
    [InlineData("1e300")]
    public void Read_NotATimestamp_ThrowsJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => Read(json));
    }

    [Theory]
    [InlineData("2023-11-14T22:13:20Z", "1700000000")]
    [InlineData("2023-11-14T22:13:20.5Z", "1700000000.5")]
    [InlineData("2023-11-14T22:13:20.123Z", "1700000000.123")]
    [InlineData("2023-11-14T23:13:20.250+01:00", "1700000000.25")]
    public void Write_Time_WritesEpochSecondsWithoutTrailingZeros(string time, string expected)
    {
        var request = new ListPipelinesRequest
        {
            CreatedAfter = DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
        };

        var json = JsonSerializer.Serialize(request, PipelinesJsonContext.Default.ListPipelinesRequest);

        Assert.Equal($$"""{"CreatedAfter":{{expected}}}""", json);
    }
}
