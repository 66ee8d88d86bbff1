namespace SageMakerRules.Cli.Common;

/// <summary>Where the AWS-facing commands send their calls.</summary>
internal enum TargetKind
{
    /// <summary>A local SageMaker endpoint started in-process (the default; no AWS account needed).</summary>
    Local,

    /// <summary>AWS, or any SageMaker-compatible endpoint given with <c>--endpoint-url</c>.</summary>
    Aws,
}
