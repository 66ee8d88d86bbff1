namespace SageMakerRules.Agent.Settings;

/// <summary>
/// The keys of the agent's settings, as they appear in the parameters dictionary the stream host passes. A key
/// prefixed with <c>v</c> is the "use variables" twin: it holds the name of a platform variable.
/// </summary>
public static class SettingKeys
{
    /// <summary>Whether credential and region fields are read from platform variables.</summary>
    public const string UseVariables = "UseVariables";

    /// <summary>The AWS region, for example <c>eu-west-1</c>.</summary>
    public const string Region = "Region";

    /// <summary>An optional SageMaker endpoint URL (a VPC endpoint or a local endpoint).</summary>
    public const string EndpointUrl = "EndpointUrl";

    /// <summary>The authentication method: <c>AccessKey</c>, <c>AzureAd</c> or <c>DefaultChain</c>.</summary>
    public const string AuthenticationMethod = "AuthenticationMethod";

    /// <summary>The AWS access key id (access key method).</summary>
    public const string AccessKeyId = "AccessKeyId";

    /// <summary>The AWS secret access key (access key method; secure).</summary>
    public const string SecretAccessKey = "SecretAccessKey";

    /// <summary>An optional AWS session token (access key method; secure).</summary>
    public const string SessionToken = "SessionToken";

    /// <summary>The Azure AD tenant id (Azure AD federation).</summary>
    public const string AzureTenantId = "AzureTenantId";

    /// <summary>The Azure AD application (client) id (Azure AD federation).</summary>
    public const string AzureClientId = "AzureClientId";

    /// <summary>The Azure AD client secret (Azure AD federation; secure).</summary>
    public const string AzureClientSecret = "AzureClientSecret";

    /// <summary>The optional scope or application id URI of the token requested from Azure AD.</summary>
    public const string AzureScope = "AzureScope";

    /// <summary>
    /// The optional Azure AD authority host (Azure AD federation), an https URL such as
    /// <c>https://login.microsoftonline.us</c> for Azure Government; empty uses <c>AZURE_AUTHORITY_HOST</c>, then the
    /// public cloud.
    /// </summary>
    public const string AzureAuthorityHost = "AzureAuthorityHost";

    /// <summary>
    /// The optional STS endpoint URL (Azure AD federation) for AssumeRoleWithWebIdentity; http only on loopback. Empty
    /// uses <c>AWS_ENDPOINT_URL_STS</c> or <c>AWS_ENDPOINT_URL</c>, then the region's STS endpoint.
    /// </summary>
    public const string StsEndpointUrl = "StsEndpointUrl";

    /// <summary>The ARN of the AWS role assumed with the Azure AD token (Azure AD federation).</summary>
    public const string RoleArn = "RoleArn";

    /// <summary>
    /// The optional role session name (Azure AD federation) shown in CloudTrail: 2 to 64 of letters, digits and
    /// <c>_+=,.@-</c>; empty derives one from the machine name.
    /// </summary>
    public const string RoleSessionName = "RoleSessionName";

    /// <summary>The optional AWS profile name (default chain method).</summary>
    public const string ProfileName = "ProfileName";

    /// <summary>The pipeline name or ARN.</summary>
    public const string Pipeline = "Pipeline";

    /// <summary>The pipeline version id; empty for the latest.</summary>
    public const string PipelineVersion = "PipelineVersion";

    /// <summary>Where the rules come from: <c>ParameterMap</c>, <c>Yaml</c>, <c>Assembly</c> or <c>Files</c>.</summary>
    public const string RulesSource = "RulesSource";

    /// <summary>The YAML text of one or more rules.</summary>
    public const string RulesYaml = "RulesYaml";

    /// <summary>The path of an assembly of compiled rules.</summary>
    public const string RulesAssemblyPath = "RulesAssemblyPath";

    /// <summary>Rule files or folders, separated by <c>;</c> or new lines (rules source <c>Files</c>).</summary>
    public const string RulesPaths = "RulesPaths";

    /// <summary>The parameter-map grid: pipeline parameter to input attribute or constant.</summary>
    public const string ParameterMap = "ParameterMap";

    /// <summary>The execution display name template (parameter-map mode).</summary>
    public const string DisplayNameTemplate = "DisplayNameTemplate";

    /// <summary>The maximum number of parallel steps; 0 keeps the pipeline's own setting.</summary>
    public const string MaxParallelSteps = "MaxParallelSteps";

    /// <summary>Whether executions are watched to the end and their outcome published.</summary>
    public const string WaitForCompletion = "WaitForCompletion";

    /// <summary>How often in-flight executions are refreshed, in seconds.</summary>
    public const string PollIntervalSeconds = "PollIntervalSeconds";

    /// <summary>Poll every N seconds whatever the rules say; empty lets the rules decide.</summary>
    public const string PollIntervalOverrideSeconds = "PollIntervalOverrideSeconds";

    /// <summary>How long an execution is watched before it times out, in minutes; 0 for no limit.</summary>
    public const string TimeoutMinutes = "TimeoutMinutes";

    /// <summary>Whether an execution that times out is stopped.</summary>
    public const string StopOnTimeout = "StopOnTimeout";

    /// <summary>Which events are published on Output: <c>All</c> or <c>TriggeredOnly</c>.</summary>
    public const string OutputMode = "OutputMode";

    /// <summary>The directory of the durable state store; empty keeps state in memory only.</summary>
    public const string StateDirectory = "StateDirectory";

    /// <summary>The key of the "use variables" twin of a field.</summary>
    /// <param name="key">The field key.</param>
    public static string VariableOf(string key) => "v" + key;
}
