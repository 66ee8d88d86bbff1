using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using SageMakerRules.LocalPipelines.Security;

namespace SageMakerRules.LocalPipelines.Protocol;

/// <summary>Takes the signed parts of a Kestrel request as they arrived on the wire.</summary>
internal static class HttpSigV4Request
{
    public static SigV4Request From(HttpContext context, byte[] body)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToString();
        var query = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var headers = context.Request.Headers.ToDictionary(
            header => header.Key.ToLowerInvariant(),
            header => string.Join(',', header.Value.Select(value => value ?? string.Empty)),
            StringComparer.Ordinal
        );

        return new SigV4Request(
            context.Request.Method,
            query < 0 ? rawTarget : rawTarget[..query],
            query < 0 ? string.Empty : rawTarget[(query + 1)..],
            headers,
            body
        );
    }
}
