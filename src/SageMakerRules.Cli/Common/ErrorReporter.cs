using SageMakerRules.SageMaker;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Cli.Common;

/// <summary>Turns a failure into one line on standard error and an exit code.</summary>
internal static class ErrorReporter
{
    /// <summary>Writes <paramref name="exception"/> for a person and returns the exit code to end with.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="verbose">Whether to add the stack trace.</param>
    public static int Report(Exception exception, TextWriter error, bool verbose)
    {
        error.WriteLine($"sagemaker-rules: {Describe(exception)}");
        if (verbose)
        {
            error.WriteLine(exception.ToString());
        }

        return exception is CliException cli ? cli.ExitCode : ExitCodes.Failure;
    }

    /// <summary>How SageMaker's refusal reads, for example <c>SageMaker answered ResourceNotFound: ...</c>.</summary>
    /// <param name="exception">SageMaker's answer.</param>
    public static string Answered(SageMakerPipelinesException exception) =>
        $"SageMaker answered {exception.ErrorCode}: {exception.Message}";

    private static string Describe(Exception exception)
    {
        if (exception is CredentialsException credentials)
        {
            // First: Azure AD or STS out of reach wraps a socket error too, but --endpoint-url is not the cause.
            return $"could not get AWS credentials: {CliSettingNames.Instance.Describe(credentials)}";
        }

        return Unreachable(exception) is { } unreachable
            ? $"the endpoint could not be reached ({unreachable.Message}). "
                + "Check --endpoint-url, the network, and that the endpoint is running."
            : DescribeKnown(exception);
    }

    private static Exception? Unreachable(Exception exception)
    {
        // The SDK wraps connection failures; find the socket-level cause wherever it is in the chain.
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException or System.Net.Sockets.SocketException)
            {
                return current;
            }
        }

        return null;
    }

    private static string DescribeKnown(Exception exception) =>
        exception switch
        {
            CliException cli => cli.Message,
            SageMakerPipelinesException service => Answered(service),
            FileNotFoundException file => $"file not found: {file.FileName ?? file.Message}",
            DirectoryNotFoundException directory => $"folder not found: {directory.Message}",
            _ => $"{exception.GetType().Name}: {exception.Message}",
        };
}
