using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Model;
using SageMakerRules.Generators.Parsing;

namespace SageMakerRules.Generators.Binding;

/// <summary>
/// Expression text and where it sits in the YAML file, so that a problem at an offset of the text is reported at the
/// right line and column. Offsets are exact for single-line plain and quoted scalars (without escapes before the
/// problem); for block scalars the whole scalar is reported.
/// </summary>
/// <param name="Text">The expression or template text.</param>
/// <param name="Scalar">The YAML scalar holding it.</param>
/// <param name="Offset">Where <paramref name="Text"/> starts inside the scalar's value.</param>
internal sealed record ExpressionSource(string Text, YamlScalar Scalar, int Offset = 0)
{
    public SourceSpan Locate(int position, int length)
    {
        var span = Scalar.Span;
        if (Scalar.Style == YamlScalarStyle.Block || span.StartLine != span.EndLine)
        {
            return span;
        }

        var quote = Scalar.Style == YamlScalarStyle.Plain ? 0 : 1;
        return span.Slice(quote + Offset + position, length);
    }

    public void Report(DiagnosticBag diagnostics, ExpressionException exception, string context)
    {
        var span = Locate(exception.Position, exception.Length);
        var arguments =
            exception.Descriptor == DiagnosticDescriptors.ExpressionSyntax
            || exception.Descriptor == DiagnosticDescriptors.TypeMismatch
                ? [context, .. exception.Arguments]
            : exception.Descriptor == DiagnosticDescriptors.UnknownField
                ? [exception.Arguments[0], context, exception.Arguments[1]]
            : exception.Descriptor == DiagnosticDescriptors.InvalidRegex
                ? [exception.Arguments[0], context, exception.Arguments[1]]
            : exception.Descriptor == DiagnosticDescriptors.InvalidDuration ? [exception.Arguments[0], context]
            : exception.Arguments;
        diagnostics.Report(exception.Descriptor, span, arguments);
    }
}
