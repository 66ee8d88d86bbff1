using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Agent.Settings;

/// <summary>
/// How the person who configures the agent sets its settings, so that a settings or credentials problem names what
/// that person changes. A stream designer shows the agent's own settings (<see cref="Agent"/>, the default); a host
/// that builds the settings from options of its own, such as the command line, names those with <see cref="Host"/>.
/// </summary>
public sealed class SettingNames
{
    private readonly Func<string, string?>? _hostName;

    private SettingNames(Func<string, string?>? hostName) => _hostName = hostName;

    /// <summary>
    /// The agent's settings, by caption and key, as a stream designer shows them: the credentials library's message
    /// with its option names replaced by the agent's settings, followed by, for example, "In the agent's settings,
    /// check Azure Client Secret (AzureClientSecret)."
    /// </summary>
    public static SettingNames Agent { get; } = new(null);

    /// <summary>Names the settings the way the host's user sets them.</summary>
    /// <param name="nameOf">
    /// Given a key of <see cref="SettingKeys"/>, how the host's user sets that setting, for example
    /// <c>--azure-client-secret (or AZURE_CLIENT_SECRET)</c>; <see langword="null"/> when the user cannot set it.
    /// It must not return a setting's value.
    /// </param>
    public static SettingNames Host(Func<string, string?> nameOf)
    {
        ArgumentNullException.ThrowIfNull(nameOf);

        return new SettingNames(nameOf);
    }

    /// <summary>
    /// Says why AWS credentials could not be had and what to fix: the exception's message (with the credentials
    /// library's option names replaced by the host's, for <see cref="Host"/>) and a sentence naming the setting.
    /// Holds no secret: the exception's message holds none, and names are not values.
    /// </summary>
    /// <param name="exception">The failure.</param>
    public string Describe(CredentialsException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);

        return _hostName is null
            ? $"{CredentialSettings.Rename(exception.Message, AgentName)} {AgentAdvice(exception)}"
            : $"{CredentialSettings.Rename(exception.Message, _hostName)} {HostAdvice(exception, _hostName)}";
    }

    /// <summary>How the host's user sets <paramref name="key"/>; <see langword="null"/> for the agent's own.</summary>
    internal string? HostNameOf(string key) => _hostName?.Invoke(key) is { Length: > 0 } name ? name : null;

    /// <summary>A settings problem, naming the setting the host's way when the host names it.</summary>
    internal string Describe(SettingProblem problem)
    {
        var agentName = SettingCaptions.Prefix(problem.Key);

        return HostNameOf(problem.Key) is { } name && problem.Message.StartsWith(agentName, StringComparison.Ordinal)
            ? $"{name}: {problem.Message[agentName.Length..]}"
            : problem.Message;
    }

    private static string AgentName(string key) => $"{SettingCaptions.Of(key)} ({key})";

    private static string AgentAdvice(CredentialsException exception)
    {
        var key = CredentialSettings.KeyOf(exception);

        return key == SettingKeys.AuthenticationMethod
            ? "Check the agent's authentication settings."
            : $"In the agent's settings, check {AgentName(key)}.";
    }

    private static string HostAdvice(CredentialsException exception, Func<string, string?> nameOf)
    {
        var key = CredentialSettings.KeyOf(exception);
        if (key != SettingKeys.AuthenticationMethod && nameOf(key) is { Length: > 0 } name)
        {
            return $"Check {name}.";
        }

        return nameOf(SettingKeys.AuthenticationMethod) is { Length: > 0 } method
            ? $"Check the credentials that {method} selects."
            : "Check the authentication settings.";
    }
}
