namespace SageMakerRules.Cli;

/// <summary>The entry point of the <c>sagemaker-rules</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The process exit code.</returns>
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("sagemaker-rules: no commands yet");
        return args.Length == 0 ? 0 : 1;
    }
}
