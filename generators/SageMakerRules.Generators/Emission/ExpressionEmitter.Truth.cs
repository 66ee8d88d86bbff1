using System.Linq;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>
/// Conditions as two-valued C# <c>bool</c>s with short-circuit <c>&amp;&amp;</c> and <c>||</c>. A rule only needs
/// to know whether its condition is <em>true</em>, and three-valued logic splits exactly: <c>a &amp;&amp; b</c> is true
/// when both are true and false when either is false; <c>a || b</c> the other way round; <c>!a</c> is true when
/// <c>a</c> is false. So the emitted code stops at the first operand that decides, with the same outcome.
/// </summary>
internal static partial class ExpressionEmitter
{
    /// <summary>Emits a C# <c>bool</c> that is true exactly when the condition is <paramref name="wanted"/>.</summary>
    public static string Truth(BoundExpression condition, bool wanted) =>
        condition switch
        {
            BoundBinary { Operator: "&&" } binary => Both(binary.Left, binary.Right, wanted, wanted ? "&&" : "||"),
            BoundBinary { Operator: "||" } binary => Both(binary.Left, binary.Right, wanted, wanted ? "||" : "&&"),
            BoundUnary { Operator: "!" } unary => Truth(unary.Operand, !wanted),
            BoundIn list => "("
                + string.Join(
                    wanted ? " || " : " && ",
                    list.Items.Select(item => Is(Equality(list.Value, item), wanted))
                )
                + ")",
            BoundNullTest test => wanted ? NullTest(test) : $"!{NullTest(test)}",
            _ => Is(Emit(condition), wanted),
        };

    private static string Both(BoundExpression left, BoundExpression right, bool wanted, string op) =>
        $"({Truth(left, wanted)} {op} {Truth(right, wanted)})";

    private static string Is(string value, bool wanted) => $"({value} == {(wanted ? "true" : "false")})";
}
