using static SageMakerRules.SageMaker.SageMakerLimits;

namespace SageMakerRules.SageMaker.Validation;

/// <summary>Checks requests against SageMaker's limits before they are sent.</summary>
internal static partial class RequestValidator
{
    public static void ValidateStart(StartPipelineExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        PipelineNameOrArn(request.PipelineName, nameof(request.PipelineName));
        Token(request.ClientRequestToken, nameof(request.ClientRequestToken));
        DisplayName(request.PipelineExecutionDisplayName);
        MaxLength(
            request.PipelineExecutionDescription,
            MaxDescriptionLength,
            nameof(request.PipelineExecutionDescription)
        );
        Parameters(request.PipelineParameters);
        Parallelism(request.ParallelismConfiguration, nameof(request.ParallelismConfiguration));
        Selective(request.SelectiveExecutionConfig);
        VersionId(request.PipelineVersionId, nameof(request.PipelineVersionId));
        Mlflow(request.MlflowExperimentName);
    }

    public static void ValidateStop(StopPipelineExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ExecutionArn(request.PipelineExecutionArn, nameof(request.PipelineExecutionArn));
        Token(request.ClientRequestToken, nameof(request.ClientRequestToken));
    }

    public static void PipelineNameOrArn(string? value, string member)
    {
        Required(value, member);
        if (value!.Length > MaxPipelineNameOrArnLength)
        {
            Fail(member, value, $"is {value.Length} characters long; at most {MaxPipelineNameOrArnLength} allowed");
        }

        var isName = value.Length <= MaxPipelineNameLength && PipelineName().IsMatch(value);
        if (!isName && !PipelineArn().IsMatch(value))
        {
            Fail(
                member,
                value,
                "is neither a pipeline name (letters, digits and inner hyphens, at most 256 characters) nor a "
                    + "pipeline ARN (arn:aws:sagemaker:<region>:<account>:pipeline/<name>)"
            );
        }
    }

    public static void ExecutionArn(string? value, string member)
    {
        Required(value, member);
        if (value!.Length > MaxPipelineNameOrArnLength || !PipelineExecutionArn().IsMatch(value))
        {
            Fail(
                member,
                value,
                "is not a pipeline execution ARN "
                    + "(arn:aws:sagemaker:<region>:<account>:pipeline/<name>/execution/<id>, at most 2048 characters)"
            );
        }
    }

    public static void VersionId(long? value, string member)
    {
        if (value is < 1)
        {
            Fail(member, value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "must be 1 or more");
        }
    }

    private static void Token(string? value, string member)
    {
        Required(value, member);
        if (value!.Length is < MinClientRequestTokenLength or > MaxClientRequestTokenLength)
        {
            FailWithoutValue(
                member,
                $"is {value.Length} characters long; it must be {MinClientRequestTokenLength} to "
                    + $"{MaxClientRequestTokenLength} characters, chosen by the caller (for example a SHA-256 hex of "
                    + "the event identity)"
            );
        }
    }

    private static void DisplayName(string? value)
    {
        const string member = nameof(StartPipelineExecutionRequest.PipelineExecutionDisplayName);
        if (value is null)
        {
            return;
        }

        if (value.Length is 0 or > MaxDisplayNameLength)
        {
            Fail(member, value, $"is {value.Length} characters long; it must be 1 to {MaxDisplayNameLength}");
        }

        if (!DisplayNameRegex().IsMatch(value))
        {
            Fail(
                member,
                value,
                "must start and end with a letter or digit and contain only letters, digits and hyphens"
            );
        }
    }

    private static void Parallelism(ParallelismConfiguration? value, string member)
    {
        if (value is not null && value.MaxParallelExecutionSteps < 1)
        {
            Fail(
                member + ".MaxParallelExecutionSteps",
                value.MaxParallelExecutionSteps.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "must be 1 or more"
            );
        }
    }

    private static void Selective(SelectiveExecutionConfig? value)
    {
        const string member = nameof(StartPipelineExecutionRequest.SelectiveExecutionConfig);
        if (value is null)
        {
            return;
        }

        var steps = value.SelectedSteps ?? [];
        if (steps.Count is 0 or > MaxSelectedSteps)
        {
            Fail(member + ".SelectedSteps", $"{steps.Count} steps", $"must select 1 to {MaxSelectedSteps} steps");
        }

        for (var index = 0; index < steps.Count; index++)
        {
            var name = steps[index]?.StepName;
            if (string.IsNullOrEmpty(name) || name.Length > 256 || !ParameterName().IsMatch(name))
            {
                Fail(
                    $"{member}.SelectedSteps[{index}].StepName",
                    name ?? "null",
                    "must be 1 to 256 letters, digits, '-' or '_'"
                );
            }
        }

        if (value.SourcePipelineExecutionArn is not null)
        {
            ExecutionArn(value.SourcePipelineExecutionArn, member + ".SourcePipelineExecutionArn");
        }
    }

    private static void Mlflow(string? value)
    {
        const string member = nameof(StartPipelineExecutionRequest.MlflowExperimentName);
        if (value is not null && value.Length is 0 or > MaxMlflowExperimentNameLength)
        {
            Fail(member, value, $"is {value.Length} characters long; it must be 1 to {MaxMlflowExperimentNameLength}");
        }
    }
}
