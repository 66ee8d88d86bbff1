using System.Collections.Generic;
using System.Text;
using SageMakerRules.Generators.Diagnostics;

namespace SageMakerRules.Generators.Binding;

/// <summary>Splits expression text into tokens.</summary>
internal static class Lexer
{
    private static readonly string[] s_operators =
    [
        "==",
        "!=",
        "<=",
        ">=",
        "&&",
        "||",
        "<",
        ">",
        "!",
        "+",
        "-",
        "*",
        "/",
        "%",
        "(",
        ")",
        "[",
        "]",
        ",",
    ];

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var position = 0;
        while (position < text.Length)
        {
            var character = text[position];
            if (char.IsWhiteSpace(character))
            {
                position++;
            }
            else
            {
                var token = Next(text, position);
                tokens.Add(token);
                position = token.Position + token.Length;
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, text.Length, 0));
        return tokens;
    }

    private static Token Next(string text, int start)
    {
        var character = text[start];
        if (char.IsDigit(character))
        {
            return Number(text, start);
        }

        if (character is '\'' or '"')
        {
            return QuotedString(text, start);
        }

        if (char.IsLetter(character) || character == '_')
        {
            var end = start;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            return new Token(TokenKind.Identifier, text.Substring(start, end - start), start, end - start);
        }

        foreach (var op in s_operators)
        {
            if (string.CompareOrdinal(text, start, op, 0, op.Length) == 0)
            {
                return new Token(TokenKind.Operator, op, start, op.Length);
            }
        }

        throw Syntax(start, 1, $"unexpected character '{character}'");
    }

    private static Token Number(string text, int start)
    {
        var end = Digits(text, start);
        if (end < text.Length && char.IsLetter(text[end]))
        {
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            return new Token(TokenKind.Duration, text.Substring(start, end - start), start, end - start);
        }

        if (end + 1 < text.Length && text[end] == '.' && char.IsDigit(text[end + 1]))
        {
            end = Digits(text, end + 1);
        }

        if (end < text.Length && text[end] is 'e' or 'E')
        {
            var exponent = end + 1;
            if (exponent < text.Length && text[exponent] is '+' or '-')
            {
                exponent++;
            }

            if (exponent >= text.Length || !char.IsDigit(text[exponent]))
            {
                throw Syntax(start, end - start + 1, "a number's exponent needs digits");
            }

            end = Digits(text, exponent);
        }

        return new Token(TokenKind.Number, text.Substring(start, end - start), start, end - start);
    }

    private static int Digits(string text, int position)
    {
        while (position < text.Length && char.IsDigit(text[position]))
        {
            position++;
        }

        return position;
    }

    private static Token QuotedString(string text, int start)
    {
        var quote = text[start];
        var builder = new StringBuilder();
        var position = start + 1;
        while (position < text.Length && text[position] != quote)
        {
            if (text[position] == '\\' && position + 1 < text.Length)
            {
                position++;
            }

            builder.Append(text[position]);
            position++;
        }

        if (position >= text.Length)
        {
            throw Syntax(start, text.Length - start, $"the string starting here has no closing {quote}");
        }

        return new Token(TokenKind.String, builder.ToString(), start, position + 1 - start);
    }

    public static ExpressionException Syntax(int position, int length, string message) =>
        new(DiagnosticDescriptors.ExpressionSyntax, position, length, message);
}
