using System.Collections.Generic;

namespace SageMakerRules.Generators.Binding;

/// <summary>A parsed, not yet type-checked expression node with its position in the expression text.</summary>
internal abstract record ExpressionSyntax(int Position, int Length);

/// <summary>A number, string, duration, true, false or null literal.</summary>
internal sealed record LiteralSyntax(TokenKind Kind, string Text, int Position, int Length)
    : ExpressionSyntax(Position, Length);

/// <summary>A field name.</summary>
internal sealed record NameSyntax(string Name, int Position, int Length) : ExpressionSyntax(Position, Length);

/// <summary><c>!x</c> or <c>-x</c>.</summary>
internal sealed record UnarySyntax(string Operator, ExpressionSyntax Operand, int Position, int Length)
    : ExpressionSyntax(Position, Length);

/// <summary>A binary operation.</summary>
internal sealed record BinarySyntax(
    string Operator,
    ExpressionSyntax Left,
    ExpressionSyntax Right,
    int Position,
    int Length
) : ExpressionSyntax(Position, Length);

/// <summary><c>x in [a, b]</c>.</summary>
internal sealed record InSyntax(ExpressionSyntax Value, IReadOnlyList<ExpressionSyntax> Items, int Position, int Length)
    : ExpressionSyntax(Position, Length);

/// <summary>A function call.</summary>
internal sealed record CallSyntax(string Name, IReadOnlyList<ExpressionSyntax> Arguments, int Position, int Length)
    : ExpressionSyntax(Position, Length);
