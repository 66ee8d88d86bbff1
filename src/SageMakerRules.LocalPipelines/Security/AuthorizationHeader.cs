using SageMakerRules.LocalPipelines.Protocol;

namespace SageMakerRules.LocalPipelines.Security;

/// <summary>The parsed parts of a SigV4 <c>Authorization</c> header.</summary>
internal sealed record AuthorizationHeader(
    string AccessKeyId,
    string ScopeDate,
    string ScopeRegion,
    string ScopeService,
    IReadOnlyList<string> SignedHeaders,
    string Signature
)
{
    public string Scope => $"{ScopeDate}/{ScopeRegion}/{ScopeService}/aws4_request";

    /// <summary>Parses the header, or throws <c>IncompleteSignatureException</c> naming what is missing.</summary>
    public static AuthorizationHeader Parse(string header)
    {
        var prefix = SigV4Canonicalizer.Algorithm + " ";

        if (!header.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw Incomplete($"Authorization header must use the {SigV4Canonicalizer.Algorithm} algorithm.");
        }

        var parts = header[prefix.Length..]
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        var credential = Required(parts, "Credential").Split('/');
        var signedHeaders = Required(parts, "SignedHeaders");
        var signature = Required(parts, "Signature");

        if (credential.Length != 5 || credential[4] != "aws4_request" || credential[0].Length == 0)
        {
            throw Incomplete(
                "Authorization header's Credential must have the form "
                    + "<access key id>/<yyyymmdd>/<region>/<service>/aws4_request."
            );
        }

        return new(credential[0], credential[1], credential[2], credential[3], signedHeaders.Split(';'), signature);
    }

    private static string Required(Dictionary<string, string> parts, string name) =>
        parts.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw Incomplete($"Authorization header requires '{name}' parameter.");

    private static ApiException Incomplete(string message) =>
        new(ErrorCodes.IncompleteSignature, message, System.Net.HttpStatusCode.BadRequest);
}
