using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Newtonsoft.Json.Linq;
using SageMakerRules.Agent;
using XMIoT.Framework;

namespace SageMakerRules.Benchmarks.Agent;

/// <summary>
/// Peak managed heap of the agent for one million events: event-level <c>ReceiveAsync</c> (one event at a time,
/// each result published through the streaming overload) against batch <c>Receive</c> (the host's JArray and the
/// output batch). The rules are the generated HotPathVibration rule of this assembly; no event matches, so no
/// SageMaker call is made and every event is published on Output (output mode All). Each benchmark prints a
/// "Peak managed heap" line and appends it to BenchmarkDotNet.Artifacts/agent-peak-heap.txt.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class AgentStreamingMemoryBenchmarks
{
    private SageMakerPipelineAgent _agent = null!;
    private PeakHeapSampler? _sampler;
    private long _published;

    [Params(1_000_000)]
    public int Events { get; set; }

    [IterationSetup]
    public void CreateAgent()
    {
        _published = 0;
        _agent = new SageMakerPipelineAgent();
        _agent.OnPublish += (_, published) => Consume(published);
        _agent.OnPublishError += (_, error) => throw new InvalidOperationException(error.DetailedError);
        _agent.Create(new Configuration { Parameters = Settings() });
        _sampler = new PeakHeapSampler();
    }

    [Benchmark]
    public async Task<long> ReceiveAsyncOneEventAtATime()
    {
        await _agent.ReceiveAsync("Input", Stream(Events));
        return _published;
    }

    [Benchmark]
    public long ReceiveOneBatch()
    {
        var batch = new JArray();
        for (var index = 0; index < Events; index++)
        {
            batch.Add(JObject.Parse(Event(index)));
        }

        _agent.Receive("Input", batch);
        return _published;
    }

    [IterationCleanup]
    public void Report()
    {
        var sampler = _sampler!;
        var peak = sampler.Peak;
        sampler.Dispose();
        _agent.Destroy();
        if (_published != Events)
        {
            throw new InvalidOperationException($"{_published} outputs for {Events} events.");
        }

        var peakMegabytes = peak / 1048576.0;
        var baselineMegabytes = sampler.Baseline / 1048576.0;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"Peak managed heap, {Events:N0} events: {peakMegabytes:F1} MB (baseline {baselineMegabytes:F1} MB)"
        );
        Console.WriteLine("// " + line);
        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        File.AppendAllText(
            Path.Combine("BenchmarkDotNet.Artifacts", "agent-peak-heap.txt"),
            line + Environment.NewLine
        );
    }

    private void Consume(OnPublishArgs published)
    {
        if (published.Events is { } batch)
        {
            _published += batch.Count;
            return;
        }

        var enumerator = published.EventStream!.GetAsyncEnumerator();
        while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
        {
            _published++;
        }
    }

    private static async IAsyncEnumerable<byte[]> Stream(int count)
    {
        for (var index = 0; index < count; index++)
        {
            yield return Encoding.UTF8.GetBytes(Event(index));
        }

        await Task.CompletedTask;
    }

    private static string Event(int index)
    {
        var id = index.ToString(CultureInfo.InvariantCulture);
        var asset = (index % 500).ToString(CultureInfo.InvariantCulture);
        var vibration = (2 + index % 40 / 10.0).ToString(CultureInfo.InvariantCulture);
        return $$"""{"event_id":"e-{{id}}","asset_id":"P-{{asset}}","status":"RUNNING","vibration":{{vibration}}}""";
    }

    private static Dictionary<string, string> Settings() =>
        new()
        {
            ["Region"] = "us-east-1",
            ["EndpointUrl"] = "http://127.0.0.1:9",
            ["AuthenticationMethod"] = "AccessKey",
            ["AccessKeyId"] = "AKIABENCHMARKNOCALLS",
            ["SecretAccessKey"] = "BenchmarkSecretNeverSentBecauseNoEventMatches",
            ["RulesSource"] = "Assembly",
            ["RulesAssemblyPath"] = typeof(AgentStreamingMemoryBenchmarks).Assembly.Location,
            ["OutputMode"] = "All",
        };
}
