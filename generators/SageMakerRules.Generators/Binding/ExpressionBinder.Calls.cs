using System.Collections.Generic;
using System.Linq;
using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Binding;

/// <summary>The fixed function set and its argument rules.</summary>
internal sealed partial class ExpressionBinder
{
    public const string FunctionNames =
        "startsWith, endsWith, contains, matches, lower, upper, len, abs, min, max, round, exists, coalesce";

    private static readonly ExpressionType s_string = new(ValueKind.String);

    private BoundExpression BindCall(CallSyntax call)
    {
        if (call.Name == "exists")
        {
            return BindExists(call);
        }

        var arguments = call.Arguments.Select(Bind).ToList();
        if (arguments.Any(argument => argument is BoundError))
        {
            return IsFunction(call.Name) ? BoundError.Instance : throw UnknownFunction(call);
        }

        return call.Name switch
        {
            "startsWith" or "endsWith" => Call(call, TypeRules.Bool, Strings(call, arguments, 2)),
            "contains" => BindContains(call, arguments),
            "matches" => BindMatches(call, arguments),
            "lower" or "upper" => Call(call, s_string, Strings(call, arguments, 1)),
            "len" => BindLength(call, arguments),
            "abs" => BindAbs(call, arguments),
            "min" or "max" => BindMinMax(call, arguments),
            "round" => BindRound(call, arguments),
            "coalesce" => BindCoalesce(call, arguments),
            _ => throw UnknownFunction(call),
        };
    }

    private static bool IsFunction(string name) => FunctionNames.Split(',').Any(known => known.Trim() == name);

    private static ExpressionException UnknownFunction(CallSyntax call) =>
        new(DiagnosticDescriptors.UnknownFunction, call.Position, call.Name.Length, call.Name, FunctionNames);

    private BoundExpression BindExists(CallSyntax call)
    {
        Count(call, 1, 1);
        if (call.Arguments[0] is not NameSyntax name)
        {
            throw ArgumentMismatch(call, 0, "a field name");
        }

        var field = (BoundField)BindName(name);
        return Call(call, TypeRules.Bool, [field]);
    }

    private static BoundExpression BindContains(CallSyntax call, List<BoundExpression> arguments)
    {
        Count(call, 2, 2);
        if (!arguments[0].Type.IsArray)
        {
            return Call(call, TypeRules.Bool, Strings(call, arguments, 2));
        }

        var element = arguments[0].Type.Element;
        var item = arguments[1];
        var common = TypeRules.Unify(new BoundLiteral(element, string.Empty), item);
        if (item.Type.IsArray || common is null || (item is not BoundLiteral && common != element))
        {
            throw ArgumentMismatch(call, 1, $"a value of type {element} (the array's element type)", item);
        }

        var argument1 = TypeRules.Convert(item, element, call.Arguments[1].Position, call.Arguments[1].Length);
        return Call(call, TypeRules.Bool, [arguments[0], argument1]);
    }

