using Amazon.Runtime;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace SageMakerRules.SageMaker.Wire;

/// <summary>Selects SigV4 for every SageMaker operation (Core fails without an auth resolver).</summary>
internal sealed class SigV4AuthResolver : BaseAuthResolverHandler
{
    protected override List<IAuthSchemeOption> ResolveAuthOptions(IExecutionContext executionContext) =>
        [.. AuthSchemeOption.DEFAULT_SIGV4];
}
