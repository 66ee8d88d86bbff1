using System.Diagnostics;

namespace SageMakerRules.Benchmarks.Cli;

/// <summary>One run of the built command with generated events on standard input, and what it took.</summary>
public sealed class CliRunMeasurement
{
    private CliRunMeasurement(int exitCode, long outputLines, long peakRssBytes, TimeSpan elapsed, string error)
    {
        ExitCode = exitCode;
        OutputLines = outputLines;
        PeakRssBytes = peakRssBytes;
        Elapsed = elapsed;
        Error = error;
    }

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; }

    /// <summary>The JSON lines written on standard output.</summary>
    public long OutputLines { get; }

    /// <summary>The peak resident set size of the process (VmHWM).</summary>
    public long PeakRssBytes { get; }

    /// <summary>From start to exit.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The tail of standard error (the summary table), for a failed run's message.</summary>
    public string Error { get; }

    /// <summary>Runs <c>sagemaker-rules run</c> on the pump-monitoring example with generated events.</summary>
    /// <param name="events">How many events to generate.</param>
    /// <param name="heapLimitMegabytes">A GC heap hard limit for the process, or 0 for none.</param>
    public static async Task<CliRunMeasurement> RunAsync(int events, int heapLimitMegabytes)
    {
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(StartInfo(heapLimitMegabytes))!;
        using var sampler = new PeakRssSampler(process.Id);
        var writing = WriteEventsAsync(process.StandardInput, events);
        var output = CountLinesAsync(process.StandardOutput);
        var error = TailAsync(process.StandardError);
        await writing;
        var lines = await output;
        var tail = await error;
        await process.WaitForExitAsync();

        return new CliRunMeasurement(process.ExitCode, lines, sampler.Peak, stopwatch.Elapsed, tail);
    }

    private static ProcessStartInfo StartInfo(int heapLimitMegabytes)
    {
        var root = RepositoryRoot();
        var cli = Path.Combine(root, "src", "SageMakerRules.Cli", "bin", "Release", "net10.0", "sagemaker-rules.dll");
        if (!File.Exists(cli))
        {
            throw new FileNotFoundException(
                "Build the command first: dotnet build -c Release src/SageMakerRules.Cli",
                cli
            );
        }

        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        foreach (var arg in new[] { cli, "run", "--rules", "examples/pump-monitoring", "--events", "-" })
        {
            info.ArgumentList.Add(arg);
        }

        if (heapLimitMegabytes > 0)
        {
            // The runtime reads the limit in hexadecimal bytes; a run that needs more heap fails with OutOfMemory.
            info.Environment["DOTNET_GCHeapHardLimit"] = (heapLimitMegabytes * 1048576L).ToString("X");
        }

        return info;
    }

    private static async Task WriteEventsAsync(StreamWriter input, int events)
    {
        var generator = new PumpEventGenerator();
        for (var index = 0; index < events; index++)
        {
            await input.WriteLineAsync(generator.Next(index));
        }

        input.Close();
    }

    private static async Task<long> CountLinesAsync(StreamReader output)
    {
        var count = 0L;
        while (await output.ReadLineAsync() is not null)
        {
            count++;
        }

        return count;
    }

    private static async Task<string> TailAsync(StreamReader error)
    {
        var tail = new Queue<string>();
        while (await error.ReadLineAsync() is { } line)
        {
            tail.Enqueue(line);
            if (tail.Count > 20)
            {
                tail.Dequeue();
            }
        }

        return string.Join('\n', tail);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SageMakerRules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("SageMakerRules.sln not found.");
    }
}
