using System.Buffers;
using System.Globalization;

namespace SageMakerRules.Runtime;

/// <summary>
/// Renders the templates of a generated rule (parameter values, display name, description) into a buffer the caller
/// provides, usually on the stack, so that each rendered value becomes exactly one string. Text that outgrows the
/// buffer continues in an array from <see cref="ArrayPool{T}.Shared"/>, returned when the text is taken.
/// Values are formatted with the invariant culture; a missing (<see langword="null"/>) value renders as empty text.
/// </summary>
public ref struct TemplateWriter
{
    private readonly Span<char> _buffer;
    private Span<char> _chars;
    private char[]? _rented;
    private int _length;

    /// <summary>Starts an empty text in <paramref name="buffer"/>.</summary>
    /// <param name="buffer">Where the text is written first; usually <c>stackalloc char[128]</c>.</param>
    public TemplateWriter(Span<char> buffer)
    {
        _buffer = buffer;
        _chars = buffer;
        _rented = null;
        _length = 0;
    }

    /// <summary>The number of characters written so far.</summary>
    public readonly int Length => _length;

    /// <summary>Appends text as it is; <see langword="null"/> appends nothing.</summary>
    /// <param name="text">The text.</param>
    public void Append(string? text) => Append(text.AsSpan());

    /// <summary>Appends characters as they are.</summary>
    /// <param name="text">The characters.</param>
    public void Append(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(_chars[_length..]);
        _length += text.Length;
    }

    /// <summary>Appends a string field value, decoding it straight from the event bytes.</summary>
    /// <param name="text">The value; one without text appends nothing.</param>
    /// <param name="source">The event bytes the value was read from.</param>
    public void Append(JsonText text, ReadOnlySpan<byte> source)
    {
        Reserve(text.MaxCharCount);
        _length += text.CopyTo(source, _chars[_length..]);
    }

    /// <summary>Appends <c>true</c> or <c>false</c>; <see langword="null"/> appends nothing.</summary>
    /// <param name="value">The value.</param>
    public void Append(bool? value) => Append(RuleText.Bool(value));

    /// <summary>Appends a number, date and time or duration formatted with the invariant culture.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value; <see langword="null"/> appends nothing.</param>
    /// <param name="format">The .NET format string, or <see langword="null"/> for the type's default.</param>
    public void Append<T>(T? value, string? format)
        where T : struct, ISpanFormattable
    {
        if (value is not { } present)
        {
            return;
        }

        int written;
        while (!present.TryFormat(_chars[_length..], out written, format, CultureInfo.InvariantCulture))
        {
            Grow(Math.Max(_chars.Length * 2, 64));
        }

        _length += written;
    }

    /// <summary>Returns the text written so far as a string and empties the writer for the next template.</summary>
    public string ToText()
    {
        var text = _length == 0 ? string.Empty : new string(_chars[.._length]);
        Release();
        return text;
    }

    /// <summary>
    /// Returns the text sanitised to a SageMaker display name (see
    /// <see cref="RuleText.SanitizeDisplayName(string)"/>) in one pass over the buffer, or <see langword="null"/> when
    /// no letter or digit remains; empties the writer.
    /// </summary>
    public string? ToDisplayName()
    {
        var length = RuleText.SanitizeDisplayName(_chars[.._length]);
        var name = length == 0 ? null : new string(_chars[..length]);
        Release();
        return name;
    }

    private void Reserve(int count)
    {
        if (_chars.Length - _length < count)
        {
            Grow(Math.Max(_chars.Length * 2, _length + count));
        }
    }

    private void Grow(int capacity)
    {
        var larger = ArrayPool<char>.Shared.Rent(capacity);
        _chars[.._length].CopyTo(larger);
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
        }

        _rented = larger;
        _chars = larger;
    }

    private void Release()
    {
        _length = 0;
        _chars = _buffer;
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }
}
