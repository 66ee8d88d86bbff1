using Microsoft.CodeAnalysis;

namespace SageMakerRules.Generators.Tests.Infrastructure;

/// <summary>What one generator run produced: the run result and the compilation with the generated sources.</summary>
public sealed record GeneratorRunOutcome(GeneratorDriverRunResult Result, Compilation Compilation)
{
    /// <summary>The generator's diagnostics, ordered by location.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics =>
        Result
            .Diagnostics.OrderBy(d => d.Location.GetLineSpan().Path)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();

    /// <summary>The generated source with the given hint name, e.g. <c>PumpVibrationRetrain.g.cs</c>.</summary>
    public string Source(string hintName)
    {
        var source = Result.Results.SelectMany(r => r.GeneratedSources).SingleOrDefault(s => s.HintName == hintName);
        return source.HintName is null
            ? throw new InvalidOperationException(
                $"No {hintName} was generated. Diagnostics:\n" + string.Join("\n", Diagnostics)
            )
            : source.SourceText.ToString();
    }

    /// <summary>The hint names of every generated source.</summary>
    public IReadOnlyList<string> HintNames =>
        Result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName).OrderBy(n => n).ToList();

    /// <summary>All generated sources, for failure messages.</summary>
    public string AllSources() =>
        string.Join(
            "\n",
            Result.Results.SelectMany(r => r.GeneratedSources).Select(s => $"// {s.HintName}\n{s.SourceText}")
        );
}
