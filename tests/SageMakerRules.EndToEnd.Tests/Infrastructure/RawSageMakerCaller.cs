using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace SageMakerRules.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Sends hand-made JSON 1.1 requests, signed by AWSSDK.Core's own SigV4 handler, for what the typed client does not
/// send (CreatePipeline, malformed bodies, values the client refuses before sending, chosen signing times).
/// </summary>
public sealed class RawSageMakerCaller(LocalEndpointFixture endpoint)
{
    /// <summary>
    /// Posts <paramref name="body"/> as <c>SageMaker.{operation}</c>, signed at <paramref name="signedAt"/>.
    /// </summary>
    public async Task<RawResponse> PostAsync(
        string operation,
        string body,
        AWSCredentials? credentials = null,
        DateTime? signedAt = null
    )
    {
        var parameters = new AWSSigV4Parameters
        {
            Credentials = credentials ?? DefaultCredentials(),
            Region = RegionEndpoint.GetBySystemName(endpoint.Server.Region),
            Service = "sagemaker",
            SignedAt = signedAt,
        };
        using var handler = new SigV4SigningHandler(parameters, new SocketsHttpHandler { AllowAutoRedirect = false });
        using var http = new HttpClient(handler);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Server.Endpoint);
        request.Headers.Add("X-Amz-Target", "SageMaker." + operation);
        request.Content = new StringContent(body, Encoding.UTF8);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");

        return await RawResponse.ReadAsync(await http.SendAsync(request));
    }

    /// <summary>Posts an unsigned form-encoded (AWS Query protocol) request.</summary>
    public async Task<RawResponse> PostFormAsync(IEnumerable<KeyValuePair<string, string>> form)
    {
        using var http = new HttpClient();

        return await RawResponse.ReadAsync(
            await http.PostAsync(endpoint.Server.Endpoint, new FormUrlEncodedContent(form))
        );
    }

    /// <summary>Posts an unsigned JSON request.</summary>
    public async Task<RawResponse> PostUnsignedAsync(string operation, string body)
    {
        using var http = new HttpClient();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Server.Endpoint) { Content = content };
        request.Headers.Add("X-Amz-Target", "SageMaker." + operation);

        return await RawResponse.ReadAsync(await http.SendAsync(request));
    }

    private BasicAWSCredentials DefaultCredentials() =>
        new(endpoint.Server.Credential.AccessKeyId, endpoint.Server.Credential.SecretAccessKey);
}

/// <summary>An HTTP answer: status, headers of interest and body text.</summary>
public sealed record RawResponse(int Status, string? ContentType, string? RequestId, string Body)
{
    /// <summary>The JSON body, parsed.</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The error code (<c>__type</c>) of a JSON error body.</summary>
    public string? ErrorCode => Json.TryGetProperty("__type", out var type) ? type.GetString() : null;

    internal static async Task<RawResponse> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var requestId = response.Headers.TryGetValues("x-amzn-RequestId", out var values)
                ? values.FirstOrDefault()
                : null;

            return new RawResponse(
                (int)response.StatusCode,
                response.Content.Headers.ContentType?.MediaType,
                requestId,
                await response.Content.ReadAsStringAsync()
            );
        }
    }
}
