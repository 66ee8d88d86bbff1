using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SageMakerRules.Runtime;

/// <summary>
/// A string field value that is not turned into a <see cref="string"/> until something needs one. Read from UTF-8
/// bytes it is a range of the event; read from a Newtonsoft token it holds the string. The default value has no text
/// (the field is missing or null), and every test on it answers <see langword="null"/> (unknown).
/// </summary>
public readonly struct JsonText
{
    private const int StackLimit = 256;
    private const StringComparison Ordinal = StringComparison.Ordinal;

    private readonly string? _text;
    private readonly int _start;
    private readonly int _length;
    private readonly TextKind _kind;

    private JsonText(string? text, int start, int length, TextKind kind)
    {
        _text = text;
        _start = start;
        _length = length;
        _kind = kind;
    }

    private enum TextKind : byte
    {
        None,
        Utf8,
        EscapedUtf8,
        String,
    }

    /// <summary>Whether the value has text (the field was present and not null).</summary>
    public bool HasValue => _kind != TextKind.None;

    /// <summary>Captures the string token the reader is on, as a range of the bytes the reader reads.</summary>
    /// <param name="reader">
    /// A reader over one contiguous span, positioned on a <see cref="JsonTokenType.String"/>.
    /// </param>
    /// <exception cref="InvalidOperationException">
    /// The token's escapes do not decode to Unicode text (a lone UTF-16 surrogate such as <c>\ud800</c>), so the
    /// value could never be used; the generated reader turns this into an event error while it reads.
    /// </exception>
    public static JsonText FromReader(ref Utf8JsonReader reader)
    {
        var kind = TextKind.Utf8;
        if (reader.ValueIsEscaped)
        {
            EnsureDecodable(ref reader);
            kind = TextKind.EscapedUtf8;
        }

        return new JsonText(null, checked((int)reader.TokenStartIndex + 1), reader.ValueSpan.Length, kind);
    }

    /// <summary>
    /// Wraps a string that is already materialised; <see langword="null"/> gives a value with no text.
    /// </summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    public static JsonText FromString(string? text) =>
        text is null ? default : new JsonText(text, 0, text.Length, TextKind.String);

    /// <summary>Returns the text as a string, or <see langword="null"/> when the value has none.</summary>
    /// <param name="source">The event bytes the value was read from (ignored for materialised text).</param>
    public string? GetString(ReadOnlySpan<byte> source) =>
        _kind switch
        {
            TextKind.Utf8 => Encoding.UTF8.GetString(Raw(source)),
            TextKind.EscapedUtf8 => Unescaped(source),
            TextKind.String => _text,
            _ => null,
        };

    /// <summary>Compares the text with UTF-8 text ordinally, without allocating for unescaped event text.</summary>
    /// <param name="source">The event bytes the value was read from.</param>
    /// <param name="utf8">The text to compare with.</param>
    /// <returns><see langword="null"/> when the value has no text.</returns>
    public bool? TextEquals(ReadOnlySpan<byte> source, ReadOnlySpan<byte> utf8)
    {
        switch (_kind)
        {
            case TextKind.Utf8:
                return Raw(source).SequenceEqual(utf8);
            case TextKind.EscapedUtf8:
                var reader = TokenReader(source);
                return reader.ValueTextEquals(utf8);
            case TextKind.String:
                return EqualsUtf8(_text!, utf8);
            default:
                return null;
        }
    }

    /// <summary>The most characters <see cref="CopyTo"/> writes: UTF-8 length bounds the UTF-16 length.</summary>
    internal int MaxCharCount => _kind == TextKind.String ? _text!.Length : _length;

    /// <summary>Writes the text as UTF-16 into <paramref name="destination"/>, decoding event bytes directly.</summary>
    /// <param name="source">The event bytes the value was read from.</param>
    /// <param name="destination">At least <see cref="MaxCharCount"/> characters.</param>
    /// <returns>The number of characters written; 0 when the value has no text.</returns>
    internal int CopyTo(ReadOnlySpan<byte> source, Span<char> destination)
    {
        switch (_kind)
        {
            case TextKind.Utf8:
                return Encoding.UTF8.GetChars(Raw(source), destination);
            case TextKind.EscapedUtf8:
                var reader = TokenReader(source);
                return reader.CopyString(destination);
            case TextKind.String:
                _text.AsSpan().CopyTo(destination);
                return _text!.Length;
            default:
                return 0;
        }
    }

    /// <summary>Whether the text starts with the given UTF-8 text (ordinal).</summary>
    /// <param name="source">The event bytes the value was read from.</param>
    /// <param name="utf8">The prefix.</param>
    /// <returns><see langword="null"/> when the value has no text.</returns>
    public bool? StartsWith(ReadOnlySpan<byte> source, ReadOnlySpan<byte> utf8) =>
        _kind switch
        {
            TextKind.Utf8 => Raw(source).StartsWith(utf8),
            TextKind.String => _text.AsSpan().StartsWith(Decode(utf8, stackalloc char[StackLimit]), Ordinal),
            _ => RuleOperators.StartsWith(GetString(source), Encoding.UTF8.GetString(utf8)),
        };

    /// <summary>Whether the text ends with the given UTF-8 text (ordinal).</summary>
    /// <param name="source">The event bytes the value was read from.</param>
    /// <param name="utf8">The suffix.</param>
    /// <returns><see langword="null"/> when the value has no text.</returns>
    public bool? EndsWith(ReadOnlySpan<byte> source, ReadOnlySpan<byte> utf8) =>
        _kind switch
        {
            TextKind.Utf8 => Raw(source).EndsWith(utf8),
            TextKind.String => _text.AsSpan().EndsWith(Decode(utf8, stackalloc char[StackLimit]), Ordinal),
            _ => RuleOperators.EndsWith(GetString(source), Encoding.UTF8.GetString(utf8)),
        };

    /// <summary>Whether the text contains the given UTF-8 text (ordinal).</summary>
    /// <param name="source">The event bytes the value was read from.</param>
    /// <param name="utf8">The text to look for.</param>
    /// <returns><see langword="null"/> when the value has no text.</returns>
    public bool? Contains(ReadOnlySpan<byte> source, ReadOnlySpan<byte> utf8) =>
        _kind switch
        {
            TextKind.Utf8 => Raw(source).IndexOf(utf8) >= 0,
            TextKind.String => _text.AsSpan().IndexOf(Decode(utf8, stackalloc char[StackLimit]), Ordinal) >= 0,
            _ => RuleOperators.Contains(GetString(source), Encoding.UTF8.GetString(utf8)),
        };

    /// <summary>
    /// Whether the regular expression matches the text, decoding it without a heap allocation if short.
    /// </summary>
    /// <param name="source">The event bytes the value was read from.</param>
    /// <param name="regex">The compiled expression.</param>
    /// <returns><see langword="null"/> when the value has no text.</returns>
    public bool? Matches(ReadOnlySpan<byte> source, Regex regex)
    {
        ArgumentNullException.ThrowIfNull(regex);
        if (_kind != TextKind.Utf8)
        {
            return RuleOperators.Matches(GetString(source), regex);
        }

        var raw = Raw(source);
        var count = Encoding.UTF8.GetCharCount(raw);
        char[]? rented = count > StackLimit ? ArrayPool<char>.Shared.Rent(count) : null;
        var chars = rented is null ? stackalloc char[StackLimit] : rented;
        try
        {
            var written = Encoding.UTF8.GetChars(raw, chars);
            return regex.IsMatch(chars[..written]);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The number of UTF-16 characters of the text.</summary>
    /// <param name="source">The event bytes the value was read from.</param>
    /// <returns><see langword="null"/> when the value has no text.</returns>
    public int? Length(ReadOnlySpan<byte> source) =>
        _kind == TextKind.Utf8 ? Encoding.UTF8.GetCharCount(Raw(source)) : GetString(source)?.Length;

    /// <summary>Ordinal equality of a string with UTF-8 text, without decoding the text to a new string.</summary>
    private static bool EqualsUtf8(string text, ReadOnlySpan<byte> utf8)
    {
        if (Ascii.IsValid(utf8))
        {
            return text.Length == utf8.Length && Ascii.Equals(utf8, text);
        }

        // A UTF-16 character never takes fewer UTF-8 bytes than one, so a longer string cannot be equal.
        return text.Length <= utf8.Length && text.AsSpan().SequenceEqual(Decode(utf8, stackalloc char[StackLimit]));
    }

    /// <summary>Decodes a rule's UTF-8 literal into <paramref name="buffer"/>, or a new string if too long.</summary>
    private static ReadOnlySpan<char> Decode(ReadOnlySpan<byte> utf8, Span<char> buffer) =>
        utf8.Length <= buffer.Length
            ? buffer[..Encoding.UTF8.GetChars(utf8, buffer)]
            : Encoding.UTF8.GetString(utf8).AsSpan();

    private ReadOnlySpan<byte> Raw(ReadOnlySpan<byte> source) => source.Slice(_start, _length);

    /// <summary>
    /// Unescapes the escaped property name or string the reader is on into a scratch buffer, so that text which can
    /// never be used fails while the event is read rather than later.
    /// </summary>
    /// <param name="reader">A reader positioned on an escaped property name or string.</param>
    /// <exception cref="InvalidOperationException">
    /// An escape does not decode to Unicode text (a lone UTF-16 surrogate such as <c>\ud800</c>).
    /// </exception>
    public static void EnsureDecodable(ref Utf8JsonReader reader)
    {
        // Unescaped UTF-8 is never longer than its escaped form.
        var length = reader.ValueSpan.Length;
        byte[]? rented = length > StackLimit ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            reader.CopyString(rented ?? stackalloc byte[StackLimit]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private Utf8JsonReader TokenReader(ReadOnlySpan<byte> source)
    {
        var reader = new Utf8JsonReader(source.Slice(_start - 1, _length + 2));
        reader.Read();
        return reader;
    }

    private string? Unescaped(ReadOnlySpan<byte> source)
    {
        var reader = TokenReader(source);
        return reader.GetString();
    }
}
