using System.Text.RegularExpressions;

namespace SageMakerRules.LocalPipelines.Pipelines;

/// <summary>The name patterns SageMaker enforces for pipelines, parameters, steps and display names.</summary>
internal static partial class PipelineNames
{
    public const string PipelineNamePattern = "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}";

    public const string DisplayNamePattern = "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}";

    public static bool IsPipelineName(string name) => name.Length <= 256 && PipelineName().IsMatch(name);

    public static bool IsDisplayName(string name) => name.Length <= 82 && DisplayName().IsMatch(name);

    public static bool IsParameterOrStepName(string name) => ParameterOrStepName().IsMatch(name);

    [GeneratedRegex("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$")]
    private static partial Regex PipelineName();

    [GeneratedRegex("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}$")]
    private static partial Regex DisplayName();

    [GeneratedRegex("^[A-Za-z0-9\\-_]{1,64}$")]
    private static partial Regex ParameterOrStepName();
}
