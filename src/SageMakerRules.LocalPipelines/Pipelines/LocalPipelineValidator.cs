namespace SageMakerRules.LocalPipelines.Pipelines;

/// <summary>Checks a <see cref="LocalPipeline"/> before the endpoint serves it, with one message per problem.</summary>
public static class LocalPipelineValidator
{
    /// <summary>Validates a pipeline.</summary>
    /// <param name="pipeline">The pipeline to check.</param>
    /// <returns>
    /// The problems found, each naming the offending value and how to fix it; empty when it is valid.
    /// </returns>
    public static IReadOnlyList<string> Validate(LocalPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var errors = new List<string>();

        if (!PipelineNames.IsPipelineName(pipeline.Name))
        {
            errors.Add(
                $"Pipeline name '{pipeline.Name}' must match {PipelineNames.PipelineNamePattern} "
                    + "(letters, digits and inner hyphens; no underscores; 1 to 256 characters)."
            );
        }

        ValidateSimulation(pipeline, errors);
        ValidateParameters(pipeline, errors);
        ValidateSteps(pipeline, errors);

        return errors;
    }

    private static void ValidateSimulation(LocalPipeline pipeline, List<string> errors)
    {
        if (pipeline.Duration <= TimeSpan.Zero)
        {
            errors.Add($"Pipeline '{pipeline.Name}': duration must be positive, not {pipeline.Duration}.");
        }

        if (pipeline.StopDuration < TimeSpan.Zero)
        {
            errors.Add($"Pipeline '{pipeline.Name}': stop duration must not be negative.");
        }

        if (pipeline.FailureProbability is < 0 or > 1 || double.IsNaN(pipeline.FailureProbability))
        {
            errors.Add(
                $"Pipeline '{pipeline.Name}': failure probability must be between 0 and 1, "
                    + $"not {pipeline.FailureProbability}."
            );
        }

        if (pipeline.FailureStep is { } step && pipeline.Steps.All(s => s.Name != step))
        {
            errors.Add($"Pipeline '{pipeline.Name}': failure step '{step}' is not one of the pipeline's steps.");
        }
    }

    private static void ValidateParameters(LocalPipeline pipeline, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var parameter in pipeline.Parameters)
        {
            if (!PipelineNames.IsParameterOrStepName(parameter.Name))
            {
                errors.Add(
                    $"Pipeline '{pipeline.Name}': parameter name '{parameter.Name}' must be 1 to 64 letters, "
                        + "digits, hyphens or underscores."
                );
            }

            if (!seen.Add(parameter.Name))
            {
                errors.Add($"Pipeline '{pipeline.Name}': parameter '{parameter.Name}' is declared twice.");
            }

            if (parameter.DefaultValue is { } value && !ParameterValues.IsValid(parameter.Type, value))
            {
                errors.Add(
                    $"Pipeline '{pipeline.Name}': default '{value}' of parameter '{parameter.Name}' is not a valid "
                        + $"{parameter.Type}."
                );
            }
        }
    }

    private static void ValidateSteps(LocalPipeline pipeline, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var step in pipeline.Steps)
        {
            if (!PipelineNames.IsParameterOrStepName(step.Name))
            {
                errors.Add(
                    $"Pipeline '{pipeline.Name}': step name '{step.Name}' must be 1 to 64 letters, digits, hyphens "
                        + "or underscores."
                );
            }

            if (!seen.Add(step.Name))
            {
                errors.Add($"Pipeline '{pipeline.Name}': step '{step.Name}' is declared twice.");
            }

            if (step.Duration is { } duration && duration <= TimeSpan.Zero)
            {
                errors.Add($"Pipeline '{pipeline.Name}': step '{step.Name}' duration must be positive.");
            }
        }
    }
}
