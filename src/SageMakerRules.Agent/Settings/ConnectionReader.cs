using System.Text.RegularExpressions;
using SageMakerRules.SageMaker.Credentials;
using Keys = SageMakerRules.Agent.Settings.SettingKeys;

namespace SageMakerRules.Agent.Settings;

/// <summary>Reads the region, endpoint and credentials, collecting every problem instead of stopping at one.</summary>
internal sealed partial class ConnectionReader(SettingReader reader, List<SettingProblem> problems)
{
    public ConnectionSettings? Read()
    {
        var count = problems.Count;
        var region = Required(
            Keys.Region,
            secure: false,
            "Enter the AWS region of the pipeline, for example eu-west-1."
        );
        if (region is not null && !RegionPattern().IsMatch(region))
        {
            Problem(Keys.Region, $"'{region}' is not an AWS region name. Enter one such as eu-west-1.");
        }

        var endpoint = ReadEndpoint();
        var credentials = ReadCredentials(region);

        return problems.Count == count ? new ConnectionSettings(region!, endpoint, credentials!) : null;
    }

    private Uri? ReadEndpoint()
    {
        var text = reader.Text(Keys.EndpointUrl);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            return uri;
        }

        Problem(Keys.EndpointUrl, $"'{text}' is not an http or https URL. Enter a full URL or leave it empty.");
        return null;
    }

    private CredentialsOptions? ReadCredentials(string? region)
    {
        var method = reader.Text(Keys.AuthenticationMethod) ?? nameof(CredentialMethod.AccessKey);
        switch (method)
        {
            case nameof(CredentialMethod.AccessKey):
                return AccessKey();
            case nameof(CredentialMethod.AzureAd):
                return AzureAd(region);
            case nameof(CredentialMethod.DefaultChain):
                var profile = reader.Text(Keys.ProfileName);
                return new CredentialsOptions
                {
                    Method = CredentialMethod.DefaultChain,
                    DefaultChain = new DefaultChainCredentialOptions { ProfileName = profile },
                };
            default:
                Problem(
                    Keys.AuthenticationMethod,
                    $"'{method}' is not a method. Choose AccessKey, AzureAd or DefaultChain."
                );
                return null;
        }
    }

    private CredentialsOptions? AccessKey()
    {
        var id = Required(Keys.AccessKeyId, secure: false, "Enter the access key id of an IAM user or role.");
        var secret = Required(Keys.SecretAccessKey, secure: true, "Enter the secret access key that goes with the id.");
        var token = Optional(Keys.SessionToken, secure: true);
        if (id is null || secret is null)
        {
            return null;
        }

        return new CredentialsOptions
        {
            Method = CredentialMethod.AccessKey,
            AccessKey = new AccessKeyCredentialOptions
            {
                AccessKeyId = id,
                SecretAccessKey = secret,
                SessionToken = token,
            },
        };
    }

    private string? Required(string key, bool secure, string fix)
    {
        var value = Optional(key, secure);
        if (value is null && !problems.Any(problem => problem.Key == reader.SourceKey(key)))
        {
            var source = reader.SourceKey(key);
            var what = reader.UsesVariables
                ? $"No variable is named, or the variable '{reader.Text(source)}' is empty"
                : "No value is set";
            Problem(source, $"{what}. {fix}");
        }

        return value;
    }

    private string? Optional(string key, bool secure)
    {
        try
        {
            return reader.Field(key, secure);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Problem(
                reader.SourceKey(key),
                "The value could not be read from the host (decryption or variable lookup failed: "
                    + $"{exception.GetType().Name}). Enter the value again."
            );
            return null;
        }
    }

    private void Problem(string key, string message) => problems.Add(SettingCaptions.Problem(key, message));

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();
}
