using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SageMakerRules.Agent.Execution;

/// <summary>Writes JSON in one canonical form (properties sorted by ordinal name, no whitespace) for hashing.</summary>
internal static class CanonicalJson
{
    public static string Write(JToken token)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
        {
            WriteToken(writer, token);
        }

        return text.ToString();
    }

    private static void WriteToken(JsonWriter writer, JToken token)
    {
        switch (token)
        {
            case JObject @object:
                writer.WriteStartObject();
                foreach (var property in @object.Properties().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteToken(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteToken(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                token.WriteTo(writer);
                break;
        }
    }
}
