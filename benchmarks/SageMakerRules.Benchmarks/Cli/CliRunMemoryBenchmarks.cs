using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;

namespace SageMakerRules.Benchmarks.Cli;

/// <summary>
/// Peak resident memory of the built <c>sagemaker-rules run</c> process, as a user runs it: the pump-monitoring
/// example rules, the default local target (the in-process local SageMaker endpoint), and events generated on the fly
/// and piped on standard input, with standard output and standard error read as they are written. Each run prints a
/// "Peak RSS" line (the process's VmHWM) and appends it to BenchmarkDotNet.Artifacts/cli-peak-rss.txt.
/// </summary>
/// <remarks>Build the command first: <c>dotnet build -c Release src/SageMakerRules.Cli</c>.</remarks>
[Config(typeof(OneRunEach))]
public class CliRunMemoryBenchmarks
{
    private CliRunMeasurement? _measurement;

    [Params(1_000, 100_000, 1_000_000)]
    public int Events { get; set; }

    /// <summary>0: the runtime's defaults. 48: the GC heap may not grow past 48 MB, whatever the event count.</summary>
    [Params(0, 48)]
    public int HeapLimitMegabytes { get; set; }

    [Benchmark]
    public async Task<long> RunEventsFromStandardInput()
    {
        _measurement = await CliRunMeasurement.RunAsync(Events, HeapLimitMegabytes);
        return _measurement.OutputLines;
    }

    [IterationCleanup]
    public void Report()
    {
        var measured = _measurement ?? throw new InvalidOperationException("The run did not complete.");
        if (measured.ExitCode != 0 || measured.OutputLines < Events)
        {
            throw new InvalidOperationException(
                $"exit {measured.ExitCode}, {measured.OutputLines} output lines for {Events} events:\n{measured.Error}"
            );
        }

        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"Peak RSS, {Events:N0} events, heap limit {HeapLimitMegabytes} MB: "
                + $"{measured.PeakRssBytes / 1048576.0:F1} MB "
                + $"({measured.OutputLines:N0} output lines, {measured.Elapsed.TotalSeconds:F1} s)"
        );
        Console.WriteLine("// " + line);
        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        File.AppendAllText(Path.Combine("BenchmarkDotNet.Artifacts", "cli-peak-rss.txt"), line + Environment.NewLine);
    }

    /// <summary>
    /// One cold run per case, in the benchmark's own process: the measured process is the child, so BenchmarkDotNet
    /// needs no separate host, and the command needs no job options.
    /// </summary>
    private sealed class OneRunEach : ManualConfig
    {
        public OneRunEach() => AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance));
    }
}
