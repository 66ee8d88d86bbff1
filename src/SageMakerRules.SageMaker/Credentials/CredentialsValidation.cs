namespace SageMakerRules.SageMaker.Credentials;

/// <summary>Checks credential settings and reports the first problem with the setting's name.</summary>
internal static class CredentialsValidation
{
    /// <summary>Checks an access key's settings.</summary>
    public static void Validate(AccessKeyCredentialOptions options)
    {
        RequireText(options.AccessKeyId, "AccessKey.AccessKeyId", "the access key id of an IAM user (AKIA...)");
        RequireText(options.SecretAccessKey, "AccessKey.SecretAccessKey", "the secret access key of that key id");
    }

    /// <summary>Checks the settings of Azure AD federation.</summary>
    public static void Validate(AzureAdCredentialOptions options)
    {
        RequireText(options.TenantId, "AzureAd.TenantId", "the directory (tenant) id of the Azure AD tenant");
        RequireText(options.ClientId, "AzureAd.ClientId", "the application (client) id of the app registration");
        RequireText(options.ClientSecret, "AzureAd.ClientSecret", "a client secret of the app registration");
        RequireText(options.RoleArn, "AzureAd.RoleArn", "the ARN of the IAM role to assume");
        ValidateRoleArn(options.RoleArn.Trim());
        ValidateDuration(options.DurationSeconds);
        ValidateMargin(options.RefreshMargin);

        if (options.MaxExchangeAttempts < 1)
        {
            throw Invalid("AzureAd.MaxExchangeAttempts", $"is {options.MaxExchangeAttempts}; it must be at least 1.");
        }
    }

    /// <summary>Parses an absolute http(s) URI read from <paramref name="source"/>.</summary>
    public static Uri ParseAbsoluteUri(string value, string source)
    {
        if (
            Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        )
        {
            return uri;
        }

        throw Invalid(source, $"is '{value}', which is not an absolute http(s) URL such as https://host/.");
    }

    private static void ValidateRoleArn(string roleArn)
    {
        if (!roleArn.StartsWith("arn:", StringComparison.Ordinal) || roleArn.Length is < 20 or > 2048)
        {
            throw Invalid(
                "AzureAd.RoleArn",
                $"is '{roleArn}', which is not a role ARN such as arn:aws:iam::123456789012:role/sagemaker-rules."
            );
        }
    }

    private static void ValidateDuration(int seconds)
    {
        if (
            seconds
            is < AzureAdCredentialOptions.MinimumDurationSeconds
                or > AzureAdCredentialOptions.MaximumDurationSeconds
        )
        {
            throw Invalid(
                "AzureAd.DurationSeconds",
                $"is {seconds}; STS accepts 900 to 43200 seconds (and at most the role's maximum session duration)."
            );
        }
    }

    private static void ValidateMargin(TimeSpan margin)
    {
        if (margin < TimeSpan.Zero || margin >= TimeSpan.FromSeconds(AzureAdCredentialOptions.MinimumDurationSeconds))
        {
            throw Invalid("AzureAd.RefreshMargin", $"is {margin}; it must be at least zero and under 15 minutes.");
        }
    }

    private static void RequireText(string? value, string setting, string description)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Invalid(setting, $"is missing; set it to {description}.");
        }
    }

    private static CredentialsException Invalid(string setting, string problem) =>
        new($"Credentials setting {setting} {problem}", errorCode: null, setting, isTransient: false);
}
