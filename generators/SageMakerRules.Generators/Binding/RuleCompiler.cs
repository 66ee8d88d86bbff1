using System;
using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Model;
using SageMakerRules.Generators.Parsing;

namespace SageMakerRules.Generators.Binding;

/// <summary>Compiles one YAML rule file into a model and diagnostics. Never throws.</summary>
internal static class RuleCompiler
{
    public static RuleCompilation Compile(string path, string? text)
    {
        var diagnostics = new DiagnosticBag(path);
        try
        {
            var root = YamlSyntaxParser.Parse(text ?? string.Empty, diagnostics);
            if (root is null || (root is YamlScalar { IsNull: true }))
            {
                if (!diagnostics.HasErrors)
                {
                    diagnostics.Report(DiagnosticDescriptors.NotARule, default);
                }

                return new RuleCompilation(null, diagnostics.ToArray(), null);
            }

            var model = RuleBinder.Bind(path, text!, root, diagnostics, out var name);
            return new RuleCompilation(diagnostics.HasErrors ? null : model, diagnostics.ToArray(), name);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var internalError = new DiagnosticBag(path);
            internalError.Report(
                DiagnosticDescriptors.InternalError,
                default,
                exception.GetType().Name,
                exception.Message
            );
            return new RuleCompilation(null, internalError.ToArray(), null);
        }
    }
}
