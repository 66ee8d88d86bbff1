using System.CommandLine;
using SageMakerRules.LocalPipelines.Pipelines;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Cli.Common;

/// <summary>Turns the target options and the standard environment variables into a <see cref="Connection"/>.</summary>
/// <param name="options">The target options of the command.</param>
/// <param name="environment">Reads an environment variable.</param>
internal sealed class TargetResolver(TargetOptions options, Func<string, string?> environment)
{
    /// <summary>Opens the connection the command line asks for.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="localPipelines">Pipelines a local endpoint should know besides those of --pipelines.</param>
    /// <param name="error">Where to say which endpoint is used.</param>
    /// <param name="quiet">Whether to stay silent about it.</param>
    public async Task<Connection> OpenAsync(
        ParseResult parse,
        IEnumerable<LocalPipeline> localPipelines,
        TextWriter error,
        bool quiet
    )
    {
        if (parse.GetValue(options.Target) == TargetKind.Local)
        {
            var file = parse.GetValue(options.PipelinesFile);
            if (file is not null && !file.Exists)
            {
                throw new CliException($"pipelines file not found: {file.FullName}");
            }

            var local = await Connection.StartLocalAsync(file, localPipelines);
            if (!quiet)
            {
                error.WriteLine(
                    $"Using a local SageMaker endpoint at {local.EndpointUrl} (no AWS account needed; "
                        + "--target aws talks to AWS)."
                );
            }

            return local;
        }

        return Connection.ForAws(Region(parse), EndpointUrl(parse), Credentials(parse));
    }

    private string Region(ParseResult parse) =>
        First(parse.GetValue(options.Region), environment("AWS_REGION"), environment("AWS_DEFAULT_REGION"))
        ?? throw new CliException("no AWS region: pass --region or set AWS_REGION.");

    private Uri? EndpointUrl(ParseResult parse)
    {
        var text = parse.GetValue(options.EndpointUrl);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new CliException($"--endpoint-url '{text}' is not an http or https URL.");
    }

    private CredentialsOptions Credentials(ParseResult parse) =>
        parse.GetValue(options.Auth)?.ToLowerInvariant() switch
        {
            "access-key" => new CredentialsOptions
            {
                Method = CredentialMethod.AccessKey,
                AccessKey = new AccessKeyCredentialOptions
                {
                    AccessKeyId = Required("AWS_ACCESS_KEY_ID", "the access key id"),
                    SecretAccessKey = Required("AWS_SECRET_ACCESS_KEY", "the secret access key"),
                    SessionToken = environment("AWS_SESSION_TOKEN"),
                },
            },
            "azure-ad" => new CredentialsOptions { Method = CredentialMethod.AzureAd, AzureAd = AzureAd(parse) },
            "default" => new CredentialsOptions { Method = CredentialMethod.DefaultChain },
            var other => throw new CliException($"--auth '{other}' is not known: use access-key, azure-ad or default."),
        };

    private AzureAdCredentialOptions AzureAd(ParseResult parse)
    {
        var authorityHost = environment(CredentialsEnvironment.AzureAuthorityHost);
        return new AzureAdCredentialOptions
        {
            TenantId = Option(parse, options.AzureTenantId, "AZURE_TENANT_ID", "--azure-tenant-id"),
            ClientId = Option(parse, options.AzureClientId, "AZURE_CLIENT_ID", "--azure-client-id"),
            ClientSecret = Option(parse, options.AzureClientSecret, "AZURE_CLIENT_SECRET", "--azure-client-secret"),
            RoleArn = Option(parse, options.RoleArn, "AWS_ROLE_ARN", "--role-arn"),
            Scope = parse.GetValue(options.AzureScope),
            RoleSessionName = parse.GetValue(options.RoleSessionName),
            AuthorityHost = AuthorityHost(authorityHost),
        };
    }

    private static Uri? AuthorityHost(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var host) && host.Scheme == Uri.UriSchemeHttps
            ? host
            : throw new CliException(
                $"AZURE_AUTHORITY_HOST '{text}' is not an https URL, for example https://login.microsoftonline.com/."
            );
    }

    private string Option(ParseResult parse, Option<string?> option, string variable, string name) =>
        First(parse.GetValue(option), environment(variable))
        ?? throw new CliException($"--auth azure-ad needs {name} or the {variable} environment variable.");

    private string Required(string variable, string what) =>
        First(environment(variable))
        ?? throw new CliException($"--auth access-key needs {what} in the {variable} environment variable.");

    private static string? First(params string?[] values) =>
        values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
