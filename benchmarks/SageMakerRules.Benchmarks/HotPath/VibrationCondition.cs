using System.Globalization;

namespace SageMakerRules.Benchmarks.HotPath;

/// <summary>
/// The benchmark rule written by hand, for the alternatives: <c>vibration &gt; 7.1 &amp;&amp; status in ['RUNNING',
/// 'DEGRADED']</c>, and on a match the same start request the generated rule builds.
/// </summary>
public static class VibrationCondition
{
    public const double Threshold = 7.1;

    public const string RulesEngineExpression =
        "input1.Vibration > 7.1 AND (input1.Status == \"RUNNING\" OR input1.Status == \"DEGRADED\")";

    public static bool Holds(double vibration, string? status) =>
        vibration > Threshold && status is "RUNNING" or "DEGRADED";

    public static PipelineStartRequest CreateRequest(string assetId, double vibration) =>
        new(
            "HotPathVibration",
            "pump-anomaly-retrain",
            null,
            "pump-" + assetId,
            null,
            null,
            [
                new PipelineParameter("AssetId", assetId),
                new PipelineParameter("VibrationRms", vibration.ToString("F3", CultureInfo.InvariantCulture)),
            ]
        );
}
