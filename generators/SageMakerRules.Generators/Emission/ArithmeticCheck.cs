using System.Linq;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>
/// Tells conditions that can throw an <c>ArithmeticException</c> (decimal or duration overflow, <c>abs</c> of the
/// smallest integer, a conversion to decimal) from those that cannot, so that only the former get a try block:
/// comparisons, logic, <c>in</c>, null tests and the string functions never overflow.
/// </summary>
internal static class ArithmeticCheck
{
    public static bool CanOverflow(BoundExpression expression) =>
        expression switch
        {
            BoundLiteral or BoundField => false,
            BoundNullTest test => CanOverflow(test.Operand),
            BoundIn list => CanOverflow(list.Value) || list.Items.Any(CanOverflow),
            BoundUnary { Operator: "!" } unary => CanOverflow(unary.Operand),
            BoundBinary { Operator: "&&" or "||" or "==" or "!=" or "<" or "<=" or ">" or ">=" } binary => CanOverflow(
                binary.Left
            ) || CanOverflow(binary.Right),
            BoundCall call when IsTextOrPresence(call.Function) => call.Arguments.Any(CanOverflow),
            _ => true,
        };

    private static bool IsTextOrPresence(string function) =>
        function
            is "startsWith"
                or "endsWith"
                or "contains"
                or "matches"
                or "lower"
                or "upper"
                or "len"
                or "exists"
                or "coalesce";
}
