using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using SageMakerRules.LocalPipelines.Sts;

namespace SageMakerRules.LocalPipelines.Protocol;

/// <summary>
/// Routes AWS Query protocol (form-encoded) requests: <c>AssumeRoleWithWebIdentity</c> to the
/// <see cref="StsEndpoint"/>, any other action to an STS <c>InvalidAction</c> error.
/// </summary>
internal sealed class StsHandler(StsEndpoint endpoint)
{
    public const string AssumeRoleWithWebIdentity = "AssumeRoleWithWebIdentity";

    public static bool IsStsRequest(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.ContentType is { } type
        && type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    public Task HandleAsync(HttpContext context, byte[] body, string requestId, CancellationToken cancellationToken)
    {
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        var action = form.TryGetValue("Action", out var value) ? value.ToString() : string.Empty;

        if (action == AssumeRoleWithWebIdentity)
        {
            return endpoint.HandleAsync(context, form, requestId, cancellationToken);
        }

        return StsEndpoint.WriteErrorAsync(
            context,
            StatusCodes.Status400BadRequest,
            "InvalidAction",
            $"Could not find operation '{action}'; the local STS supports {AssumeRoleWithWebIdentity} only.",
            requestId,
            cancellationToken
        );
    }
}
