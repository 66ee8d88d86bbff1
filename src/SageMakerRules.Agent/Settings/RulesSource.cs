namespace SageMakerRules.Agent.Settings;

/// <summary>Where the agent's rules come from.</summary>
public enum RulesSource
{
    /// <summary>No rule files: a parameter-map grid maps pipeline parameters, and every event triggers.</summary>
    ParameterMap,

    /// <summary>YAML text compiled when the agent is created.</summary>
    Yaml,

    /// <summary>An assembly of rules compiled at build time.</summary>
    Assembly,

    /// <summary>Rule files or folders on the stream host, compiled when the agent is created.</summary>
    Files,

    /// <summary>
    /// Rules handed over already compiled by the hosting process through
    /// <see cref="SageMakerPipelineAgent.Create(XMIoT.Framework.Configuration, IReadOnlyList{IRule})"/>; not a
    /// setting value.
    /// </summary>
    Host,
}