    private BoundExpression BindMatches(CallSyntax call, List<BoundExpression> arguments)
    {
        Strings(call, arguments, 2);
        if (arguments[1] is not BoundLiteral pattern)
        {
            throw ArgumentMismatch(call, 1, "a string literal (the regular expression)");
        }

        var error = RegexCheck.Validate(pattern.Value);
        if (error is not null)
        {
            var syntax = call.Arguments[1];
            throw new ExpressionException(
                DiagnosticDescriptors.InvalidRegex,
                syntax.Position,
                syntax.Length,
                pattern.Value,
                error
            );
        }

        var index = scope.AddRegex(pattern.Value);
        var regex = new BoundLiteral(
            new ExpressionType(ValueKind.Int),
            index.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
        return Call(call, TypeRules.Bool, [arguments[0], regex]);
    }

    private static BoundExpression BindLength(CallSyntax call, List<BoundExpression> arguments)
    {
        Count(call, 1, 1);
        if (!arguments[0].Type.IsArray && arguments[0].Type != s_string)
        {
            throw ArgumentMismatch(call, 0, "a string or an array", arguments[0]);
        }

        return Call(call, new ExpressionType(ValueKind.Int), arguments);
    }

    private static BoundExpression BindAbs(CallSyntax call, List<BoundExpression> arguments)
    {
        Count(call, 1, 1);
        if (!arguments[0].Type.IsNumeric && arguments[0].Type != new ExpressionType(ValueKind.Duration))
        {
            throw ArgumentMismatch(call, 0, "a number or duration", arguments[0]);
        }

        return Call(call, arguments[0].Type, arguments);
    }

    private static BoundExpression BindMinMax(CallSyntax call, List<BoundExpression> arguments)
    {
        Count(call, 1, 2);
        if (arguments.Count == 1)
        {
            var array = arguments[0].Type;
            if (!array.IsArray || !Orderable(array.Element))
            {
                throw ArgumentMismatch(call, 0, "an array of numbers, datetimes or durations", arguments[0]);
            }

            return Call(call, array.Element, arguments);
        }

        var common = TypeRules.Unify(arguments[0], arguments[1]);
        if (common is not { IsArray: false } type || !Orderable(type))
        {
            throw ArgumentMismatch(call, 1, $"a value that combines with {arguments[0].Type}", arguments[1]);
        }

        return Call(call, type, Converted(call, arguments, type));
    }

    private static BoundExpression BindRound(CallSyntax call, List<BoundExpression> arguments)
    {
        Count(call, 1, 2);
        if (!arguments[0].Type.IsNumeric)
        {
            throw ArgumentMismatch(call, 0, "a number", arguments[0]);
        }

        if (arguments.Count == 1)
        {
            return Call(call, new ExpressionType(ValueKind.Long), arguments);
        }

        if (
            arguments[1] is not BoundLiteral { Type.Kind: ValueKind.Int } digits
            || int.Parse(digits.Value) is < 0 or > 15
        )
        {
            throw ArgumentMismatch(call, 1, "an integer literal from 0 to 15 (the number of digits)");
        }

        return Call(call, arguments[0].Type, arguments);
    }

    private static BoundExpression BindCoalesce(CallSyntax call, List<BoundExpression> arguments)
    {
        Count(call, 2, int.MaxValue);
        var common = arguments[0];
        for (var i = 1; i < arguments.Count; i++)
        {
            var type = TypeRules.Unify(common, arguments[i]);
            if (type is null || type.Value.Kind == ValueKind.Null)
            {
                throw ArgumentMismatch(call, i, $"a value of type {common.Type}", arguments[i]);
            }

            common =
                common is BoundLiteral && arguments[i] is BoundLiteral
                    ? new BoundLiteral(type.Value, string.Empty)
                    : new BoundConversion(type.Value, common);
        }

        return Call(call, common.Type, Converted(call, arguments, common.Type));
    }

    private static bool Orderable(ExpressionType type) =>
        type.IsNumeric || type.Kind is ValueKind.DateTime or ValueKind.Duration;

    private static List<BoundExpression> Converted(
        CallSyntax call,
        List<BoundExpression> arguments,
        ExpressionType type
    ) =>
        arguments
            .Select(
                (argument, i) => TypeRules.Convert(argument, type, call.Arguments[i].Position, call.Arguments[i].Length)
            )
            .ToList();

    private static List<BoundExpression> Strings(CallSyntax call, List<BoundExpression> arguments, int count)
    {
        Count(call, count, count);
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Type != s_string)
            {
                throw ArgumentMismatch(call, i, "a string", arguments[i]);
            }
        }

        return arguments;
    }

    private static BoundCall Call(CallSyntax call, ExpressionType type, List<BoundExpression> arguments) =>
        new(type, call.Name, arguments.ToEquatableArray());

    private static void Count(CallSyntax call, int least, int most)
    {
        var given = call.Arguments.Count;
        if (given >= least && given <= most)
        {
            return;
        }

        var takes =
            least == most ? Arguments(least)
            : most == int.MaxValue ? $"at least {Arguments(least)}"
            : $"{least} or {Arguments(most)}";
        throw new ExpressionException(
            DiagnosticDescriptors.WrongArgumentCount,
            call.Position,
            call.Length,
            call.Name,
            takes,
            given.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
    }

    private static string Arguments(int count) => count == 1 ? "1 argument" : $"{count} arguments";

    private static ExpressionException ArgumentMismatch(
        CallSyntax call,
        int index,
        string expected,
        BoundExpression? found = null
    )
    {
        var syntax = call.Arguments[index];
        var actual = found is null ? string.Empty : $" but it is {found.Type}";
        return TypeRules.Mismatch(
            syntax.Position,
            syntax.Length,
            $"argument {index + 1} of '{call.Name}' must be {expected}{actual}"
        );
    }
}
