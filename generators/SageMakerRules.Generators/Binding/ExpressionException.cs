using System;
using Microsoft.CodeAnalysis;

namespace SageMakerRules.Generators.Binding;

/// <summary>Stops parsing or binding an expression at the first problem; turned into one diagnostic.</summary>
/// <param name="descriptor">The diagnostic to report.</param>
/// <param name="position">The offset of the problem in the expression text.</param>
/// <param name="length">The length of the offending text.</param>
/// <param name="arguments">The message arguments after the context argument.</param>
internal sealed class ExpressionException(
    DiagnosticDescriptor descriptor,
    int position,
    int length,
    params string[] arguments
) : Exception(string.Join(" ", arguments))
{
    public DiagnosticDescriptor Descriptor { get; } = descriptor;

    public int Position { get; } = position;

    public int Length { get; } = length;

    public string[] Arguments { get; } = arguments;
}
