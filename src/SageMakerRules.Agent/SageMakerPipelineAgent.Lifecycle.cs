using Newtonsoft.Json.Linq;
using SageMakerRules.Agent.Hosting;
using SageMakerRules.Agent.Publishing;
using SageMakerRules.Agent.Settings;
using XMIoT.Framework;

namespace SageMakerRules.Agent;

public sealed partial class SageMakerPipelineAgent
{
    private readonly Lock _lifecycle = new();

    /// <summary>
    /// Reads the settings, loads the rules, connects to SageMaker and resumes monitoring from the state directory,
    /// so that <c>Receive</c> works even when <c>Start</c> comes later. Settings problems are published as one
    /// error record and thrown as an <see cref="AgentConfigurationException"/> listing each of them.
    /// </summary>
    /// <param name="configuration">The published stream's setting values.</param>
    public void Create(Configuration configuration) => CreateRuntime(configuration, null, SettingNames.Agent);

    /// <summary>
    /// A host extension beyond the XMPro contract (used by the command line): creates the agent like
    /// <see cref="Create(Configuration)"/>, but with rules the host has already compiled (for example with
    /// <c>SageMakerRules.Compiler.RuleCompiler</c> or <c>RuleCatalog.Load</c>) instead of compiling them again. The
    /// settings <c>RulesSource</c>, <c>RulesYaml</c>, <c>RulesAssemblyPath</c>, <c>RulesPaths</c>,
    /// <c>ParameterMap</c>, <c>Pipeline</c> and <c>PipelineVersion</c> are then not used: each rule names its own
    /// pipeline and monitor options. The host keeps owning the rules: it disposes of their compilation after
    /// <see cref="Destroy"/>, never before.
    /// </summary>
    /// <param name="configuration">The published stream's setting values (connection, execution, state).</param>
    /// <param name="rules">The compiled rules, at least one, with distinct names.</param>
    public void Create(Configuration configuration, IReadOnlyList<IRule> rules) =>
        Create(configuration, rules, SettingNames.Agent);

    /// <summary>
    /// A host extension beyond the XMPro contract (used by the command line): creates the agent like
    /// <see cref="Create(Configuration, IReadOnlyList{IRule})"/>, for a host whose user sets the settings through
    /// options of its own, so that settings problems and error records about credentials name those options (for
    /// example <c>--azure-client-secret</c>) instead of the agent's settings.
    /// </summary>
    /// <param name="configuration">The published stream's setting values (connection, execution, state).</param>
    /// <param name="rules">The compiled rules, at least one, with distinct names.</param>
    /// <param name="settingNames">How the host's user sets each setting.</param>
    public void Create(Configuration configuration, IReadOnlyList<IRule> rules, SettingNames settingNames)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(settingNames);
        CreateRuntime(configuration, rules, settingNames);
    }

    private void CreateRuntime(Configuration configuration, IReadOnlyList<IRule>? rules, SettingNames names)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        lock (_lifecycle)
        {
            DestroyRuntime();
            try
            {
                var reader = Host.Reader(configuration.Parameters);
                var runtime = AgentRuntime.Create(reader, rules, names, _timeProvider, _logger);
                _pump = new CompletionPump(runtime.Runner, _publisher, _errors, _logger);
                _runtime = runtime;
                _pump.Start();
                Log.Created(_logger, UniqueId, runtime.Rules.Count, runtime.Settings.RulesSource.ToString());
            }
            catch (AgentConfigurationException exception)
            {
                Log.CreateFailed(_logger, UniqueId, exception.Problems.Count);
                _publisher.Error(_errors.Configuration(nameof(Create), exception.Problems));
                throw;
            }
        }
    }

    /// <summary>
    /// Starts the agent. Everything is prepared by <see cref="Create(Configuration)"/>, so this only logs.
    /// </summary>
    public void Start() => Log.Started(_logger, UniqueId);

    /// <summary>
    /// Stops monitoring, publishes what has already ended, writes the state and releases the client and the rules.
    /// Safe to call twice, and without a successful <see cref="Create(Configuration)"/>.
    /// </summary>
    public void Destroy()
    {
        lock (_lifecycle)
        {
            if (DestroyRuntime())
            {
                Log.Destroyed(_logger, UniqueId);
            }
        }
    }

    /// <summary>
    /// A host extension beyond the XMPro contract (used by the command line): lets starts in progress and released
    /// queued triggers finish, optionally waits until every watched execution has ended, and publishes every
    /// resulting output and completion event before it returns. Does nothing before a successful
    /// <see cref="Create(Configuration)"/>.
    /// </summary>
    /// <param name="waitForExecutions">Whether to wait for watched executions to end.</param>
    /// <param name="cancellationToken">Stops waiting; what has ended so far is still published.</param>
    /// <returns>A task that completes when drained.</returns>
    public async Task DrainAsync(bool waitForExecutions, CancellationToken cancellationToken)
    {
        var runtime = Volatile.Read(ref _runtime);
        var pump = Volatile.Read(ref _pump);
        if (runtime is null || pump is null)
        {
            return;
        }

        try
        {
            await runtime.Runner.DrainAsync(waitForExecutions, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            pump.FlushNow();
        }
    }

    private bool DestroyRuntime()
    {
        var runtime = Interlocked.Exchange(ref _runtime, null);
        var pump = Interlocked.Exchange(ref _pump, null);
        if (runtime is null)
        {
            return false;
        }

        try
        {
            runtime.DisposeAsync().AsTask().GetAwaiter().GetResult();
            pump?.StopAsync().GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.DestroyIncomplete(_logger, UniqueId, exception.GetType().Name);
        }

        return true;
    }

    private AgentRuntime? RuntimeOrError(string member, JToken? @event)
    {
        var runtime = Volatile.Read(ref _runtime);
        if (runtime is null)
        {
            Log.NotCreated(_logger, UniqueId);
            _publisher.Error(_errors.NotCreated(member, @event));
        }

        return runtime;
    }
}
