using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SageMakerRules.LocalPipelines.Faults;
using SageMakerRules.LocalPipelines.Pipelines;
using SageMakerRules.LocalPipelines.Security;
using SageMakerRules.LocalPipelines.Sts;

namespace SageMakerRules.LocalPipelines;

/// <summary>How a <see cref="LocalPipelinesServer"/> is set up.</summary>
public sealed class LocalPipelinesOptions
{
    /// <summary>
    /// The clock executions run on and signature dates are checked against; the system clock by default.
    /// </summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>The port to listen on at 127.0.0.1; 0 (the default) picks a free port.</summary>
    public int Port { get; set; }

    /// <summary>The region requests must be signed for and that ARNs name.</summary>
    public string Region { get; set; } = LocalPipelinesDefaults.Region;

    /// <summary>The 12-digit account id that ARNs name.</summary>
    public string AccountId { get; set; } = LocalPipelinesDefaults.AccountId;

    /// <summary>Pipelines declared in code; served together with those of <see cref="PipelinesFile"/>.</summary>
    public IList<LocalPipeline> Pipelines { get; set; } = [];

    /// <summary>A YAML or JSON pipelines file to load at start (see docs/local-endpoint.md), or <c>null</c>.</summary>
    public string? PipelinesFile { get; set; }

    /// <summary>The static credential accepted; <see cref="LocalPipelinesDefaults.Credential"/> by default.</summary>
    public LocalCredential Credential { get; set; } = LocalPipelinesDefaults.Credential;

    /// <summary>More credentials to accept (static, or temporary with a session token and an expiry).</summary>
    public IList<LocalCredential> AdditionalCredentials { get; set; } = [];

    /// <summary>
    /// How many executions may be Executing or Stopping at once; 20 by default, as SageMaker's quota.
    /// </summary>
    public int MaxConcurrentExecutions { get; set; } = LocalPipelinesDefaults.MaxConcurrentExecutions;

    /// <summary>
    /// Faults per operation name (or <see cref="FaultInjector.AllOperations"/>); they override the file's.
    /// </summary>
    public IDictionary<string, OperationFaults> Faults { get; set; } = new Dictionary<string, OperationFaults>();

    /// <summary>
    /// The seed of the random sequence that decides rate-based faults, or <c>null</c> for the file's (or 0).
    /// </summary>
    public int? FaultSeed { get; set; }

    /// <summary>The local STS settings (trusted OpenID Connect providers).</summary>
    public LocalStsOptions Sts { get; set; } = new();

    /// <summary>Where the endpoint logs; nowhere by default.</summary>
    public ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;
}
