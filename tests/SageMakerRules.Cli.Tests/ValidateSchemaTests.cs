using SageMakerRules.Cli.Tests.Infrastructure;

namespace SageMakerRules.Cli.Tests;

public sealed class ValidateSchemaTests
{
    // The compiler accepts this file; the schema editors use does not (debounce must set at least one key).
    private const string SchemaRejected = """
        version: 1
        name: EmptyDebounce
        pipeline:
          name: pump-retrain
        event:
          vibration: double
        when: vibration > 7.1
        trigger:
          debounce: {}
        """;

    private const string Valid = """
        version: 1
        name: PumpRetrain
        pipeline:
          name: pump-retrain
        event:
          vibration: double
        when: vibration > 7.1
        trigger:
          debounce: { events: 2 }
        """;

    [Fact]
    public async Task Validate_FileTheSchemaRejects_PrintsSchemaViolationAtYamlPositionAndExitsOne()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty-debounce.yaml", SchemaRejected);

        var result = await CliProcess.RunAsync(["validate", path]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"{path}(9,13): error SMR100: Rule file does not match the schema: "
                + "'trigger.debounce' must set at least 1 key(s)",
            Assert.Single(result.OutputLines)
        );
        Assert.Equal($"1 error(s) in {path}.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Validate_ValidFile_PrintsNothingOnOutputAndExitsZero()
    {
        using var folder = new TempFolder();
        var path = folder.Write("pump-retrain.yml", Valid);

        var result = await CliProcess.RunAsync(["validate", path]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.OutputLines);
        Assert.Equal("1 rule(s) valid.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Validate_Folder_ChecksEveryRuleFileButThePipelinesFile()
    {
        using var folder = new TempFolder();
        folder.Write("a-valid.yaml", Valid);
        var rejected = folder.Write("b-empty-debounce.yaml", SchemaRejected);
        folder.Write("pipelines.yaml", "pipelines:\n  - name: pump-retrain\n");
        folder.Write("notes.txt", "not a rule");

        var result = await CliProcess.RunAsync(["validate", folder.Path]);

        Assert.Equal(1, result.ExitCode);
        var diagnostic = Assert.Single(result.OutputLines);
        Assert.StartsWith($"{rejected}(9,13): error SMR100: ", diagnostic);
        Assert.Equal($"1 error(s) in {folder.Path}.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Validate_MistakeBothSchemaAndCompilerSee_IsReportedOnceByTheCompiler()
    {
        using var folder = new TempFolder();
        var path = folder.Write("cooldown.yaml", Valid.Replace("debounce: { events: 2 }", "cooldown: 30 minutes"));

        var result = await CliProcess.RunAsync(["validate", path]);

        Assert.Equal(1, result.ExitCode);
        var diagnostic = Assert.Single(result.OutputLines);
        Assert.StartsWith($"{path}(9,13): error SMR014: '30 minutes' is not a valid duration", diagnostic);
    }

    [Fact]
    public async Task Validate_ExtensionKey_IsAcceptedBySchemaAndCompiler()
    {
        using var folder = new TempFolder();
        var path = folder.Write("extension.yaml", Valid + "\nx-owner: { team: reliability }\n");

        var result = await CliProcess.RunAsync(["validate", path]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.OutputLines);
    }
}
