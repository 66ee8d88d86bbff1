namespace SageMakerRules.SageMaker;

/// <summary>SageMaker's limits on the members of pipeline requests (from the service model).</summary>
public static class SageMakerLimits
{
    /// <summary>The longest pipeline name or ARN.</summary>
    public const int MaxPipelineNameOrArnLength = 2048;

    /// <summary>The longest pipeline name (not ARN).</summary>
    public const int MaxPipelineNameLength = 256;

    /// <summary>The longest execution display name.</summary>
    public const int MaxDisplayNameLength = 82;

    /// <summary>The longest execution description.</summary>
    public const int MaxDescriptionLength = 3072;

    /// <summary>The most parameters one start may carry.</summary>
    public const int MaxParameterCount = 200;

    /// <summary>The longest parameter name.</summary>
    public const int MaxParameterNameLength = 256;

    /// <summary>The longest parameter value.</summary>
    public const int MaxParameterValueLength = 1024;

    /// <summary>The shortest idempotency token.</summary>
    public const int MinClientRequestTokenLength = 32;

    /// <summary>The longest idempotency token.</summary>
    public const int MaxClientRequestTokenLength = 128;

    /// <summary>The most steps a selective execution may select.</summary>
    public const int MaxSelectedSteps = 50;

    /// <summary>The longest MLflow experiment name.</summary>
    public const int MaxMlflowExperimentNameLength = 256;

    /// <summary>The largest page size of the list operations.</summary>
    public const int MaxResults = 100;

    /// <summary>The longest page token.</summary>
    public const int MaxNextTokenLength = 8192;

    /// <summary>The pattern of a display name: letters and digits, single or repeated inner hyphens.</summary>
    public const string DisplayNamePattern = "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}$";

    /// <summary>The pattern of a pipeline name.</summary>
    public const string PipelineNamePattern = "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$";

    /// <summary>The pattern of a pipeline ARN.</summary>
    public const string PipelineArnPattern = @"^arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:([0-9]{12}|aws):pipeline/.*$";

    /// <summary>The pattern of a pipeline execution ARN.</summary>
    public const string PipelineExecutionArnPattern =
        @"^arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:pipeline/.*/execution/.*$";

    /// <summary>The pattern of a parameter name (and of a step name).</summary>
    public const string ParameterNamePattern = @"^[A-Za-z0-9\-_]*$";
}
