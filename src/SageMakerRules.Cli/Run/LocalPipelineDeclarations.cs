using SageMakerRules.LocalPipelines.Pipelines;

namespace SageMakerRules.Cli.Run;

/// <summary>
/// Declares, for an in-process local endpoint, every pipeline the rules name, with the parameters the rules set, so
/// that a first run needs no pipelines file. Executions take a few seconds, so a run shows them finish.
/// </summary>
internal static class LocalPipelineDeclarations
{
    /// <summary>How long a declared pipeline's executions run on the local endpoint.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(3);

    /// <summary>One pipeline per distinct pipeline name of <paramref name="rules"/> (ARNs are left out).</summary>
    /// <param name="rules">The compiled rules.</param>
    public static IEnumerable<LocalPipeline> From(IEnumerable<IRule> rules) =>
        rules
            .Where(rule => !rule.Pipeline.Name.StartsWith("arn:", StringComparison.Ordinal))
            .GroupBy(rule => rule.Pipeline.Name, StringComparer.Ordinal)
            .Select(group => new LocalPipeline
            {
                Name = group.Key,
                Description = $"Declared from rule(s) {string.Join(", ", group.Select(rule => rule.Name))}.",
                Duration = Duration,
                Parameters =
                [
                    .. group
                        .SelectMany(rule => rule.ParameterNames)
                        .Distinct(StringComparer.Ordinal)
                        .Select(name => new LocalPipelineParameter { Name = name }),
                ],
            });
}
