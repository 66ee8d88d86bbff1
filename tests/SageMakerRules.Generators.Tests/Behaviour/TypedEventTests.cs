using System.Reflection;
using System.Text;
using Newtonsoft.Json.Linq;
using SageMakerRules.Generators.Tests.Infrastructure;
using SageMakerRules.Runtime;

namespace SageMakerRules.Generators.Tests.Behaviour;

public sealed class TypedEventTests
{
    // Reflection cannot pass a span, so a small probe compiled with the rule calls the byte reader.
    private const string Probe = """
        namespace Host;
        public static class Probe
        {
            public static object? Read(byte[] utf8) =>
                SageMakerRules.Generated.PumpVibrationRetrain.ReadEvent(utf8, out _);
            public static object? Read(Newtonsoft.Json.Linq.JObject token) =>
                SageMakerRules.Generated.PumpVibrationRetrain.ReadEvent(token, out _);
            public static object? Error(byte[] utf8)
            {
                SageMakerRules.Generated.PumpVibrationRetrain.ReadEvent(utf8, out var error);
                return error;
            }
        }
        """;

    private static readonly Lazy<Type> s_probe = new(() =>
        GeneratorHarness.Load(GeneratorHarness.Run(Rules.Pump), Probe).GetType("Host.Probe")!
    );

    [Fact]
    public void ReadEvent_Bytes_FillsTypedPropertiesAndPresence()
    {
        var json = """
            {"asset_id":"P\u002D7","status":"RUNNING","timestamp":"2024-05-06T07:08:09+02:00","event_id":null,
             "sensors":{"vibration":{"rms":7}}}
            """;

        var read = Invoke("Read", Encoding.UTF8.GetBytes(json))!;

        Assert.Equal("P-7", Property(read, "AssetId"));
        Assert.Equal(7.0, Property(read, "Vibration"));
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)), Property(read, "Timestamp"));
        Assert.Null(Property(read, "EventId"));
        Assert.Equal(FieldPresence.Null, Property(read, "EventIdPresence"));
        Assert.Equal(FieldPresence.Present, Property(read, "StatusPresence"));
    }

    [Fact]
    public void ReadEvent_JObjectWithMissingOptional_ReportsMissing()
    {
        var json = """
            {"asset_id":"P-7","status":"RUNNING","timestamp":"2024-05-06T07:08:09Z","sensors":{"vibration":{"rms":7}}}
            """;

        var read = Invoke("Read", JObject.Parse(json))!;

        Assert.Equal(FieldPresence.Missing, Property(read, "EventIdPresence"));
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero), Property(read, "Timestamp"));
    }

    [Fact]
    public void ReadEvent_MissingRequired_ReturnsError()
    {
        var error = (EventError)Invoke("Error", Encoding.UTF8.GetBytes("""{"asset_id":"P-7"}"""))!;

        Assert.Equal(EventErrorKind.MissingField, error.Kind);
    }

    private static object? Invoke(string name, object argument) =>
        s_probe.Value.GetMethod(name, [argument.GetType()])!.Invoke(null, [argument]);

    private static object? Property(object target, string name) =>
        target.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!.GetValue(target);
}
