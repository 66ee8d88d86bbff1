using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json.Linq;
using SageMakerRules.Agent.Execution;

namespace SageMakerRules.Agent.Tests.Execution;

public sealed class IdempotencyTokenTests
{
    [Fact]
    public void Derive_SameInputs_GivesTheSame64HexCharacters()
    {
        var first = IdempotencyToken.Derive("PumpRetrain", "pump-retrain", "id:evt-1");
        var second = IdempotencyToken.Derive("PumpRetrain", "pump-retrain", "id:evt-1");

        Assert.Equal(first, second);
        Assert.Matches("^[0-9a-f]{64}$", first);
    }

    [Fact]
    public void Derive_IsSha256OfTheDocumentedLengthPrefixedText()
    {
        var text = "start/v1\n11:PumpRetrain\n12:pump-retrain\nid:evt-1";
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(expected, IdempotencyToken.Derive("PumpRetrain", "pump-retrain", "id:evt-1"));
    }

    [Theory]
    [InlineData("OtherRule", "pump-retrain", "id:evt-1")]
    [InlineData("PumpRetrain", "other-pipeline", "id:evt-1")]
    [InlineData("PumpRetrain", "pump-retrain", "id:evt-2")]
    [InlineData("PumpRetrai", "npump-retrain", "id:evt-1")]
    public void Derive_AnyPartDiffers_GivesAnotherToken(string rule, string pipeline, string identity)
    {
        var reference = IdempotencyToken.Derive("PumpRetrain", "pump-retrain", "id:evt-1");

        Assert.NotEqual(reference, IdempotencyToken.Derive(rule, pipeline, identity));
    }

    [Fact]
    public void EventIdentity_WithIdField_UsesTheIdNotTheContent()
    {
        var one = EventPayload.FromJson("""{"event_id":"evt-1","vibration":7.5}""");
        var other = EventPayload.FromJson("""{"event_id":"evt-1","vibration":9.0}""");

        Assert.Equal(IdempotencyToken.EventIdentity("evt-1", one), IdempotencyToken.EventIdentity("evt-1", other));
        Assert.Equal("id:evt-1", IdempotencyToken.EventIdentity("evt-1", one));
    }

    [Fact]
    public void EventIdentity_WithoutIdField_SameEventAsBytesOrObjectInAnyOrder_IsTheSame()
    {
        var bytes = EventPayload.FromUtf8(
            Encoding.UTF8.GetBytes("""{ "asset_id": "pump-7", "sensors": { "rms": 7.5, "peak": 9 } }""")
        );
        var reordered = EventPayload.FromJObject(
            JObject.Parse("""{"sensors":{"peak":9,"rms":7.5},"asset_id":"pump-7"}""")
        );

        Assert.Equal(IdempotencyToken.EventIdentity(null, bytes), IdempotencyToken.EventIdentity(null, reordered));
        Assert.StartsWith("sha256:", IdempotencyToken.EventIdentity(null, bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void EventIdentity_WithoutIdField_DifferentEvents_Differ()
    {
        var one = EventPayload.FromJson("""{"asset_id":"pump-7","vibration":7.5}""");
        var other = EventPayload.FromJson("""{"asset_id":"pump-7","vibration":7.6}""");

        Assert.NotEqual(IdempotencyToken.EventIdentity(null, one), IdempotencyToken.EventIdentity(null, other));
    }

    [Fact]
    public void ForStop_DiffersFromTheStartTokenAndIsStable()
    {
        var start = IdempotencyToken.Derive("PumpRetrain", "pump-retrain", "id:evt-1");

        Assert.NotEqual(start, IdempotencyToken.ForStop(start));
        Assert.Equal(IdempotencyToken.ForStop(start), IdempotencyToken.ForStop(start));
        Assert.Equal(64, IdempotencyToken.ForStop(start).Length);
    }
}
