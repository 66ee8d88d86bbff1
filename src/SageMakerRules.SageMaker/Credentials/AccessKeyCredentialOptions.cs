namespace SageMakerRules.SageMaker.Credentials;

/// <summary>Settings of the <see cref="CredentialMethod.AccessKey"/> method.</summary>
public sealed class AccessKeyCredentialOptions
{
    /// <summary>The access key id, for example <c>AKIA...</c> (or <c>ASIA...</c> for temporary credentials).</summary>
    public string AccessKeyId { get; set; } = "";

    /// <summary>The secret access key. Never logged.</summary>
    public string SecretAccessKey { get; set; } = "";

    /// <summary>The session token of temporary credentials, or <see langword="null"/> for an IAM user key.</summary>
    public string? SessionToken { get; set; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"AccessKey {{ AccessKeyId = {AccessKeyId}, SecretAccessKey = ***, SessionToken = "
        + (SessionToken is null ? "none" : "***")
        + " }";
}
