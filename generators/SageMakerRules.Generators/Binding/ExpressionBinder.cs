using System.Collections.Generic;
using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Binding;

/// <summary>
/// Type-checks a parsed expression against a rule's fields and produces a bound expression. A problem in one operand
/// or argument is recorded in <see cref="Errors"/> and that node becomes a <see cref="BoundError"/>; its siblings are
/// still bound and checked, and a node with an erroneous operand is not checked again, so each problem is reported
/// once, at its own place, without follow-on errors.
/// </summary>
internal sealed partial class ExpressionBinder(BindingScope scope)
{
    private readonly List<ExpressionException> _errors = [];

    /// <summary>The problems found, operands before the operators over them.</summary>
    public IReadOnlyList<ExpressionException> Errors => _errors;

    public BoundExpression Bind(ExpressionSyntax syntax)
    {
        try
        {
            return BindNode(syntax);
        }
        catch (ExpressionException exception)
        {
            _errors.Add(exception);
            return BoundError.Instance;
        }
    }

    private BoundExpression BindNode(ExpressionSyntax syntax) =>
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
        if (operand is BoundError)
        {
            return operand;
        }

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
        var failed = value is BoundError;
        var items = new List<BoundExpression>();
        foreach (var itemSyntax in list.Items)
        {
            var item = Bind(itemSyntax);
            var common = failed || item is BoundError ? null : TypeRules.Unify(value, item);
            if (common is null || common.Value.IsArray)
            {
                // Each item is checked on its own, so that every wrong item is reported, not only the first.
                if (!failed && item is not BoundError)
                {
                    _errors.Add(
                        TypeRules.Mismatch(
                            itemSyntax.Position,
                            itemSyntax.Length,
                            $"'in' compares {value.Type} with a list item of type {item.Type}"
                        )
                    );
                }

                items.Add(BoundError.Instance);
                continue;
            }

            items.Add(TypeRules.Convert(item, common.Value, itemSyntax.Position, itemSyntax.Length));
            value = TypeRules.Convert(value, common.Value, list.Value.Position, list.Value.Length);
        }

        return failed || items.Contains(BoundError.Instance)
            ? BoundError.Instance
            : new BoundIn(value, items.ToEquatableArray());
    }

    private static bool Is(BoundExpression expression, ValueKind kind) =>
        !expression.Type.IsArray && expression.Type.Kind == kind;
}
