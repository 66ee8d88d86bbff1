using System.Globalization;
using Newtonsoft.Json.Linq;

namespace SageMakerRules.Runtime;

/// <summary>
/// Walks and converts Newtonsoft tokens for the generated <c>JObject</c> readers, without re-serialising.
/// </summary>
public static class JsonTokens
{
    /// <summary>The property of an object token, or <see langword="null"/> when absent or not an object.</summary>
    /// <param name="token">The token, or <see langword="null"/>.</param>
    /// <param name="name">The property name (case-sensitive).</param>
    public static JToken? Property(JToken? token, string name) =>
        token is JObject obj && obj.TryGetValue(name, StringComparison.Ordinal, out var value) ? value : null;

    /// <summary>The element of an array token, or <see langword="null"/> when absent or not an array.</summary>
    /// <param name="token">The token, or <see langword="null"/>.</param>
    /// <param name="index">The zero-based index.</param>
    public static JToken? Element(JToken? token, int index) =>
        token is JArray array && index < array.Count ? array[index] : null;

    /// <summary>
    /// One JSON Pointer step: the property <paramref name="segment"/> of an object, or, when the token is an array
    /// and the segment is an index, that element. Null when there is no such value.
    /// </summary>
    /// <param name="token">The token, or <see langword="null"/>.</param>
    /// <param name="segment">The unescaped pointer segment.</param>
    public static JToken? Step(JToken? token, string segment) =>
        token switch
        {
            JObject => Property(token, segment),
            JArray when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) =>
                Element(token, index),
            _ => null,
        };

    /// <summary>
    /// The scalar tokens found at a property path, descending through arrays at any depth the way EventBridge
    /// patterns see events. Objects and arrays at the end of the path are not scalars and are not returned.
    /// </summary>
    /// <param name="root">The event.</param>
    /// <param name="path">The property names from the root.</param>
    public static IEnumerable<JToken> Scalars(JToken? root, IReadOnlyList<string> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var results = new List<JToken>();
        Collect(root, path, 0, results);
        return results;
    }

    /// <summary>Words a token for the <c>found</c> part of an error.</summary>
    /// <param name="token">The token.</param>
    public static string Describe(JToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Type switch
        {
            JTokenType.String or JTokenType.Date or JTokenType.Guid or JTokenType.Uri => "a string",
            JTokenType.Integer or JTokenType.Float => "the number " + EventErrors.Truncate(Invariant(token)),
            JTokenType.Boolean => (bool)token ? "true" : "false",
            JTokenType.Null or JTokenType.Undefined => "null",
            JTokenType.Object => "an object",
            JTokenType.Array => "an array",
            _ => "a " + token.Type.ToString().ToLowerInvariant(),
        };
    }

    /// <summary>Reads a string, also from tokens Newtonsoft converted (dates are written back as ISO 8601).</summary>
    /// <param name="token">The token.</param>
    /// <param name="value">The string.</param>
    public static bool TryGetString(JToken token, out string value)
    {
        ArgumentNullException.ThrowIfNull(token);
        value = token.Type switch
        {
            JTokenType.String or JTokenType.Guid or JTokenType.Uri => token.ToString(),
            JTokenType.Date => Invariant(token),
            _ => null!,
        };
        return value is not null;
    }

    /// <summary>Reads a boolean.</summary>
    /// <param name="token">The token.</param>
    /// <param name="value">The value.</param>
    public static bool TryGetBoolean(JToken token, out bool value)
    {
        ArgumentNullException.ThrowIfNull(token);
        value = token.Type == JTokenType.Boolean && (bool)token;
        return token.Type == JTokenType.Boolean;
    }

    /// <summary>Reads a 32-bit integer; a fraction or an out-of-range number fails.</summary>
    /// <param name="token">The token.</param>
    /// <param name="value">The value.</param>
    public static bool TryGetInt32(JToken token, out int value)
    {
        value = 0;
        return TryGetInt64(token, out var wide)
            && wide is >= int.MinValue and <= int.MaxValue
            && Set(out value, (int)wide);
    }

    /// <summary>Reads a 64-bit integer; a fraction or an out-of-range number fails.</summary>
    /// <param name="token">The token.</param>
    /// <param name="value">The value.</param>
    public static bool TryGetInt64(JToken token, out long value)
    {
        ArgumentNullException.ThrowIfNull(token);
        value = 0;
        if (token.Type != JTokenType.Integer || token is not JValue { Value: { } raw })
        {
            return false;
        }

        return raw is long number
            ? Set(out value, number)
            : long.TryParse(Invariant(token), CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Reads a number as a double.</summary>
    /// <param name="token">The token.</param>
    /// <param name="value">The value.</param>
    public static bool TryGetDouble(JToken token, out double value)
    {
        ArgumentNullException.ThrowIfNull(token);
        value = 0;
        if (token.Type is not (JTokenType.Integer or JTokenType.Float))
        {
            return false;
        }

        // Doubles and longs convert exactly as their invariant text would parse; other numbers go through the text.
        return token switch
        {
            JValue { Value: double number } => Set(out value, number) && double.IsFinite(number),
            JValue { Value: long number } => Set(out value, number),
            _ => double.TryParse(Invariant(token), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                && double.IsFinite(value),
        };
    }

    /// <summary>Reads a number as a decimal.</summary>
    /// <param name="token">The token.</param>
    /// <param name="value">The value.</param>
    public static bool TryGetDecimal(JToken token, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(token);
        value = 0;
        if (token.Type is not (JTokenType.Integer or JTokenType.Float))
        {
            return false;
        }

        return token switch
        {
            JValue { Value: decimal number } => Set(out value, number),
            JValue { Value: long number } => Set(out value, number),
            _ => decimal.TryParse(Invariant(token), NumberStyles.Float, CultureInfo.InvariantCulture, out value),
        };
    }

    /// <summary>Reads an ISO 8601 date and time, from a string or from a date Newtonsoft already parsed.</summary>
    /// <param name="token">The token.</param>
    /// <param name="value">The value.</param>
    public static bool TryGetDateTime(JToken token, out DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(token);
        value = default;
        switch (token)
        {
            case JValue { Value: DateTimeOffset offset }:
                return Set(out value, offset);
            case JValue { Value: DateTime dateTime }:
                return Set(out value, DateTimes.FromNewtonsoft(dateTime));
            case JValue { Type: JTokenType.String, Value: string text }:
                return DateTimes.TryParseIso(text, out value);
            default:
                return false;
        }
    }

    private static void Collect(JToken? token, IReadOnlyList<string> path, int depth, List<JToken> results)
    {
        if (token is JArray array)
        {
            foreach (var element in array)
            {
                Collect(element, path, depth, results);
            }
        }
        else if (depth == path.Count)
        {
            if (token is JValue)
            {
                results.Add(token);
            }
        }
        else
        {
            Collect(Property(token, path[depth]), path, depth + 1, results);
        }
    }

    private static string Invariant(JToken token) =>
        token is JValue { Value: IFormattable formattable }
            ? token.Type == JTokenType.Date
                ? DateTimes.FormatNewtonsoft(((JValue)token).Value!)
                : formattable.ToString(token.Type == JTokenType.Float ? "R" : null, CultureInfo.InvariantCulture)
            : token.ToString();

    private static bool Set<T>(out T target, T value)
    {
        target = value;
        return true;
    }
}
