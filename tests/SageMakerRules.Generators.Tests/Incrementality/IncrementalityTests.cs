using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SageMakerRules.Generators.Model;
using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Incrementality;

public sealed class IncrementalityTests
{
    private static readonly string[] s_steps =
    [
        SageMakerRulesGenerator.Steps.Compile,
        SageMakerRulesGenerator.Steps.Names,
        SageMakerRulesGenerator.Steps.Model,
    ];

    [Fact]
    public void Run_SecondTimeWithSameInputs_EveryStepCached()
    {
        var driver = GeneratorHarness.CreateDriver(
            ("/rules/a.yaml", Rules.Pump),
            ("/rules/b.yaml", Rules.Minimal("Other"))
        );
        var compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        foreach (var step in s_steps)
        {
            var reasons = second.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason);
            Assert.All(
                reasons,
                reason =>
                    Assert.Contains(
                        reason,
                        new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }
                    )
            );
        }

        Assert.All(
            second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason)
        );
    }

    [Fact]
    public void Run_AfterEditingOneFile_RegeneratesOnlyThatRule()
    {
        var edited = new InMemoryAdditionalText("/rules/b.yaml", Rules.Minimal("Other"));
        var driver = GeneratorHarness.CreateDriver(("/rules/a.yaml", Rules.Pump));
        driver = driver.AddAdditionalTexts([edited]);
        var compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);
        var before = Sources(driver);

        var replacement = new InMemoryAdditionalText(
            "/rules/b.yaml",
            Rules.Minimal("Other") + "description: changed\n"
        );
        driver = driver.ReplaceAdditionalText(edited, replacement).RunGenerators(compilation.Clone());

        var result = driver.GetRunResult().Results.Single();
        var modelReasons = result
            .TrackedSteps[SageMakerRulesGenerator.Steps.Model]
            .SelectMany(run => run.Outputs)
            .Select(o => o.Reason)
            .ToList();
        Assert.Equal(1, modelReasons.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(
            1,
            modelReasons.Count(reason =>
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged
            )
        );
        var after = Sources(driver);
        Assert.Equal(before["PumpVibrationRetrain.g.cs"], after["PumpVibrationRetrain.g.cs"]);
        Assert.NotEqual(before["Other.g.cs"], after["Other.g.cs"]);
        Assert.Contains("changed", after["Other.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Models_HoldNoSymbolsSyntaxOrCompilations()
    {
        var forbidden = new[]
        {
            typeof(ISymbol),
            typeof(SyntaxNode),
            typeof(SyntaxTree),
            typeof(Compilation),
            typeof(SemanticModel),
            typeof(AdditionalText),
        };
        var seen = new HashSet<Type>();

        Walk(typeof(RuleCompilation), seen);

        Assert.Contains(typeof(RuleModel), seen);
        Assert.Contains(typeof(BoundExpression), seen);
        foreach (var type in seen)
        {
            Assert.DoesNotContain(forbidden, bad => bad.IsAssignableFrom(type));
        }
    }

    [Fact]
    public void Models_OfTheSameFile_AreEqual()
    {
        var first = Binding.RuleCompiler.Compile("/rules/a.yaml", Rules.Pump);
        var second = Binding.RuleCompiler.Compile("/rules/a.yaml", Rules.Pump);

        Assert.NotNull(first.Model);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    private static void Walk(Type type, HashSet<Type> seen)
    {
        if (type.IsPrimitive || type == typeof(string) || !seen.Add(type))
        {
            return;
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Walk(argument, seen);
            }
        }

        if (type.Namespace?.StartsWith("SageMakerRules.Generators", StringComparison.Ordinal) != true)
        {
            return;
        }

        var derived = type.Assembly.GetTypes().Where(candidate => candidate.IsSubclassOf(type));
        var members = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(field => field.FieldType)
            .Concat(
                type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
                    .Select(property => property.PropertyType)
            );
        foreach (
            var member in members
                .Concat(derived)
                .Where(member => !typeof(IEnumerable).IsAssignableFrom(member) || member.IsGenericType)
        )
        {
            Walk(member, seen);
        }
    }

    private static Dictionary<string, string> Sources(GeneratorDriver driver) =>
        driver
            .GetRunResult()
            .Results.Single()
            .GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
}
