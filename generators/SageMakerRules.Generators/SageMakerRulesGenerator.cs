using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SageMakerRules.Generators.Binding;
using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Emission;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators;

/// <summary>
/// Compiles YAML rule files (AdditionalFiles ending in .yaml or .yml) into typed C# rules and a registry.
/// Stages: parse and bind each file to a model, emit each model, collect names for the registry and duplicates.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SageMakerRulesGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for incrementality tests.</summary>
    public static class Steps
    {
        /// <summary>Parse and bind of one YAML file.</summary>
        public const string Compile = "Compile";

        /// <summary>The model of one rule, paired with the duplicate names.</summary>
        public const string Model = "Model";

        /// <summary>The collected rule names.</summary>
        public const string Names = "Names";
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var compilations = context
            .AdditionalTextsProvider.Where(static text => IsRuleFile(text.Path))
            .Select(static (text, token) => RuleCompiler.Compile(text.Path, text.GetText(token)?.ToString()))
            .WithTrackingName(Steps.Compile);

        context.RegisterSourceOutput(compilations.Select(static (c, _) => c.Diagnostics), ReportDiagnostics);

        var names = compilations
            .Select(static (c, _) => c.Model is null ? null : c.Name)
            .Collect()
            .Select(static (all, _) => all.Where(name => name is not null).Select(name => name!).ToEquatableArray())
            .WithTrackingName(Steps.Names);
        var duplicates = names.Select(static (all, _) => Duplicates(all));

        var models = compilations
            .Select(static (c, _) => c.Model)
            .Where(static model => model is not null)
            .Combine(duplicates)
            .WithTrackingName(Steps.Model);

        context.RegisterSourceOutput(models, static (spc, pair) => EmitRule(spc, pair.Left!, pair.Right));
        context.RegisterSourceOutput(names, EmitRegistry);
    }

    private static bool IsRuleFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static void ReportDiagnostics(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static EquatableArray<string> Duplicates(EquatableArray<RuleName> names) =>
        names
            .GroupBy(name => name.Name)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToEquatableArray();

    private static void EmitRule(SourceProductionContext context, RuleModel model, EquatableArray<string> duplicates)
    {
        if (duplicates.Contains(model.Name))
        {
            return;
        }

        Guarded(context, model.SourcePath, () => context.AddSource(model.Name + ".g.cs", RuleEmitter.Emit(model)));
    }

    private static void EmitRegistry(SourceProductionContext context, EquatableArray<RuleName> names)
    {
        var groups = names.GroupBy(name => name.Name).ToList();
        foreach (var group in groups.Where(group => group.Count() > 1))
        {
            var all = group.OrderBy(name => name.Path, StringComparer.Ordinal).ToList();
            foreach (var name in all)
            {
                var others = string.Join(", ", all.Where(other => other != name).Select(other => other.Path));
                var info = DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateRuleName,
                    name.Path,
                    name.Span,
                    name.Name,
                    others
                );
                context.ReportDiagnostic(info.ToDiagnostic());
            }
        }

        var unique = groups.Where(group => group.Count() == 1).Select(group => group.Key).ToImmutableArray();
        if (unique.Length > 0)
        {
            Guarded(
                context,
                string.Empty,
                () => context.AddSource("GeneratedRuleRegistry.g.cs", RegistryEmitter.Emit(unique))
            );
        }
    }

    private static void Guarded(SourceProductionContext context, string path, Action emit)
    {
        try
        {
            emit();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var info = DiagnosticInfo.Create(
                DiagnosticDescriptors.InternalError,
                path,
                default,
                exception.GetType().Name,
                exception.Message
            );
            context.ReportDiagnostic(info.ToDiagnostic());
        }
    }
}
