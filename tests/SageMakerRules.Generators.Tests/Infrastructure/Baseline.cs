using System.Runtime.CompilerServices;

namespace SageMakerRules.Generators.Tests.Infrastructure;

/// <summary>
/// Compares generated code with a checked-in <c>Baselines/NAME.verified.cs</c>. Set <c>SMR_UPDATE_BASELINES=1</c> to
/// write the current output instead (then review the diff and commit it).
/// </summary>
public static class Baseline
{
    public const string UpdateVariable = "SMR_UPDATE_BASELINES";

    public static void Verify(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Baselines");
        var path = Path.Combine(directory, name + ".verified.cs");
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(
            File.Exists(path),
            $"No baseline at {path}. Run the tests with {UpdateVariable}=1 to create it, review it and commit it."
        );
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected != actual)
        {
            var line = FirstDifference(expected, actual);
            Assert.Fail(
                $"Generated code differs from {path} at line {line}. If the change is intended, run the tests with "
                    + $"{UpdateVariable}=1 and commit the updated baseline.\n--- expected\n{Line(expected, line)}\n"
                    + $"--- actual\n{Line(actual, line)}"
            );
        }
    }

    private static int FirstDifference(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var i = 0;
        while (i < left.Length && i < right.Length && left[i] == right[i])
        {
            i++;
        }

        return i + 1;
    }

    private static string Line(string text, int line)
    {
        var lines = text.Split('\n');
        return line <= lines.Length ? lines[line - 1] : "(end of file)";
    }
}
