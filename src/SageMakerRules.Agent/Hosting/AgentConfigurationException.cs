namespace SageMakerRules.Agent.Hosting;

/// <summary>The agent cannot be created because of its settings; the message lists every problem and its fix.</summary>
public sealed class AgentConfigurationException : InvalidOperationException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">One sentence per problem, naming the setting and the fix.</param>
    public AgentConfigurationException(IReadOnlyList<string> problems)
        : base("The SageMaker Pipeline agent cannot start: " + string.Join(" ", problems))
    {
        Problems = problems;
    }

    /// <summary>One sentence per problem, naming the setting and the fix.</summary>
    public IReadOnlyList<string> Problems { get; }
}
