using System.CommandLine;

namespace SageMakerRules.Cli.Common;

/// <summary>The options shared by the commands that talk to SageMaker.</summary>
internal sealed class TargetOptions
{
    /// <summary><c>--target</c>.</summary>
    public Option<TargetKind> Target { get; } =
        new("--target")
        {
            Description = "Where to send calls: 'local' (an in-process local endpoint, the default) or 'aws'.",
            DefaultValueFactory = _ => TargetKind.Local,
        };

    /// <summary><c>--region</c>.</summary>
    public Option<string?> Region { get; } =
        new("--region") { Description = "The AWS region (default: AWS_REGION, then AWS_DEFAULT_REGION)." };

    /// <summary><c>--endpoint-url</c>.</summary>
    public Option<string?> EndpointUrl { get; } =
        new("--endpoint-url")
        {
            Description =
                "A SageMaker-compatible endpoint (default: AWS_ENDPOINT_URL_SAGEMAKER, then AWS_ENDPOINT_URL).",
        };

    /// <summary><c>--auth</c>.</summary>
    public Option<string> Auth { get; } =
        new("--auth")
        {
            Description = "How to authenticate with --target aws: access-key, azure-ad or default (the AWS chain).",
            DefaultValueFactory = _ => "default",
        };

    /// <summary><c>--azure-tenant-id</c>.</summary>
    public Option<string?> AzureTenantId { get; } =
        new("--azure-tenant-id") { Description = "Azure AD tenant id (default: AZURE_TENANT_ID)." };

    /// <summary><c>--azure-client-id</c>.</summary>
    public Option<string?> AzureClientId { get; } =
        new("--azure-client-id") { Description = "Azure AD application (client) id (default: AZURE_CLIENT_ID)." };

    /// <summary><c>--azure-client-secret</c>.</summary>
    public Option<string?> AzureClientSecret { get; } =
        new("--azure-client-secret")
        {
            Description = "Azure AD client secret (default: AZURE_CLIENT_SECRET; prefer the variable).",
        };

    /// <summary><c>--azure-scope</c>.</summary>
    public Option<string?> AzureScope { get; } =
        new("--azure-scope") { Description = "The scope to request (default: api://{client id}/.default)." };

    /// <summary><c>--role-arn</c>.</summary>
    public Option<string?> RoleArn { get; } =
        new("--role-arn") { Description = "The IAM role assumed with the Azure AD token (default: AWS_ROLE_ARN)." };

    /// <summary><c>--role-session-name</c>.</summary>
    public Option<string?> RoleSessionName { get; } =
        new("--role-session-name") { Description = "The STS session name (default: derived from the machine name)." };

    /// <summary><c>--pipelines</c>.</summary>
    public Option<FileInfo?> PipelinesFile { get; } =
        new("--pipelines")
        {
            Description = "With --target local: a YAML or JSON file declaring the local endpoint's pipelines.",
        };

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    /// <param name="command">A command that talks to SageMaker.</param>
    public void AddTo(Command command)
    {
        Option[] options =
        [
            Target,
            Region,
            EndpointUrl,
            Auth,
            AzureTenantId,
            AzureClientId,
            AzureClientSecret,
            AzureScope,
            RoleArn,
            RoleSessionName,
            PipelinesFile,
        ];
        foreach (var option in options)
        {
            command.Options.Add(option);
        }
    }
}
