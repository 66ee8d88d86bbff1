using System.Diagnostics;
using System.Text;

namespace SageMakerRules.Cli.Tests.Infrastructure;

/// <summary>Runs the built <c>sagemaker-rules</c> as a child process, the way a user runs it.</summary>
public sealed class CliProcess : IDisposable
{
    // A ceiling against a hung child on a busy machine, not a performance assertion.
    private static readonly TimeSpan Ceiling = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private CliProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, line) => Append(_output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(_error, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>What the child has written to standard output so far.</summary>
    public string OutputSoFar => Read(_output);

    /// <summary>What the child has written to standard error so far.</summary>
    public string ErrorSoFar => Read(_error);

    /// <summary>Whether the child has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Waits until standard error contains <paramref name="text"/> (or the child exits).</summary>
    public Task WaitForErrorAsync(string text) => WaitForAsync(() => ErrorSoFar, text);

    /// <summary>Waits until standard output contains <paramref name="text"/> (or the child exits).</summary>
    public Task WaitForOutputAsync(string text) => WaitForAsync(() => OutputSoFar, text);

    private async Task WaitForAsync(Func<string> soFar, string text)
    {
        using var ceiling = new CancellationTokenSource(Ceiling);
        while (!soFar().Contains(text, StringComparison.Ordinal) && !_process.HasExited)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), ceiling.Token);
        }
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.Append(line).Append('\n');
        }
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }

    /// <summary>The child's process id.</summary>
    public int Id => _process.Id;

    /// <summary>The child's standard input.</summary>
    public StreamWriter Input => _process.StandardInput;

    /// <summary>Runs the command to the end, with <paramref name="input"/> on standard input.</summary>
    public static async Task<CliResult> RunAsync(
        IEnumerable<string> args,
        string? input = null,
        IReadOnlyDictionary<string, string>? environment = null
    )
    {
        using var process = Start(args, environment);
        if (input is not null)
        {
            await process.Input.WriteAsync(input);
        }

        process.Input.Close();
        return await process.WaitAsync();
    }

    /// <summary>Starts the command and leaves it running.</summary>
    public static CliProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root,
        };
        info.ArgumentList.Add(Repository.CliAssembly);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // Keep the child away from any real AWS configuration on the machine.
        foreach (var name in new[] { "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "AWS_PROFILE" })
        {
            info.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return new CliProcess(Process.Start(info)!);
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does.</summary>
    public void Interrupt()
    {
        using var kill = Process.Start("kill", ["-INT", Id.ToString()]);
        kill.WaitForExit();
    }

    /// <summary>Waits for the child to exit and returns what it printed.</summary>
    public async Task<CliResult> WaitAsync()
    {
        using var ceiling = new CancellationTokenSource(Ceiling);
        try
        {
            await _process.WaitForExitAsync(ceiling.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sagemaker-rules did not exit:\n{ErrorSoFar}");
        }

        // The parameterless wait drains the asynchronous standard output and error readers.
        await Task.Run(_process.WaitForExit);
        return new CliResult(_process.ExitCode, OutputSoFar, ErrorSoFar);
    }

    /// <summary>Ends the child if it still runs.</summary>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
