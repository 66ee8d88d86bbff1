using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using static SageMakerRules.SageMaker.SageMakerLimits;

namespace SageMakerRules.SageMaker.Validation;

/// <summary>The shared checks and the patterns of <see cref="RequestValidator"/>.</summary>
internal static partial class RequestValidator
{
    private const int ShownValueLength = 80;

    public static void Paging(
        string? nextToken,
        int? maxResults,
        params ReadOnlySpan<(Enum? Value, string Member)> enums
    )
    {
        if (nextToken is not null && nextToken.Length > MaxNextTokenLength)
        {
            Fail("NextToken", nextToken, $"is {nextToken.Length} characters long; at most {MaxNextTokenLength}");
        }

        if (maxResults is < 1 or > SageMakerLimits.MaxResults)
        {
            Fail(
                "MaxResults",
                maxResults.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "must be 1 to 100"
            );
        }

        foreach (var (value, member) in enums)
        {
            if (
                value is not null
                && (
                    Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == 0
                    || !Enum.IsDefined(value.GetType(), value)
                )
            )
            {
                Fail(member, value.ToString(), "is not a value SageMaker accepts; leave it null for the default");
            }
        }
    }

    public static void Required([NotNull] string? value, string member)
    {
        if (string.IsNullOrEmpty(value))
        {
            Fail(member, value is null ? "null" : "", "is required");
        }
    }

    private static void MaxLength(string? value, int max, string member)
    {
        if (value is not null && value.Length > max)
        {
            Fail(member, value, $"is {value.Length} characters long; at most {max} allowed");
        }
    }

    [DoesNotReturn]
    private static void Fail(string member, string value, string problem) =>
        throw new SageMakerRequestValidationException($"{member} '{Shorten(value)}' {problem}.", member);

    // Used for the idempotency token: not a secret, but it has no value in a message and may be logged.
    [DoesNotReturn]
    private static void FailWithoutValue(string member, string problem) =>
        throw new SageMakerRequestValidationException($"{member} {problem}.", member);

    private static string Shorten(string value) =>
        value.Length <= ShownValueLength ? value : value[..ShownValueLength] + $"... ({value.Length} characters)";

    [GeneratedRegex(PipelineNamePattern, RegexOptions.CultureInvariant)]
    private static partial Regex PipelineName();

    [GeneratedRegex(PipelineArnPattern, RegexOptions.CultureInvariant)]
    private static partial Regex PipelineArn();

    [GeneratedRegex(PipelineExecutionArnPattern, RegexOptions.CultureInvariant)]
    private static partial Regex PipelineExecutionArn();

    [GeneratedRegex(DisplayNamePattern, RegexOptions.CultureInvariant)]
    private static partial Regex DisplayNameRegex();

    [GeneratedRegex(ParameterNamePattern, RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
