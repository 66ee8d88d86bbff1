using System.Globalization;
using SageMakerRules.LocalPipelines.Protocol;

namespace SageMakerRules.LocalPipelines.Operations;

/// <summary>Length and range checks worded like AWS's request validation.</summary>
internal static class RequestConstraints
{
    public static string? Length(string? value, string member, int min, int max)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length < min)
        {
            throw ApiException.Constraint(value, member, $"Member must have length greater than or equal to {min}");
        }

        return value.Length <= max
            ? value
            : throw ApiException.Constraint(
                Shorten(value),
                member,
                $"Member must have length less than or equal to {max}"
            );
    }

    public static long? AtLeast(long? value, string member, long min) =>
        value is { } number && number < min
            ? throw ApiException.Constraint(
                number.ToString(CultureInfo.InvariantCulture),
                member,
                $"Member must have value greater than or equal to {min}"
            )
            : value;

    public static string Shorten(string value) => value.Length <= 64 ? value : value[..64] + "...";
}
