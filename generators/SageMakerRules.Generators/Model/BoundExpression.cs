namespace SageMakerRules.Generators.Model;

/// <summary>A type-checked expression, ready to emit. Nodes are records with value equality.</summary>
/// <param name="Type">The result type.</param>
public abstract record BoundExpression(ExpressionType Type);

/// <summary>
/// A literal, with its value as invariant text (ticks for durations, UTC ticks and offset for datetimes).
/// </summary>
/// <param name="Type">The literal type.</param>
/// <param name="Value">The value text.</param>
public sealed record BoundLiteral(ExpressionType Type, string Value) : BoundExpression(Type);

/// <summary>A reference to a declared event field.</summary>
/// <param name="Type">The field type.</param>
/// <param name="Field">The field.</param>
public sealed record BoundField(ExpressionType Type, FieldModel Field) : BoundExpression(Type);

/// <summary>A conversion of a numeric operand to a wider type.</summary>
/// <param name="Type">The target type.</param>
/// <param name="Operand">The operand.</param>
public sealed record BoundConversion(ExpressionType Type, BoundExpression Operand) : BoundExpression(Type);

/// <summary><c>!x</c> or <c>-x</c>.</summary>
/// <param name="Type">The result type.</param>
/// <param name="Operator">The operator text.</param>
/// <param name="Operand">The operand.</param>
public sealed record BoundUnary(ExpressionType Type, string Operator, BoundExpression Operand) : BoundExpression(Type);

/// <summary>
/// A binary operation; both operands already have <paramref name="OperandType"/> or are null literals.
/// </summary>
/// <param name="Type">The result type.</param>
/// <param name="Operator">The operator text as written.</param>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
/// <param name="OperandType">The common operand type.</param>
public sealed record BoundBinary(
    ExpressionType Type,
    string Operator,
    BoundExpression Left,
    BoundExpression Right,
    ExpressionType OperandType
) : BoundExpression(Type);

/// <summary><c>x == null</c> or <c>x != null</c>: never unknown.</summary>
/// <param name="Operand">The tested expression.</param>
/// <param name="Negated">Whether this is <c>!= null</c>.</param>
public sealed record BoundNullTest(BoundExpression Operand, bool Negated)
    : BoundExpression(new ExpressionType(ValueKind.Bool));

/// <summary><c>x in [a, b]</c>.</summary>
/// <param name="Value">The tested value.</param>
/// <param name="Items">The list items, converted to the value's type.</param>
public sealed record BoundIn(BoundExpression Value, EquatableArray<BoundExpression> Items)
    : BoundExpression(new ExpressionType(ValueKind.Bool));

/// <summary>A function call.</summary>
/// <param name="Type">The result type.</param>
/// <param name="Function">The function name.</param>
/// <param name="Arguments">The arguments, converted as the function needs.</param>
public sealed record BoundCall(ExpressionType Type, string Function, EquatableArray<BoundExpression> Arguments)
    : BoundExpression(Type);
