using System.Collections.Generic;
using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Binding;

/// <summary>Type-checks a parsed expression against a rule's fields and produces a bound expression.</summary>
internal sealed partial class ExpressionBinder(BindingScope scope)
{
    public BoundExpression Bind(ExpressionSyntax syntax) =>
        syntax switch
        {
            LiteralSyntax literal => Literals.Bind(literal),
            NameSyntax name => BindName(name),
            UnarySyntax unary => BindUnary(unary),
            BinarySyntax binary => BindBinary(binary),
            InSyntax list => BindIn(list),
            CallSyntax call => BindCall(call),
            _ => throw new System.InvalidOperationException("Unknown syntax " + syntax.GetType().Name),
        };

    private BoundExpression BindName(NameSyntax name)
    {
        if (!scope.TryGetField(name.Name, out var field))
        {
            throw new ExpressionException(
                DiagnosticDescriptors.UnknownField,
                name.Position,
                name.Length,
                name.Name,
                scope.DeclaredNames
            );
        }

        return new BoundField(field.Type, field);
    }

    private BoundExpression BindUnary(UnarySyntax unary)
    {
        var operand = Bind(unary.Operand);
        var expected = unary.Operator == "!" ? "bool" : "a number or duration";
        var valid =
            unary.Operator == "!"
                ? operand.Type == TypeRules.Bool
                : operand.Type.IsNumeric || operand.Type == new ExpressionType(ValueKind.Duration);
        if (!valid)
        {
            throw TypeRules.Mismatch(
                unary.Position,
                unary.Length,
                $"operator '{unary.Operator}' needs {expected} but the operand is {operand.Type}"
            );
        }

        if (unary.Operator == "-" && operand is BoundLiteral literal && operand.Type.IsNumeric)
        {
            return new BoundLiteral(literal.Type, "-" + literal.Value);
        }

        return new BoundUnary(operand.Type, unary.Operator, operand);
    }

    private BoundExpression BindIn(InSyntax list)
    {
        var value = Bind(list.Value);
        var items = new List<BoundExpression>();
        foreach (var itemSyntax in list.Items)
        {
            var item = Bind(itemSyntax);
            var common = TypeRules.Unify(value, item);
            if (common is null || common.Value.IsArray)
            {
                throw TypeRules.Mismatch(
                    itemSyntax.Position,
                    itemSyntax.Length,
                    $"'in' compares {value.Type} with a list item of type {item.Type}"
                );
            }

            items.Add(TypeRules.Convert(item, common.Value, itemSyntax.Position, itemSyntax.Length));
            value = TypeRules.Convert(value, common.Value, list.Value.Position, list.Value.Length);
        }

        return new BoundIn(value, items.ToEquatableArray());
    }

    private static bool Is(BoundExpression expression, ValueKind kind) =>
        !expression.Type.IsArray && expression.Type.Kind == kind;
}
