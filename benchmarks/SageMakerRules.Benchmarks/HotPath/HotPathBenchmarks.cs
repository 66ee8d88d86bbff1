using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Linq;
using RulesEngine.Models;

namespace SageMakerRules.Benchmarks.HotPath;

/// <summary>
/// Reading and evaluating one event against one rule, side by side over the same 1,000 events (issue 2's hot-path
/// budget): the generated rule must cost at most 1.5 times the bare Utf8JsonReader pass and allocate nothing when it
/// does not match. Every benchmark handles all 1,000 events per invocation; results are per event.
/// </summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private byte[][] _utf8 = [];
    private string[] _text = [];
    private JObject[] _objects = [];
    private byte[][] _nonMatching = [];
    private IRule _rule = null!;
    private RulesEngine.RulesEngine _rulesEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkEvents.CreateJson();
        _utf8 = BenchmarkEvents.CreateUtf8();
        _objects = [.. _text.Select(JObject.Parse)];
        _rule = RuleCatalog.Load(typeof(HotPathBenchmarks).Assembly).Single(rule => rule.Name == "HotPathVibration");
        _nonMatching = [.. _utf8.Where(bytes => _rule.Evaluate(bytes).Outcome == RuleOutcome.NotMatched)];
        _rulesEngine = new RulesEngine.RulesEngine([CreateWorkflow()], new ReSettings());
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
    public int GeneratedRule()
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
    public int GeneratedRuleNonMatchingOnly()
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

    [Benchmark(OperationsPerInvoke = BenchmarkEvents.Count)]
    public int JsonDocumentByHand()
    {
        var matches = 0;
        foreach (var bytes in _utf8)
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            var vibration = root.GetProperty("vibration").GetDouble();
            if (VibrationCondition.Holds(vibration, root.GetProperty("status").GetString()))
            {
                _ = VibrationCondition.CreateRequest(root.GetProperty("asset_id").GetString()!, vibration);
                matches++;
            }
        }

        return matches;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkEvents.Count)]
    public int SystemTextJsonSourceGenerated()
    {
        var matches = 0;
        foreach (var bytes in _utf8)
        {
            var poco = JsonSerializer.Deserialize(bytes, BenchmarkEventContext.Default.BenchmarkEvent)!;
            if (VibrationCondition.Holds(poco.Vibration, poco.Status))
            {
                _ = VibrationCondition.CreateRequest(poco.AssetId!, poco.Vibration);
                matches++;
            }
        }

        return matches;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkEvents.Count)]
    public int NewtonsoftJObjectParse()
    {
        var matches = 0;
        foreach (var text in _text)
        {
            matches += EvaluateByHand(JObject.Parse(text)) ? 1 : 0;
        }

        return matches;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkEvents.Count)]
    public async Task<int> MicrosoftRulesEngine()
    {
        var matches = 0;
        foreach (var bytes in _utf8)
        {
            var poco = JsonSerializer.Deserialize(bytes, BenchmarkEventContext.Default.BenchmarkEvent)!;
            var results = await _rulesEngine.ExecuteAllRulesAsync("hot-path", poco);
            if (results[0].IsSuccess)
            {
                _ = VibrationCondition.CreateRequest(poco.AssetId!, poco.Vibration);
                matches++;
            }
        }

        return matches;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkEvents.Count)]
    public int GeneratedJObjectReader()
    {
        var matches = 0;
        foreach (var item in _objects)
        {
            if (_rule.Evaluate(item).Outcome == RuleOutcome.Matched)
            {
                matches++;
            }
        }

        return matches;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkEvents.Count)]
    public int JObjectConditionByHand()
    {
        var matches = 0;
        foreach (var item in _objects)
        {
            matches += EvaluateByHand(item) ? 1 : 0;
        }

        return matches;
    }

    private static bool EvaluateByHand(JObject item)
    {
        var vibration = (double)item["vibration"]!;
        if (!VibrationCondition.Holds(vibration, (string?)item["status"]))
        {
            return false;
        }

        _ = VibrationCondition.CreateRequest((string)item["asset_id"]!, vibration);

        return true;
    }

    private static Workflow CreateWorkflow() =>
        new()
        {
            WorkflowName = "hot-path",
            Rules =
            [
                new Rule
                {
                    RuleName = "HotPathVibration",
                    RuleExpressionType = RuleExpressionType.LambdaExpression,
                    Expression = VibrationCondition.RulesEngineExpression,
                },
            ],
        };
}
