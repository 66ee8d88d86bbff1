using System.Collections.Generic;

namespace SageMakerRules.Generators.Binding;

/// <summary>
/// Parses expression text by precedence, loosest first: <c>||</c>, <c>&amp;&amp;</c>, <c>== !=</c>,
/// <c>&lt; &lt;= &gt; &gt;= in</c>, <c>+ -</c>, <c>* / %</c>, unary <c>! -</c>, then literals, names, calls and
/// parentheses.
/// </summary>
internal sealed class ExpressionParser
{
    private readonly List<Token> _tokens;
    private int _index;

    private ExpressionParser(string text) => _tokens = Lexer.Tokenize(text);

    private Token Current => _tokens[_index];

    public static ExpressionSyntax Parse(string text)
    {
        var parser = new ExpressionParser(text);
        if (parser.Current.Kind == TokenKind.End)
        {
            throw Lexer.Syntax(0, text.Length, "the expression is empty");
        }

        var expression = parser.ParseBinary(0);
        if (parser.Current.Kind != TokenKind.End)
        {
            throw Lexer.Syntax(parser.Current.Position, parser.Current.Length, $"unexpected '{parser.Current.Text}'");
        }

        return expression;
    }

    private static readonly string[][] s_levels =
    [
        ["||"],
        ["&&"],
        ["==", "!="],
        ["<", "<=", ">", ">="],
        ["+", "-"],
        ["*", "/", "%"],
    ];

    private ExpressionSyntax ParseBinary(int level)
    {
        if (level == s_levels.Length)
        {
            return ParseUnary();
        }

        var left = ParseBinary(level + 1);
        while (true)
        {
            if (level == 3 && Current is { Kind: TokenKind.Identifier, Text: "in" })
            {
                left = ParseIn(left);
                continue;
            }

            var op = Current;
            if (op.Kind != TokenKind.Operator || System.Array.IndexOf(s_levels[level], op.Text) < 0)
            {
                return left;
            }

            _index++;
            var right = ParseBinary(level + 1);
            left = new BinarySyntax(op.Text, left, right, left.Position, End(right) - left.Position);
        }
    }

    private ExpressionSyntax ParseIn(ExpressionSyntax value)
    {
        _index++;
        Expect("[");
        var items = new List<ExpressionSyntax>();
        if (!Current.Is("]"))
        {
            do
            {
                items.Add(ParseBinary(0));
            } while (TryTake(","));
        }

        var close = Expect("]");
        if (items.Count == 0)
        {
            throw Lexer.Syntax(close.Position, 1, "the list after 'in' is empty");
        }

        return new InSyntax(value, items, value.Position, close.Position + 1 - value.Position);
    }

    private ExpressionSyntax ParseUnary()
    {
        var op = Current;
        if (op.Is("!") || op.Is("-"))
        {
            _index++;
            var operand = ParseUnary();
            return new UnarySyntax(op.Text, operand, op.Position, End(operand) - op.Position);
        }

        return ParsePrimary();
    }

    private ExpressionSyntax ParsePrimary()
    {
        var token = Current;
        _index++;
        switch (token.Kind)
        {
            case TokenKind.Number or TokenKind.Duration or TokenKind.String:
                return new LiteralSyntax(token.Kind, token.Text, token.Position, token.Length);
            case TokenKind.Identifier when token.Text is "true" or "false" or "null":
                return new LiteralSyntax(TokenKind.Identifier, token.Text, token.Position, token.Length);
            case TokenKind.Identifier when Current.Is("("):
                return ParseCall(token);
            case TokenKind.Identifier:
                return new NameSyntax(token.Text, token.Position, token.Length);
            case TokenKind.Operator when token.Text == "(":
                var inner = ParseBinary(0);
                Expect(")");
                return inner;
            case TokenKind.End:
                throw Lexer.Syntax(token.Position, 0, "the expression ends too early");
            default:
                throw Lexer.Syntax(token.Position, token.Length, $"unexpected '{token.Text}'");
        }
    }

    private CallSyntax ParseCall(Token name)
    {
        _index++;
        var arguments = new List<ExpressionSyntax>();
        if (!Current.Is(")"))
        {
            do
            {
                arguments.Add(ParseBinary(0));
            } while (TryTake(","));
        }

        var close = Expect(")");
        return new CallSyntax(name.Text, arguments, name.Position, close.Position + 1 - name.Position);
    }

    private bool TryTake(string op)
    {
        if (!Current.Is(op))
        {
            return false;
        }

        _index++;
        return true;
    }

    private Token Expect(string op)
    {
        var token = Current;
        if (!token.Is(op))
        {
            var found = token.Kind == TokenKind.End ? "the end" : $"'{token.Text}'";
            throw Lexer.Syntax(token.Position, token.Length, $"expected '{op}' but found {found}");
        }

        _index++;
        return token;
    }

    private static int End(ExpressionSyntax syntax) => syntax.Position + syntax.Length;
}
