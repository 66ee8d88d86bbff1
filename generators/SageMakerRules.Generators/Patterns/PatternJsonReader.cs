using System;
using System.Collections.Generic;
using System.Globalization;

namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// Reads an event pattern given as JSON text. Duplicate keys are kept (EventBridge merges them) and syntax errors
/// are worded as EventBridge's JSON parser words them.
/// </summary>
public sealed partial class PatternJsonReader
{
    private const string ValueExpected = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

    private readonly string _text;
    private readonly Func<int, int, int, PatternLocation> _locate;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    private PatternJsonReader(string text, Func<int, int, int, PatternLocation> locate)
    {
        _text = text;
        _locate = locate;
    }

    /// <summary>
    /// Reads <paramref name="text"/>. <paramref name="locate"/> maps a 1-based line and column and a 0-based index in
    /// the text to a location in the rule file. Returns null and sets <paramref name="error"/> for invalid JSON.
    /// </summary>
    public static PatternValue? Read(string text, Func<int, int, int, PatternLocation> locate, out PatternError? error)
    {
        var reader = new PatternJsonReader(text, locate);
        try
        {
            error = null;
            return reader.ReadDocument();
        }
        catch (PatternJsonException exception)
        {
            error = exception.Error;
            return null;
        }
    }

    private PatternValue ReadDocument()
    {
        SkipWhitespace();
        var value = ReadValue();
        SkipWhitespace();
        if (_position < _text.Length)
        {
            throw Unexpected("expected end of input after the pattern");
        }

        return value;
    }

    private PatternValue ReadValue()
    {
        if (_position >= _text.Length)
        {
            throw Fail("Unexpected end-of-input: expected a value " + ValueExpected);
        }

        var location = Here();
        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ReadObject(location);
            case '[':
                return ReadArray(location);
            case '"':
                return PatternValue.Scalar(PatternValueKind.String, ReadString(), location);
            default:
                return ReadToken(location);
        }
    }

    private PatternValue ReadObject(PatternLocation location)
    {
        _position++;
        var members = new List<KeyValuePair<string, PatternValue>>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return PatternValue.Object(members, location);
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw EndOrUnexpected("Object", "was expecting double-quote to start field name");
            }

            var key = ReadString();
            SkipWhitespace();
            if (Peek() != ':')
            {
                throw EndOrUnexpected("Object", "was expecting a colon to separate field name and value");
            }

            _position++;
            SkipWhitespace();
            members.Add(new KeyValuePair<string, PatternValue>(key, ReadValue()));
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == '}')
            {
                return PatternValue.Object(members, location);
            }

            if (next != ',')
            {
                _position--;
                throw EndOrUnexpected("Object", "was expecting comma to separate Object entries");
            }
        }
    }

    private PatternValue ReadArray(PatternLocation location)
    {
        _position++;
        var items = new List<PatternValue>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return PatternValue.Array(items, location);
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue());
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == ']')
            {
                return PatternValue.Array(items, location);
            }

            if (next != ',')
            {
                _position--;
                throw EndOrUnexpected("Array", "was expecting comma to separate Array entries");
            }
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\n')
            {
                _line++;
                _lineStart = _position + 1;
            }
            else if (c != ' ' && c != '\t' && c != '\r')
            {
                return;
            }

            _position++;
        }
    }

    private PatternLocation Here() => _locate(_line, _position - _lineStart + 1, _position);

    private PatternJsonException EndOrUnexpected(string container, string expectation) =>
        _position >= _text.Length
            ? Fail("Unexpected end-of-input: expected close marker for " + container)
            : Unexpected(expectation);

    private PatternJsonException Unexpected(string expectation)
    {
        var c = _text[_position];
        var shown = char.IsControl(c) ? "CTRL-CHAR" : "'" + c + "'";
        var code = ((int)c).ToString(CultureInfo.InvariantCulture);
        return Fail("Unexpected character (" + shown + " (code " + code + ")): " + expectation);
    }

    private PatternJsonException Fail(string reason)
    {
        var column = (_position - _lineStart + 1).ToString(CultureInfo.InvariantCulture);
        var where = "line " + _line.ToString(CultureInfo.InvariantCulture) + ", column " + column + " of the JSON";
        var location = _locate(_line, _position - _lineStart + 1, _position);
        return new PatternJsonException(new PatternError("SMR300", reason, where, location));
    }

    private sealed class PatternJsonException(PatternError error) : Exception(error.Reason)
    {
        public PatternError Error { get; } = error;
    }
}
