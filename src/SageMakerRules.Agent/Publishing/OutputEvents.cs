using System.Buffers;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace SageMakerRules.Agent.Publishing;

/// <summary>
/// Builds output events: the input event's attributes followed by the result fields. A result field replaces an
/// input attribute of the same name. The batch path works on the <see cref="JObject"/>; the streaming path copies the
/// input's UTF-8 bytes without building a document, and both give the same JSON.
/// </summary>
internal static class OutputEvents
{
    public static JObject Append(JObject input, AgentResult result)
    {
        var output = (JObject)input.DeepClone();
        foreach (var (name, value) in result.Values())
        {
            output.Remove(name);
            output.Add(name, value is null ? JValue.CreateNull() : new JValue(value));
        }

        return output;
    }

    /// <summary>Appends the result fields to a UTF-8 JSON object; the input must be a well-formed object.</summary>
    public static byte[] Append(ReadOnlySpan<byte> input, AgentResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(input.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            writer.WriteStartObject();
            CopyInputProperties(input, writer);
            foreach (var (name, value) in result.Values())
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void CopyInputProperties(ReadOnlySpan<byte> input, Utf8JsonWriter writer)
    {
        var reader = new Utf8JsonReader(input);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            var end = (int)reader.BytesConsumed;
            if (!ResultFields.Contains(name))
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(input[start..end], skipInputValidation: true);
            }
        }
    }
}
