using System.Globalization;
using System.Text;

namespace SageMakerRules.Generators.Patterns;

public sealed partial class PatternJsonReader
{
    private string ReadString()
    {
        _position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Fail("Unexpected end-of-input: was expecting closing quote for a string value");
            }

            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                return builder.ToString();
            }

            if (c < ' ')
            {
                var code = ((int)c).ToString(CultureInfo.InvariantCulture);
                throw Fail(
                    "Illegal unquoted character ((CTRL-CHAR, code "
                        + code
                        + ")): has to be escaped using backslash to be included in string value"
                );
            }

            _position++;
            builder.Append(c == '\\' ? ReadEscape() : c);
        }
    }

    private char ReadEscape()
    {
        var c = Peek();
        _position++;
        switch (c)
        {
            case '"':
            case '\\':
            case '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u' when _position + 4 <= _text.Length && IsHex(_text.Substring(_position, 4)):
                _position += 4;
                return (char)int.Parse(_text.Substring(_position - 4, 4), NumberStyles.HexNumber);
            default:
                _position--;
                throw Unexpected("Unrecognized character escape");
        }
    }

    private static bool IsHex(string text)
    {
        foreach (var c in text)
        {
            if (!IsHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHexDigit(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    private PatternValue ReadToken(PatternLocation location)
    {
        var start = _position;
        while (_position < _text.Length && IsTokenChar(_text[_position]))
        {
            _position++;
        }

        var token = _text.Substring(start, _position - start);
        switch (token)
        {
            case "true":
                return PatternValue.Scalar(PatternValueKind.True, token, location);
            case "false":
                return PatternValue.Scalar(PatternValueKind.False, token, location);
            case "null":
                return PatternValue.Scalar(PatternValueKind.Null, token, location);
        }

        if (PatternNumber.IsJsonNumber(token))
        {
            return PatternValue.Scalar(PatternValueKind.Number, token, location);
        }

        _position = start;
        if (token.Length == 0)
        {
            throw Unexpected("expected a valid value " + ValueExpected);
        }

        throw Fail("Unrecognized token '" + token + "': was expecting " + ValueExpected);
    }

    private static bool IsTokenChar(char c) =>
        char.IsLetterOrDigit(c) || c == '-' || c == '+' || c == '.' || c == '_' || c == '\'';
}
