using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Binding;

/// <summary>Parses and binds one expression, reporting its first problem as a located diagnostic.</summary>
internal static class ExpressionCompiler
{
    public static BoundExpression? Compile(
        ExpressionSource source,
        string context,
        BindingScope scope,
        DiagnosticBag diagnostics
    )
    {
        try
        {
            var syntax = ExpressionParser.Parse(source.Text);
            return new ExpressionBinder(scope).Bind(syntax);
        }
        catch (ExpressionException exception)
        {
            source.Report(diagnostics, exception, context);
            return null;
        }
    }
}
