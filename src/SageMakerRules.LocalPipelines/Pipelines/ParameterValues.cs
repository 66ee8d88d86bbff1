using System.Globalization;

namespace SageMakerRules.LocalPipelines.Pipelines;

/// <summary>Checks pipeline parameter values (always text on the wire) against their declared type.</summary>
internal static class ParameterValues
{
    public static bool IsValid(LocalParameterType type, string value) =>
        type switch
        {
            LocalParameterType.Integer => long.TryParse(
                value,
                NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture,
                out _
            ),
            LocalParameterType.Float => double.TryParse(
                value,
                NumberStyles.Float,
                CultureInfo.InvariantCulture,
                out var number
            ) && double.IsFinite(number),
            LocalParameterType.Boolean => bool.TryParse(value, out _),
            _ => true,
        };
}
