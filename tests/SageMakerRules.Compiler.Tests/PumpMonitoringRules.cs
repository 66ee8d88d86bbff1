namespace SageMakerRules.Compiler.Tests;

/// <summary>The example rules, compiled once for the tests that use them.</summary>
public sealed class PumpMonitoringRules : IDisposable
{
    public PumpMonitoringRules() => Result = new RuleCompiler().CompileFiles([RepositoryFiles.PumpMonitoring]);

    public RuleCompilationResult Result { get; }

    public IRule Rule(string name) => Result.Rules.Single(rule => rule.Name == name);

    public static IEnumerable<string> Events() =>
        File.ReadLines(Path.Combine(RepositoryFiles.PumpMonitoring, "events.jsonl")).Where(line => line.Length > 0);

    public void Dispose() => Result.Dispose();
}
