using System.Security.Cryptography;
using System.Text;

namespace SageMakerRules.Agent.Execution;

/// <summary>
/// Derives the <c>ClientRequestToken</c> of a start from the rule, the pipeline and the event's identity, so that a
/// redelivered event, a retry after a lost response or a second agent instance reuses the token and SageMaker starts
/// at most one execution.
/// </summary>
public static class IdempotencyToken
{
    /// <summary>Derives the token: SHA-256 of the length-prefixed parts, as 64 lowercase hex characters.</summary>
    /// <param name="ruleName">The rule's name.</param>
    /// <param name="pipelineName">The pipeline name or ARN.</param>
    /// <param name="eventIdentity">The event's identity from <see cref="EventIdentity"/>.</param>
    /// <returns>The token (64 characters, within SageMaker's 32 to 128).</returns>
    public static string Derive(string ruleName, string pipelineName, string eventIdentity)
    {
        ArgumentNullException.ThrowIfNull(ruleName);
        ArgumentNullException.ThrowIfNull(pipelineName);
        ArgumentNullException.ThrowIfNull(eventIdentity);

        // Length prefixes keep ("ab", "c") and ("a", "bc") apart.
        var text = $"start/v1\n{ruleName.Length}:{ruleName}\n{pipelineName.Length}:{pipelineName}\n{eventIdentity}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The identity of an event: its id field's value when the rule declares one, else a hash of it.</summary>
    /// <param name="eventId">The value of the rule's <c>trigger.id</c> field, or <see langword="null"/>.</param>
    /// <param name="payload">The event, hashed only when there is no id.</param>
    /// <returns>The identity text.</returns>
    public static string EventIdentity(string? eventId, EventPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return eventId is null ? "sha256:" + payload.ComputeIdentityHash() : "id:" + eventId;
    }

    /// <summary>The token for stopping an execution, derived from its start token.</summary>
    /// <param name="startToken">The token the execution was started with.</param>
    /// <returns>The stop token (64 hex characters).</returns>
    public static string ForStop(string startToken)
    {
        ArgumentNullException.ThrowIfNull(startToken);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("stop/v1\n" + startToken)));
    }
}
