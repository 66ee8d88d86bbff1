namespace SageMakerRules.Generators.Binding;

/// <summary>The kinds of expression token.</summary>
internal enum TokenKind
{
    Number,
    Duration,
    String,
    Identifier,
    Operator,
    End,
}

/// <summary>One expression token: its kind, its text (unquoted for strings) and where it is.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position, int Length)
{
    public bool Is(string text) => Kind == TokenKind.Operator && Text == text;
}
