using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SageMakerRules.SageMaker.Credentials;

/// <summary>
/// Creates the <see cref="AWSCredentials"/> the SageMaker client takes from <see cref="CredentialsOptions"/>.
/// </summary>
public sealed class CredentialsFactory
{
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggerFactory;
    private readonly Func<string, string?> _environment;

    /// <summary>Creates a factory.</summary>
    /// <param name="timeProvider">The clock used for credential expiry; the system clock when null.</param>
    /// <param name="loggerFactory">Where providers log (never secrets); nothing is logged when null.</param>
    /// <param name="environment">
    /// Reads an environment variable (see <see cref="CredentialsEnvironment"/>); the process environment when null.
    /// </param>
    public CredentialsFactory(
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null,
        Func<string, string?>? environment = null
    )
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _environment = environment ?? Environment.GetEnvironmentVariable;
    }

    /// <summary>Creates the credentials <paramref name="options"/> describe.</summary>
    /// <param name="options">The method and its settings.</param>
    /// <returns>Credentials for the SageMaker client; refreshing ones for Azure AD federation.</returns>
    /// <exception cref="CredentialsException">A setting is missing or invalid; the message names it.</exception>
    public AWSCredentials Create(CredentialsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        return options.Method switch
        {
            CredentialMethod.AccessKey => CreateAccessKey(Require(options.AccessKey, "AccessKey")),
            CredentialMethod.AzureAd => CreateAzureAd(Require(options.AzureAd, "AzureAd")),
            CredentialMethod.DefaultChain => new DefaultChainCredentials(
                options.DefaultChain ?? new DefaultChainCredentialOptions()
            ),
            _ => throw new CredentialsException(
                $"Credentials method '{options.Method}' is not supported. Use AccessKey, AzureAd or DefaultChain.",
                errorCode: null,
                setting: "Method",
                isTransient: false
            ),
        };
    }

    /// <summary>Creates static credentials from an access key.</summary>
    /// <param name="options">The access key id, secret and optional session token.</param>
    /// <returns>
    /// <see cref="BasicAWSCredentials"/>, or <see cref="SessionAWSCredentials"/> with a session token.
    /// </returns>
    /// <exception cref="CredentialsException">The key id or secret is missing.</exception>
    public static AWSCredentials CreateAccessKey(AccessKeyCredentialOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        CredentialsValidation.Validate(options);

        return string.IsNullOrEmpty(options.SessionToken)
            ? new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey)
            : new SessionAWSCredentials(options.AccessKeyId, options.SecretAccessKey, options.SessionToken);
    }

    /// <summary>Creates refreshing credentials that federate an Azure AD application through STS.</summary>
    /// <param name="options">The Azure AD application, the role and the STS settings.</param>
    /// <returns>Credentials that obtain and refresh temporary AWS credentials on demand.</returns>
    /// <exception cref="CredentialsException">A setting is missing or invalid; the message names it.</exception>
    public AzureAdFederationCredentials CreateAzureAd(AzureAdCredentialOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var settings = FederationSettings.Resolve(options, _environment);

        return new AzureAdFederationCredentials(
            settings,
            new MsalTokenSource(settings),
            new StsWebIdentityExchange(settings),
            _timeProvider,
            _loggerFactory.CreateLogger<AzureAdFederationCredentials>()
        );
    }

    private static T Require<T>(T? section, string name)
        where T : class =>
        section
        ?? throw new CredentialsException(
            $"Credentials method {name} is chosen but its settings section '{name}' is missing. Add it.",
            errorCode: null,
            setting: name,
            isTransient: false
        );
}
