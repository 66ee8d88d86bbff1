using System.Diagnostics;
using SageMakerRules.Cli.Tests.Infrastructure;

namespace SageMakerRules.Cli.Tests;

public sealed class ToolPackageTests
{
    [Fact]
    public async Task PackAndInstall_AsDotnetTool_ValidatesTheExample()
    {
        using var folder = new TempFolder();
        var packages = Path.Combine(folder.Path, "packages");
        var tools = Path.Combine(folder.Path, "tools");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

        // Only the freshly packed folder is a source: installing must not reach any registry.
        var config = folder.Write(
            "nuget.config",
            $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """
        );

        var project = Path.Combine(Repository.Root, "src", "SageMakerRules.Cli");
        await RunDotnetAsync("pack", project, "--no-build", "-c", configuration, "-o", packages);
        await RunDotnetAsync("tool", "install", "SageMakerRules.Cli", "--tool-path", tools, "--configfile", config);

        var result = await RunAsync(Path.Combine(tools, "sagemaker-rules"), "validate", Repository.Example);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("3 rule(s) valid.", result.Error);
    }

    private static async Task RunDotnetAsync(params string[] args)
    {
        var result = await RunAsync("dotnet", args);
        Assert.True(result.ExitCode == 0, $"dotnet {string.Join(' ', args)}\n{result}");
    }

    private static async Task<CliResult> RunAsync(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await output, await error);
    }
}
