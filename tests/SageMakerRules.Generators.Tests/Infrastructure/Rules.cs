namespace SageMakerRules.Generators.Tests.Infrastructure;

/// <summary>Rule files shared by tests.</summary>
public static class Rules
{
    /// <summary>The rule of the brief's language contract.</summary>
    public const string Pump = """
        version: 1
        name: PumpVibrationRetrain
        description: Retrain the anomaly model when a pump vibrates
        pipeline:
          name: pump-anomaly-retrain
          version: 3
          displayName: "pump-{asset_id}"
          description: "Vibration {vibration:F2} on {asset_id}"
          maxParallelSteps: 4
        event:
          asset_id: string
          vibration: { type: double, path: /sensors/vibration/rms }
          status: string
          timestamp: datetime
          event_id: string?
        when: vibration > 7.1 && status in ['RUNNING', 'DEGRADED']
        parameters:
          AssetId: "{asset_id}"
          VibrationRms: "{vibration:F3}"
          Mode: retrain
        trigger:
          key: asset_id
          id: event_id
          cooldown: 30m
          edge: rising
          debounce: { events: 3, duration: 2m }
          concurrency: { perKey: 1, total: 20, whenBusy: skip, queueSize: 100 }
        monitor: { wait: true, pollInterval: 30s, timeout: 6h, stopOnTimeout: false }
        """;

    /// <summary>A rule with arrays, nested pointers, an optional field and functions.</summary>
    public const string Readings = """
        version: 1
        name: TemperatureExcursion
        pipeline:
          name: arn:aws:sagemaker:eu-west-1:123456789012:pipeline/temperature-scoring
          displayName: "temp {site} {start:yyyyMMdd}"
        event:
          site: string
          readings: double[]
          first: { type: double, path: /history/0/value }
          tags: string[]?
          start: { type: datetime, path: /window/start }
          end: { type: datetime, path: /window/end }
          limit: decimal?
          count: int
        when: >-
          len(readings) >= 3 && max(readings) > coalesce(limit, 80.5) && end - start >= 5m
          && (contains(tags, 'critical') || matches(site, '^plant-[0-9]+$')) && !startsWith(site, 'test')
        parameters:
          Site: "{upper(site)}"
          Readings: "{readings}"
          Peak: "{round(max(readings), 1)}"
          Minutes: "{(end - start):c}"
          Count: "{count * 2 + 1:D4}"
          Braces: "{{literal}}"
        """;

    /// <summary>A minimal valid rule with the given name.</summary>
    public static string Minimal(string name) =>
        $"""
            version: 1
            name: {name}
            pipeline:
              name: minimal-pipeline
            event:
              id: string

            """;
}
