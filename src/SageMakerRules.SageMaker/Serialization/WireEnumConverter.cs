using System.Text.Json;
using System.Text.Json.Serialization;

namespace SageMakerRules.SageMaker.Serialization;

/// <summary>
/// Writes an enum as its member name and reads it back; a name this client does not know reads as the
/// <c>Unknown</c> member (value 0), so a status added to the service later does not break deserialisation.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class WireEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {typeof(TEnum).Name} string but found {reader.TokenType}.");
        }

        var text = reader.GetString();
        return IsName(text) && Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) ? value : default;
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (EqualityComparer<TEnum>.Default.Equals(value, default) || !Enum.IsDefined(value))
        {
            throw new JsonException($"{typeof(TEnum).Name} value '{value}' cannot be sent to SageMaker.");
        }

        writer.WriteStringValue(value.ToString());
    }

    // Enum.TryParse also accepts numbers and comma lists; SageMaker sends only member names.
    private static bool IsName(string? text) =>
        !string.IsNullOrEmpty(text) && char.IsAsciiLetter(text[0]) && !text.Contains(',');
}
