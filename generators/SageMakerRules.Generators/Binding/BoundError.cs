using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Binding;

/// <summary>
/// Stands for an operand or argument whose problem is already recorded, so that the binder can go on with its
/// siblings. It never reaches the emitter: an expression with any error produces no code.
/// </summary>
internal sealed record BoundError() : BoundExpression(new ExpressionType(ValueKind.Null))
{
    public static BoundError Instance { get; } = new();
}
