using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SageMakerRules.Benchmarks.HotPath;
using SageMakerRules.Generated;

namespace SageMakerRules.Benchmarks.Patterns;

/// <summary>
/// Issue 7's budget: matching a five-condition EventBridge pattern (<c>match:</c>) against a ~300-byte event
/// allocates nothing and costs at most twice a bare Utf8JsonReader pass over the same bytes. Same 1,000 events as the
/// hot-path benchmarks; results are per event.
/// </summary>
[MemoryDiagnoser]
public class PatternBenchmarks
{
    private byte[][] _utf8 = [];
    private byte[][] _nonMatching = [];
    private IRule _rule = null!;

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = BenchmarkEvents.CreateUtf8();
        _rule = RuleCatalog.Load(typeof(PatternBenchmarks).Assembly).Single(rule => rule.Name == "HotPathPattern");

        // As many events as the other methods read, all of them ones the pattern rejects (cycled when fewer).
        var rejected = _utf8.Where(bytes => _rule.Evaluate(bytes).Outcome == RuleOutcome.NotMatched).ToArray();
        _nonMatching = [.. Enumerable.Range(0, BenchmarkEvents.Count).Select(i => rejected[i % rejected.Length])];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkEvents.Count)]
    public int Utf8JsonReaderPass()
    {
        var tokens = 0;
        foreach (var bytes in _utf8)
        {
            var reader = new Utf8JsonReader(bytes);
            while (reader.Read())
            {
                tokens++;
            }
        }

        return tokens;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkEvents.Count)]
    public int GeneratedPattern()
    {
        var matches = 0;
        foreach (var bytes in _utf8)
        {
            var reader = new Utf8JsonReader(bytes);
            var state = default(HotPathPattern.PatternState);
            HotPathPattern.PatternScan(ref reader, ref state);
            if (HotPathPattern.PatternMatches(in state))
            {
                matches++;
            }
        }

        return matches;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkEvents.Count)]
    public int GeneratedRuleWithPattern()
    {
        var matches = 0;
        foreach (var bytes in _utf8)
        {
            if (_rule.Evaluate(bytes).Outcome == RuleOutcome.Matched)
            {
                matches++;
            }
        }

        return matches;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkEvents.Count)]
    public int GeneratedRuleWithPatternNonMatchingOnly()
    {
        var matches = 0;
        foreach (var bytes in _nonMatching)
        {
            if (_rule.Evaluate(bytes).Outcome == RuleOutcome.Matched)
            {
                matches++;
            }
        }

        return matches;
    }
}
