namespace SageMakerRules.SageMaker.Credentials;

/// <summary>
/// Settings of the <see cref="CredentialMethod.AzureAd"/> method: an Azure AD app registration's client credentials
/// and the IAM role that trusts Azure AD as an OpenID Connect provider.
/// </summary>
public sealed class AzureAdCredentialOptions
{
    /// <summary>The shortest session STS grants, in seconds.</summary>
    public const int MinimumDurationSeconds = 900;

    /// <summary>The longest session STS grants, in seconds (the role's MaxSessionDuration may be lower).</summary>
    public const int MaximumDurationSeconds = 43_200;

    /// <summary>The Azure AD tenant id (directory id, a GUID) or a verified domain name.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>The application (client) id of the app registration.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>A client secret of the app registration. Never logged.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>
    /// An explicit scope, for example <c>api://my-app/.default</c>. When <see langword="null"/> the scope is built
    /// from <see cref="ClientId"/> in the form <see cref="ScopeForm"/> names.
    /// </summary>
    public string? Scope { get; set; }

    /// <summary>The scope form used when <see cref="Scope"/> is not set. Defaults to the Application ID URI.</summary>
    public AzureScopeForm ScopeForm { get; set; } = AzureScopeForm.ApplicationIdUri;

    /// <summary>
    /// The Azure AD authority host. When <see langword="null"/>, <c>AZURE_AUTHORITY_HOST</c> is read, and then the
    /// public cloud (<see cref="AzureAuthorityHosts.PublicCloud"/>) is used.
    /// </summary>
    public Uri? AuthorityHost { get; set; }

    /// <summary>
    /// The ARN of the IAM role to assume, for example <c>arn:aws:iam::123456789012:role/sagemaker-rules</c>.
    /// </summary>
    public string RoleArn { get; set; } = "";

    /// <summary>
    /// The role session name shown in CloudTrail. Made valid for STS (2 to 64 of <c>[\w+=,.@-]</c>); when
    /// <see langword="null"/>, derived from the machine name.
    /// </summary>
    public string? RoleSessionName { get; set; }

    /// <summary>The session duration in seconds, 900 to 43,200. Defaults to 3,600.</summary>
    public int DurationSeconds { get; set; } = 3_600;

    /// <summary>
    /// The region of the regional STS endpoint (<c>https://sts.{region}.amazonaws.com</c>). When
    /// <see langword="null"/>, <c>AWS_REGION</c> or <c>AWS_DEFAULT_REGION</c> is read, then <c>us-east-1</c>.
    /// </summary>
    public string? StsRegion { get; set; }

    /// <summary>
    /// An STS endpoint that overrides the regional one. When <see langword="null"/>, <c>AWS_ENDPOINT_URL_STS</c>
    /// and then <c>AWS_ENDPOINT_URL</c> are read.
    /// </summary>
    public Uri? StsEndpoint { get; set; }

    /// <summary>How long before the AWS credentials expire they are refreshed. Defaults to 5 minutes.</summary>
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How many times one refresh tries STS when it answers <c>IDPCommunicationError</c> or
    /// <c>ExpiredTokenException</c>. Defaults to 3.
    /// </summary>
    public int MaxExchangeAttempts { get; set; } = 3;

    /// <inheritdoc/>
    public override string ToString() =>
        $"AzureAd {{ TenantId = {TenantId}, ClientId = {ClientId}, ClientSecret = ***, RoleArn = {RoleArn} }}";
}
