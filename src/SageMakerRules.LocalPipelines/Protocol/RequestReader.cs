using System.Text.Json;

namespace SageMakerRules.LocalPipelines.Protocol;

/// <summary>
/// Typed access to the members of a JSON 1.1 request body. A member of the wrong JSON type is a
/// <c>SerializationException</c>, a missing required member a <c>ValidationException</c>, as AWS answers them.
/// </summary>
internal sealed class RequestReader(JsonElement root)
{
    public static RequestReader Parse(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            return new RequestReader(JsonDocument.Parse("{}").RootElement);
        }

        try
        {
            var root = JsonDocument.Parse(body).RootElement;

            return root.ValueKind == JsonValueKind.Object
                ? new RequestReader(root)
                : throw new ApiException(ErrorCodes.Serialization, "The request body must be a JSON object.");
        }
        catch (JsonException exception)
        {
            throw new ApiException(
                ErrorCodes.Serialization,
                $"The request body is not valid JSON (line {exception.LineNumber + 1}, "
                    + $"byte {exception.BytePositionInLine})."
            );
        }
    }

    public string RequiredString(string name) => String(name) ?? throw ApiException.Required(MemberPath(name));

    public string? String(string name) => Member(name, JsonValueKind.String) is { } value ? value.GetString() : null;

    public int? Int(string name) =>
        Member(name, JsonValueKind.Number) is { } value
            ? value.TryGetInt32(out var number)
                ? number
                : throw WrongType(name, "an integer")
            : null;

    public long? Long(string name) =>
        Member(name, JsonValueKind.Number) is { } value
            ? value.TryGetInt64(out var number)
                ? number
                : throw WrongType(name, "an integer")
            : null;

    public DateTimeOffset? Timestamp(string name) =>
        Member(name, JsonValueKind.Number) is { } value
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(value.GetDouble() * 1000))
            : null;

    public JsonElement? Object(string name) => Member(name, JsonValueKind.Object);

    public JsonElement? Array(string name) => Member(name, JsonValueKind.Array);

    public static string MemberPath(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private JsonElement? Member(string name, JsonValueKind kind)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == kind ? value : throw WrongType(name, Describe(kind));
    }

    private static ApiException WrongType(string name, string expected) =>
        new(ErrorCodes.Serialization, $"Member '{name}' must be {expected}.");

    private static string Describe(JsonValueKind kind) =>
        kind switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => kind.ToString(),
        };
}
