using System.Diagnostics;
using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Packing;

public sealed class PackageConsumerTests
{
    [Fact]
    public void Pack_ConsumerProjectWithRule_GeneratesAndRunsTheRule()
    {
        var root = Path.Combine(Path.GetTempPath(), "smr-pack-" + Guid.NewGuid().ToString("N")[..8]);
        var feed = Path.Combine(root, "feed");
        var consumer = Path.Combine(root, "consumer");
        var version = "0.1.0-pack" + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
        try
        {
            var repository = RepositoryRoot();
            Dotnet(repository, "pack", "generators/SageMakerRules.Generators", "-o", feed, $"-p:Version={version}");
            Dotnet(repository, "pack", "src/SageMakerRules", "-o", feed, $"-p:Version={version}");
            WriteConsumer(consumer, feed, version);

            Dotnet(consumer, "build", "-c", "Release", "--packages", Path.Combine(root, "packages"));
            var output = Dotnet(consumer, Path.Combine("bin", "Release", "net10.0", "Consumer.dll"));

            Assert.Contains("rule PumpVibrationRetrain", output, StringComparison.Ordinal);
            Assert.Contains("outcome Matched pump-P-7", output, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static void WriteConsumer(string directory, string feed, string version)
    {
        Directory.CreateDirectory(Path.Combine(directory, "rules"));
        var globalPackages =
            Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(directory, "rules", "pump.yaml"), Rules.Pump);
        File.WriteAllText(
            Path.Combine(directory, "nuget.config"),
            $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="cache" value="{globalPackages}" />
              </packageSources>
            </configuration>
            """
        );
        File.WriteAllText(
            Path.Combine(directory, "Consumer.csproj"),
            $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SageMakerRules" Version="{version}" />
                <PackageReference Include="SageMakerRules.Generators" Version="{version}" />
                <AdditionalFiles Include="rules/*.yaml" />
              </ItemGroup>
            </Project>
            """
        );
        File.WriteAllText(
            Path.Combine(directory, "Program.cs"),
            """
            using System.Text;
            using SageMakerRules;

            foreach (var rule in RuleCatalog.Load(typeof(Program).Assembly))
            {
                Console.WriteLine("rule " + rule.Name);
            }

            var json = "{\"asset_id\":\"P-7\",\"status\":\"RUNNING\",\"timestamp\":\"2024-05-06T07:08:09Z\","
                + "\"sensors\":{\"vibration\":{\"rms\":7.5}}}";
            var evaluation = SageMakerRules.Generated.PumpVibrationRetrain.Instance.Evaluate(Encoding.UTF8.GetBytes(json));
            Console.WriteLine($"outcome {evaluation.Outcome} {evaluation.Request?.DisplayName}");
            """
        );
    }

    private static string Dotnet(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (
            var name in start
                .Environment.Keys.Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase))
                .ToList()
        )
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var text = output.Result + error.Result;
        Assert.True(
            process.ExitCode == 0,
            $"dotnet {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{text}"
        );
        return text;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SageMakerRules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new InvalidOperationException("SageMakerRules.sln not found above the tests.");
    }
}
