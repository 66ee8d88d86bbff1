using Microsoft.Extensions.Logging;
using SageMakerRules.LocalPipelines.Configuration;
using SageMakerRules.LocalPipelines.Executions;
using SageMakerRules.LocalPipelines.Faults;
using SageMakerRules.LocalPipelines.Operations;
using SageMakerRules.LocalPipelines.Pipelines;
using SageMakerRules.LocalPipelines.Protocol;
using SageMakerRules.LocalPipelines.Security;
using SageMakerRules.LocalPipelines.Sts;

namespace SageMakerRules.LocalPipelines;

public sealed partial class LocalPipelinesServer
{
    /// <summary>
    /// Loads the pipelines (from the options and the pipelines file), binds 127.0.0.1 and starts serving.
    /// </summary>
    /// <param name="options">The endpoint's settings.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running endpoint; dispose it to stop it.</returns>
    /// <exception cref="ArgumentException">An option is invalid (the message says which and why).</exception>
    /// <exception cref="LocalPipelinesFileException">The pipelines file is missing or invalid.</exception>
    public static async Task<LocalPipelinesServer> StartAsync(
        LocalPipelinesOptions options,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(options);
        CheckOptions(options);
        var file = options.PipelinesFile is { } path ? LocalPipelinesFile.Load(path) : null;
        var logger = options.LoggerFactory.CreateLogger("SageMakerRules.LocalPipelines");
        var store = new PipelineStore(
            options.Clock,
            options.Region,
            options.AccountId,
            options.MaxConcurrentExecutions,
            logger
        );
        AddPipelines(store, [.. file?.Pipelines ?? [], .. options.Pipelines]);
        var parts = BuildParts(options, file, logger);
        var handler = BuildHandler(options, store, parts, logger);
        var app = BuildApp(options, handler);
        await app.StartAsync(cancellationToken);
        var endpoint = ListeningAddress(app);
        Log.ServerStarted(logger, endpoint, options.Region, store.Pipelines().Count);

        return new LocalPipelinesServer(app, endpoint, store, parts, options, logger);
    }

    private static void CheckOptions(LocalPipelinesOptions options)
    {
        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentException(
                $"Port {options.Port} is not a TCP port (0 picks a free one).",
                nameof(options)
            );
        }

        if (options.AccountId.Length != 12 || !options.AccountId.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"AccountId '{options.AccountId}' must be 12 digits.", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.Region))
        {
            throw new ArgumentException("Region must be set, for example us-east-1.", nameof(options));
        }

        if (options.MaxConcurrentExecutions < 1)
        {
            throw new ArgumentException("MaxConcurrentExecutions must be at least 1.", nameof(options));
        }
    }

    private static void AddPipelines(PipelineStore store, IEnumerable<LocalPipeline> pipelines)
    {
        foreach (var pipeline in pipelines)
        {
            try
            {
                store.AddPipeline(pipeline);
            }
            catch (ApiException exception)
            {
                throw new ArgumentException(exception.Message, nameof(pipelines));
            }
        }
    }

    private static ServerParts BuildParts(
        LocalPipelinesOptions options,
        LocalPipelinesConfiguration? file,
        ILogger logger
    )
    {
        var credentials = new LocalCredentialStore();
        credentials.Add(options.Credential);

        foreach (var credential in options.AdditionalCredentials)
        {
            credentials.Add(credential);
        }

        var faults = new FaultInjector(options.FaultSeed ?? file?.FaultSeed ?? 0);

        foreach (
            var (operation, operationFaults) in (file?.Faults ?? new Dictionary<string, OperationFaults>()).Concat(
                options.Faults
            )
        )
        {
            faults.Set(operation, operationFaults);
        }

        return new ServerParts(
            credentials,
            faults,
            new StsEndpoint(options.Sts, credentials, options.Clock, logger, options.AccountId)
        );
    }

    private static LocalRequestHandler BuildHandler(
        LocalPipelinesOptions options,
        PipelineStore store,
        ServerParts parts,
        ILogger logger
    )
    {
        var operations = new Dictionary<string, Operation>(StringComparer.Ordinal);
        new PipelineOperations(store).Register(operations);
        new ExecutionOperations(store).Register(operations);
        new ExecutionDetailOperations(store).Register(operations);
        var verifier = new SigV4Verifier(
            parts.Credentials,
            options.Clock,
            options.Region,
            LocalPipelinesDefaults.SigningName
        );

        return new LocalRequestHandler(
            verifier,
            operations,
            parts.Faults,
            new StsHandler(parts.Sts),
            options.Clock,
            logger
        );
    }

    private sealed record ServerParts(LocalCredentialStore Credentials, FaultInjector Faults, StsEndpoint Sts);
}
