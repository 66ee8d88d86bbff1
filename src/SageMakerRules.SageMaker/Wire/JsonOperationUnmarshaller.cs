using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace SageMakerRules.SageMaker.Wire;

/// <summary>
/// Reads a response body with System.Text.Json source-generated metadata, and error bodies as exceptions.
/// </summary>
/// <typeparam name="T">The public response type.</typeparam>
internal sealed class JsonOperationUnmarshaller<T>(JsonTypeInfo<T> typeInfo) : JsonResponseUnmarshaller
    where T : class
{
    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
    {
        var body = ReadBody(context.Stream);
        try
        {
            var result = body.Length == 0 ? null : JsonSerializer.Deserialize(body, typeInfo);
            return new OperationResponse<T> { Result = result ?? JsonSerializer.Deserialize("{}"u8, typeInfo) };
        }
        catch (JsonException exception)
        {
            return new OperationResponse<T> { ReadError = exception };
        }
    }

    public override AmazonServiceException UnmarshallException(
        JsonUnmarshallerContext context,
        Exception innerException,
        HttpStatusCode statusCode
    )
    {
        var data = context.ResponseData;
        return ServiceErrorParser.Parse(
            ReadBody(context.Stream),
            statusCode,
            data?.GetHeaderValue(ServiceErrorParser.RequestIdHeader),
            data?.GetHeaderValue(ServiceErrorParser.ErrorTypeHeader),
            innerException
        );
    }

    private static byte[] ReadBody(Stream? stream)
    {
        if (stream is null)
        {
            return [];
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
