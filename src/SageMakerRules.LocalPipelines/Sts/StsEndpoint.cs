using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using SageMakerRules.LocalPipelines.Security;

namespace SageMakerRules.LocalPipelines.Sts;

/// <summary>
/// The local STS: answers <c>AssumeRoleWithWebIdentity</c> over the AWS query protocol. It validates the web identity
/// token like IAM (see <see cref="LocalStsOptions"/>) and issues temporary credentials that the local SageMaker
/// operations accept until they expire. The call is unsigned, as in AWS.
/// </summary>
public sealed class StsEndpoint : IDisposable
{
    private const string AssumeRoleWithWebIdentity = "AssumeRoleWithWebIdentity";

    private readonly string _accountId;
    private readonly LocalCredentialStore _credentials;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly HttpClient _httpClient = new();
    private readonly WebIdentityValidator _validator;
    private readonly ConcurrentQueue<IssuedSession> _issued = new();

    /// <summary>Creates the endpoint.</summary>
    /// <param name="options">The trusted identity providers.</param>
    /// <param name="credentials">The store the issued temporary credentials are added to.</param>
    /// <param name="timeProvider">The server's clock: token expiry and credential expiry are measured on it.</param>
    /// <param name="logger">Where issued and refused requests are logged (never tokens or secrets).</param>
    /// <param name="accountId">
    /// The account of the assumed-role ARNs, for example the server's; when null,
    /// <see cref="LocalStsOptions.AccountId"/>.
    /// </param>
    public StsEndpoint(
        LocalStsOptions options,
        LocalCredentialStore credentials,
        TimeProvider timeProvider,
        ILogger logger,
        string? accountId = null
    )
    {
        _accountId = accountId ?? options.AccountId;
        _credentials = credentials;
        _timeProvider = timeProvider;
        _logger = logger;
        _validator = new WebIdentityValidator(options, timeProvider, _httpClient);
    }

    /// <summary>Every role session issued so far, oldest first (identifiers only, never secrets or tokens).</summary>
    public IReadOnlyCollection<IssuedSession> IssuedSessions => _issued;

    /// <summary>Answers one <c>AssumeRoleWithWebIdentity</c> request with STS's XML response or error.</summary>
    /// <param name="context">The request; its response receives the XML.</param>
    /// <param name="form">The request's form-encoded parameters (the body has already been read).</param>
    /// <param name="requestId">The request id, echoed in the response.</param>
    /// <param name="cancellationToken">Cancels fetching the issuer's keys and writing the response.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public async Task HandleAsync(
        HttpContext context,
        IReadOnlyDictionary<string, StringValues> form,
        string requestId,
        CancellationToken cancellationToken
    )
    {
        var parameters = form.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);
        var action = parameters.GetValueOrDefault("Action") ?? "";
        try
        {
            var document = await HandleAsync(action, parameters, requestId, cancellationToken);
            await WriteAsync(context.Response, HttpStatusCode.OK, document.ToString(), cancellationToken);
        }
        catch (StsException error)
        {
            Log.StsRefused(_logger, action, error.Code, error.Message);
            var xml = StsXml.Error(error, requestId).ToString();
            await WriteAsync(context.Response, error.Status, xml, cancellationToken);
        }
    }

    /// <summary>Answers with an error in STS's XML error shape.</summary>
    /// <param name="context">The request; its response receives the XML.</param>
    /// <param name="statusCode">The HTTP status, 400 for the caller's errors.</param>
    /// <param name="code">The STS error code, for example <c>InvalidAction</c>.</param>
    /// <param name="message">The message (never a token or secret).</param>
    /// <param name="requestId">The request id, echoed in the response.</param>
    /// <param name="cancellationToken">Cancels writing the response.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static Task WriteErrorAsync(
        HttpContext context,
        int statusCode,
        string code,
        string message,
        string requestId,
        CancellationToken cancellationToken
    )
    {
        var error = new StsException(code, message, (HttpStatusCode)statusCode);

        return WriteAsync(context.Response, error.Status, StsXml.Error(error, requestId).ToString(), cancellationToken);
    }

    /// <inheritdoc/>
    public void Dispose() => _httpClient.Dispose();

    private async Task<System.Xml.Linq.XDocument> HandleAsync(
        string action,
        IReadOnlyDictionary<string, string> parameters,
        string requestId,
        CancellationToken cancellation
    )
    {
        if (action != AssumeRoleWithWebIdentity)
        {
            throw new StsException("InvalidAction", $"Could not find operation {action} for version 2011-06-15");
        }

        var request = AssumeRoleWithWebIdentityRequest.Read(parameters);
        var identity = await _validator.ValidateAsync(request.WebIdentityToken, request.RoleArn, cancellation);
        var expiration = _timeProvider.GetUtcNow().AddSeconds(request.DurationSeconds);
        var credential = _credentials.IssueTemporary(expiration);
        var role = AssumedRole.For(_accountId, request.RoleArn, request.RoleSessionName);
        _issued.Enqueue(
            new IssuedSession(
                credential.AccessKeyId,
                request.RoleArn,
                request.RoleSessionName,
                role.Arn,
                identity.Subject,
                expiration
            )
        );
        Log.StsIssued(
            _logger,
            credential.AccessKeyId,
            request.RoleArn,
            request.RoleSessionName,
            identity.Subject,
            expiration
        );

        return StsXml.Response(role, credential, identity, requestId);
    }

    private static async Task WriteAsync(
        HttpResponse response,
        HttpStatusCode status,
        string xml,
        CancellationToken cancellationToken
    )
    {
        response.StatusCode = (int)status;
        response.ContentType = "text/xml";
        await response.WriteAsync(xml, cancellationToken);
    }
}
