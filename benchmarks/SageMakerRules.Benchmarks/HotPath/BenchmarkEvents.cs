using System.Globalization;
using System.Text;

namespace SageMakerRules.Benchmarks.HotPath;

/// <summary>
/// The 1,000 events every hot-path benchmark reads: ten fields, about 300 bytes each, values varied by a seeded
/// random source so that runs compare the same bytes. About one in twenty matches the benchmark rule.
/// </summary>
public static class BenchmarkEvents
{
    public const int Count = 1000;

    private static readonly string[] _statuses = ["RUNNING", "RUNNING", "RUNNING", "DEGRADED", "STOPPED", "STARTING"];

    private static readonly string[] _sites = ["plant-north", "plant-south", "harbour-east"];

    public static string[] CreateJson()
    {
        var random = new Random(20261203);
        var start = new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);

        return [.. Enumerable.Range(0, Count).Select(index => CreateOne(random, start, index))];
    }

    public static byte[][] CreateUtf8() => [.. CreateJson().Select(Encoding.UTF8.GetBytes)];

    private static string CreateOne(Random random, DateTimeOffset start, int index)
    {
        var id = new byte[16];
        random.NextBytes(id);
        var vibration = random.Next(20) == 0 ? 7.2 + random.NextDouble() * 2 : 1.5 + random.NextDouble() * 4;
        var timestamp = start.AddMilliseconds(index * 1250.0 + random.Next(1000));
        var values = new object[]
        {
            new Guid(id),
            100 + random.Next(48),
            _sites[random.Next(_sites.Length)],
            _statuses[random.Next(_statuses.Length)],
            timestamp,
            Math.Round(vibration, 3),
            Math.Round(55 + random.NextDouble() * 30, 1),
            Math.Round(3 + random.NextDouble() * 2.5, 2),
            Math.Round(100 + random.NextDouble() * 90, 1),
            1450 + random.Next(60),
        };

        return string.Format(CultureInfo.InvariantCulture, Template, values);
    }

    private const string Template =
        "{{\"event_id\":\"{0:D}\",\"asset_id\":\"{2}-pump-{1}\",\"site\":\"{2}\",\"status\":\"{3}\","
        + "\"timestamp\":\"{4:yyyy-MM-ddTHH:mm:ss.fffZ}\",\"vibration\":{5},\"bearing_temperature_c\":{6},"
        + "\"discharge_pressure_bar\":{7},\"flow_rate_m3h\":{8},\"shaft_speed_rpm\":{9}}}";
}
