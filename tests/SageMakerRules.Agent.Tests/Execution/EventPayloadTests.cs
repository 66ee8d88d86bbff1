using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SageMakerRules.Agent.Execution;

namespace SageMakerRules.Agent.Tests.Execution;

public sealed class EventPayloadTests
{
    [Fact]
    public void Detach_BorrowedBytes_CopiesSoTheCallerMayReuseItsBuffer()
    {
        var buffer = Encoding.UTF8.GetBytes("""{"asset_id":"pump-7"}""");
        var payload = EventPayload.FromUtf8(buffer);

        var kept = payload.Detach();
        Array.Fill(buffer, (byte)' ');

        Assert.Equal("""{"asset_id":"pump-7"}""", kept.ToJson());
        Assert.False(kept.IsBorrowed);
    }

    [Fact]
    public void Detach_OwnedPayload_ReturnsItself()
    {
        var payload = EventPayload.FromJson("{}");

        Assert.Same(payload, payload.Detach());
    }

    [Fact]
    public void ToJObject_FromBytes_KeepsDateTextAsWritten()
    {
        var payload = EventPayload.FromUtf8(Encoding.UTF8.GetBytes("""{"timestamp":"2026-12-03T10:00:00.5+01:00"}"""));

        var token = payload.ToJObject()["timestamp"]!;

        Assert.Equal(JTokenType.String, token.Type);
        Assert.Equal("2026-12-03T10:00:00.5+01:00", token.Value<string>());
    }

    [Fact]
    public void FromJObject_ToJsonAndToUtf8_SerialiseCompactly()
    {
        var payload = EventPayload.FromJObject(new JObject { ["asset_id"] = "pump-7", ["rms"] = 7.5 });

        Assert.Equal("""{"asset_id":"pump-7","rms":7.5}""", payload.ToJson());
        Assert.Equal(payload.ToJson(), Encoding.UTF8.GetString(payload.ToUtf8().Span));
    }

    [Theory]
    [InlineData("[1,2]", "The event is a JSON Array, not a JSON object.")]
    [InlineData("42", "The event is a JSON Integer, not a JSON object.")]
    public void ToJObject_NotAnObject_ThrowsAReadableError(string json, string message)
    {
        var payload = EventPayload.FromJson(json);

        var error = Assert.Throws<JsonReaderException>(() => payload.ToJObject());

        Assert.Equal(message, error.Message);
    }
}
