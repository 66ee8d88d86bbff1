namespace SageMakerRules.LocalPipelines.Security;

/// <summary>
/// The parts of an HTTP request that a SigV4 signature covers, as they arrived on the wire.
/// </summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="RawPath">The path as sent (still percent-encoded).</param>
/// <param name="RawQuery">The query string as sent, without the leading <c>?</c>.</param>
/// <param name="Headers">Header values by lowercase name; repeated headers joined with commas.</param>
/// <param name="Body">The request body.</param>
internal sealed record SigV4Request(
    string Method,
    string RawPath,
    string RawQuery,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body
)
{
    public string? Header(string lowercaseName) => Headers.TryGetValue(lowercaseName, out var value) ? value : null;
}
