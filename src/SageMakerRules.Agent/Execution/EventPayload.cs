using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SageMakerRules.Agent.Execution;

/// <summary>
/// One event as the agent received it: UTF-8 JSON bytes (event-level <c>ReceiveAsync</c>), a <see cref="JObject"/>
/// (batch <c>Receive</c>) or JSON text (restored from the state store). Conversions happen lazily, only when needed:
/// to hash an event that has no id field, or to keep it for the completion output.
/// </summary>
/// <remarks>Not thread-safe for concurrent first conversions; the runner uses one payload from one flow at a
/// time.</remarks>
public sealed class EventPayload
{
    private static readonly JsonLoadSettings LoadSettings = new() { LineInfoHandling = LineInfoHandling.Ignore };
    private ReadOnlyMemory<byte>? _utf8;
    private JObject? _object;
    private string? _json;

    private EventPayload(ReadOnlyMemory<byte>? utf8, JObject? @object, string? json)
    {
        _utf8 = utf8;
        _object = @object;
        _json = json;
    }

    /// <summary>Whether the payload was created from bytes the caller may reuse (see <see cref="Detach"/>).</summary>
    public bool IsBorrowed { get; private init; }

    /// <summary>Wraps UTF-8 JSON bytes without copying them.</summary>
    /// <param name="utf8">One JSON object as UTF-8. The runner copies it (<see cref="Detach"/>) before keeping
    /// it.</param>
    /// <returns>The payload.</returns>
    public static EventPayload FromUtf8(ReadOnlyMemory<byte> utf8) => new(utf8, null, null) { IsBorrowed = true };

    /// <summary>
    /// Wraps an event object as XMPro's batch <c>Receive</c> hands it over; it is read, never changed.
    /// </summary>
    /// <param name="event">The event.</param>
    /// <returns>The payload.</returns>
    public static EventPayload FromJObject(JObject @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return new EventPayload(null, @event, null);
    }

    /// <summary>Wraps JSON text, for example an event restored from the state store.</summary>
    /// <param name="json">One JSON object.</param>
    /// <returns>The payload.</returns>
    public static EventPayload FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new EventPayload(null, null, json);
    }

    /// <summary>The event as UTF-8 JSON bytes, serialising it only when it did not arrive as bytes.</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlyMemory<byte> ToUtf8()
    {
        _utf8 ??= Encoding.UTF8.GetBytes(ToJson());
        return _utf8.Value;
    }

    /// <summary>The event as a <see cref="JObject"/>, parsing it only when it did not arrive as one.</summary>
    /// <returns>The object; callers must not change it.</returns>
    /// <exception cref="JsonReaderException">The payload is not one JSON object.</exception>
    public JObject ToJObject() => _object ??= Parse(ToJson());

    /// <summary>The event as compact JSON text.</summary>
    /// <returns>The text.</returns>
    public string ToJson()
    {
        if (_json is not null)
        {
            return _json;
        }

        _json = _utf8 is { } utf8 ? Encoding.UTF8.GetString(utf8.Span) : _object!.ToString(Formatting.None);
        return _json;
    }

    /// <summary>
    /// A SHA-256 (64 lowercase hex characters) of the event's canonical JSON: properties sorted by name, no
    /// whitespace. The same event gives the same hash whether it came as bytes or as an object, whatever its property
    /// order or formatting.
    /// </summary>
    /// <returns>The hash.</returns>
    /// <exception cref="JsonReaderException">The payload is not one JSON object.</exception>
    public string ComputeIdentityHash()
    {
        var canonical = CanonicalJson.Write(ToJObject());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>A payload that owns its content, safe to keep after the caller reuses its buffer.</summary>
    /// <returns>This payload when it owns its content already, else a copy.</returns>
    public EventPayload Detach()
    {
        if (!IsBorrowed)
        {
            return this;
        }

        return new EventPayload(_utf8!.Value.ToArray(), _object, _json);
    }

    private static JObject Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        var token = JToken.ReadFrom(reader, LoadSettings);
        return token as JObject
            ?? throw new JsonReaderException($"The event is a JSON {token.Type}, not a JSON object.");
    }
}
