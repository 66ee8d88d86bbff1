using SageMakerRules.Agent;
using SageMakerRules.Agent.Hosting;
using SageMakerRules.Cli.Common;
using SageMakerRules.Compiler;
using SageMakerRules.LocalPipelines.Pipelines;
using XMIoT.Framework;

namespace SageMakerRules.Cli.Run;

/// <summary>
/// One <c>run</c>: compiles the rules once, opens the target, hosts the agent the way an XMPro stream host does
/// (settings, <c>Create</c> with the compiled rules, <c>ReceiveAsync</c>, <c>Destroy</c>), streams results out and
/// ends with a summary.
/// </summary>
/// <param name="request">What the run was asked to do.</param>
/// <param name="console">The standard streams.</param>
/// <param name="verbose">Whether to show the agent's detailed log.</param>
internal sealed class RunSession(RunRequest request, CliConsole console, bool verbose)
{
    private readonly RunSummary _summary = new();

    /// <summary>Runs and returns the exit code: 0 all handled, 1 error records written, 130 interrupted.</summary>
    /// <param name="connect">Opens the target, given the pipelines a local endpoint should declare.</param>
    /// <param name="usesPipelinesFile">Whether a pipelines file declares the local endpoint's pipelines.</param>
    /// <param name="interrupt">Cancelled by Ctrl+C: stop reading, finish in-flight starts, summarise.</param>
    public async Task<int> RunAsync(
        Func<IEnumerable<LocalPipeline>, Task<Connection>> connect,
        bool usesPipelinesFile,
        CancellationToken interrupt
    )
    {
        // The rules outlive the agent: disposing their compilation unloads them, so it comes after Destroy.
        using var compiled = Compile();
        IEnumerable<LocalPipeline> declared = usesPipelinesFile ? [] : LocalPipelineDeclarations.From(compiled.Rules);
        await using var input = OpenEvents();
        await using var connection = await connect(declared);
        await using var errors = OpenErrors();
        await using (var output = new RunOutput(console.Out, errors.Writer, _summary))
        {
            await HostAgentAsync(connection, compiled.Rules, input, output, interrupt);
        }

        return Finish(interrupt.IsCancellationRequested);
    }

    private RuleCompilationResult Compile()
    {
        RuleFiles.EnsureExist(request.RulePaths);
        var compiled = new RuleCompiler().Compile(RuleFiles.Read(request.RulePaths));
        if (compiled.Succeeded && compiled.Rules.Count > 0)
        {
            return compiled;
        }

        foreach (var diagnostic in compiled.Diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToString());
        }

        compiled.Dispose();
        var paths = RuleFiles.Describe(request.RulePaths);
        throw compiled.Succeeded
            ? new CliException($"no rules in {paths}: give .yaml or .yml rule files, or folders holding them.")
            : new CliException($"the rules in {paths} do not compile; fix the errors above.", ExitCodes.Failure);
    }

    private async Task HostAgentAsync(
        Connection connection,
        IReadOnlyList<IRule> rules,
        Stream input,
        RunOutput output,
        CancellationToken interrupt
    )
    {
        var agent = new SageMakerPipelineAgent(new ConsoleAgentLogger(console.Error, verbose, request.Quiet));
        agent.OnPublish += output.OnPublish;
        agent.OnPublishError += output.OnPublishError;
        agent.OnDecryptRequest += (_, args) => args.DecryptedValue = args.Value;
        agent.OnVariableRequest += (_, args) =>
            args.Value = Environment.GetEnvironmentVariable(args.VariableName) ?? "";

        Create(agent, connection, rules);
        try
        {
            agent.Start();
            using var progress = Progress.Start(console, _summary, request.Quiet);
            var events = EventSource.ReadAsync(input, _summary.EventRead, interrupt);
            await agent.ReceiveAsync(SageMakerPipelineAgent.InputEndpoint, events, CancellationToken.None);
            await DrainAsync(agent, interrupt);
        }
        finally
        {
            agent.Destroy();
        }
    }

    private void Create(SageMakerPipelineAgent agent, Connection connection, IReadOnlyList<IRule> rules)
    {
        try
        {
            var settings = new Configuration { Parameters = AgentSettings.For(request, connection) };
            agent.Create(settings, rules, CliSettingNames.Instance);
        }
        catch (AgentConfigurationException exception)
        {
            foreach (var problem in exception.Problems)
            {
                console.Error.WriteLine(problem);
            }

            throw new CliException("the agent could not be set up; see the problems above.", ExitCodes.Failure);
        }
    }

    private async Task DrainAsync(SageMakerPipelineAgent agent, CancellationToken interrupt)
    {
        // In-flight starts always finish; watching executions to the end stops at Ctrl+C.
        await agent.DrainAsync(waitForExecutions: false, CancellationToken.None);
        if (request.Wait && !interrupt.IsCancellationRequested)
        {
            try
            {
                await agent.DrainAsync(waitForExecutions: true, interrupt);
            }
            catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
            {
                console.Error.WriteLine(
                    "Stopped waiting for executions; on AWS they go on, a local endpoint stops with this run."
                );
            }
        }
    }

    private int Finish(bool interrupted)
    {
        if (!request.Quiet)
        {
            _summary.WriteTo(console.Error);
        }

        if (interrupted)
        {
            return ExitCodes.Interrupted;
        }

        return _summary.Errors == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private Stream OpenEvents()
    {
        if (request.EventsPath == "-")
        {
            return Console.OpenStandardInput();
        }

        return File.Exists(request.EventsPath)
            ? File.OpenRead(request.EventsPath)
            : throw new CliException($"events file not found: {request.EventsPath}");
    }

    private ErrorSink OpenErrors() =>
        request.ErrorsPath is null
            ? new ErrorSink(console.Error, owned: false)
            : new ErrorSink(new StreamWriter(request.ErrorsPath, append: false), owned: true);
}
