using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SageMakerRules.Agent.Hosting;
using SageMakerRules.Agent.Publishing;
using XMIoT.Framework;

namespace SageMakerRules.Agent;

/// <summary>
/// The SageMaker Pipeline action agent for XMPro Data Streams: receives events on <c>Input</c>, decides with its rules
/// which events start which pipeline, starts the executions, watches them to the end, and publishes results on
/// <c>Output</c> and problems on <c>Error</c>. The entry point type of the XMPro package.
/// </summary>
public sealed partial class SageMakerPipelineAgent : IAgent, IReceivingAgent, IPublishesError, IUsesVariable
{
    /// <summary>The input endpoint name.</summary>
    public const string InputEndpoint = "Input";

    /// <summary>The output endpoint name.</summary>
    public const string OutputEndpoint = Publisher.OutputEndpoint;

    /// <summary>The error endpoint name.</summary>
    public const string ErrorEndpoint = Publisher.ErrorEndpoint;

    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly Publisher _publisher;
    private readonly ErrorRecords _errors;
    private AgentRuntime? _runtime;
    private CompletionPump? _pump;

    /// <summary>Creates the agent without a host logger (the stream host's parameterless path).</summary>
    public SageMakerPipelineAgent()
        : this(null, TimeProvider.System) { }

    /// <summary>Creates the agent with the stream host's logger.</summary>
    /// <param name="logger">The host's logger.</param>
    public SageMakerPipelineAgent(IAgentLogger logger)
        : this(logger, TimeProvider.System) { }

    /// <summary>Creates the agent with a logger and a clock (tests and embedding hosts).</summary>
    /// <param name="logger">The host's logger, or <see langword="null"/> for none.</param>
    /// <param name="timeProvider">The clock for triggers, polling, timeouts and record times.</param>
    public SageMakerPipelineAgent(IAgentLogger? logger, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);

        _logger = logger is null ? NullLogger.Instance : new AgentLoggerAdapter(logger);
        _timeProvider = timeProvider;
        _publisher = new Publisher(this, () => OnPublish, () => OnPublishError, _logger);
        _errors = new ErrorRecords(() => UniqueId, timeProvider);
    }

    /// <inheritdoc />
    public long UniqueId { get; set; }

    /// <inheritdoc />
    public event EventHandler<OnPublishArgs>? OnPublish;

    /// <inheritdoc />
    public event EventHandler<OnDecryptRequestArgs>? OnDecryptRequest;

    /// <inheritdoc />
    public event EventHandler<OnErrorArgs>? OnPublishError;

    /// <inheritdoc />
    public event EventHandler<OnVariableRequestArgs>? OnVariableRequest;

    /// <inheritdoc />
    public event EventHandler<OnRequestParentOutputAttributesArgs>? OnRequestParentOutputAttributes;

    private HostBridge Host => new(Decrypt, ReadVariable, ParentOutputs);

    private PipelinesClientFactory Clients => new(_timeProvider, _logger);

    private string Decrypt(string value)
    {
        if (OnDecryptRequest is not { } handler)
        {
            return value;
        }

        var request = new OnDecryptRequestArgs(value);
        handler(this, request);
        return request.DecryptedValue;
    }

    private string ReadVariable(string name)
    {
        var request = new OnVariableRequestArgs(name);
        OnVariableRequest?.Invoke(this, request);
        return request.Value;
    }

    private IReadOnlyList<XMIoT.Framework.Attribute> ParentOutputs()
    {
        var request = new OnRequestParentOutputAttributesArgs(UniqueId, InputEndpoint);
        OnRequestParentOutputAttributes?.Invoke(this, request);
        return request.ParentOutputs?.ToList() ?? [];
    }
}
