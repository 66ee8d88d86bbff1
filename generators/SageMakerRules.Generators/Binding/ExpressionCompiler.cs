using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Binding;

/// <summary>
/// Parses and binds one expression. A syntax error stops at the first problem (the rest of the text cannot be read
/// reliably); binding reports every problem it finds, each once at its own place.
/// </summary>
internal static class ExpressionCompiler
{
    public static BoundExpression? Compile(
        ExpressionSource source,
        string context,
        BindingScope scope,
        DiagnosticBag diagnostics
    )
    {
        ExpressionSyntax syntax;
        try
        {
            syntax = ExpressionParser.Parse(source.Text);
        }
        catch (ExpressionException exception)
        {
            source.Report(diagnostics, exception, context);
            return null;
        }

        var binder = new ExpressionBinder(scope);
        var bound = binder.Bind(syntax);
        foreach (var error in binder.Errors)
        {
            source.Report(diagnostics, error, context);
        }

        return binder.Errors.Count == 0 ? bound : null;
    }
}
