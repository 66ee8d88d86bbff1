using Microsoft.Extensions.Time.Testing;
using SageMakerRules.LocalPipelines.Protocol;

namespace SageMakerRules.LocalPipelines.Tests.Executions;

public sealed class StartExecutionTests
{
    private readonly FakeTimeProvider _clock = new(StoreBuilder.Start);

    [Fact]
    public void StartExecution_SameTokenTwice_SameExecutionCreatedOnce()
    {
        var store = StoreBuilder.Store(_clock);

        var first = store.StartExecution(StoreBuilder.Request("same"), out var firstCreated);
        var second = store.StartExecution(StoreBuilder.Request("same"), out var secondCreated);

        Assert.Equal(first.Arn, second.Arn);
        Assert.True(firstCreated);
        Assert.False(secondCreated);
        Assert.Single(store.Executions(store.FindPipeline("pump-retrain")));
    }

    [Fact]
    public void StartExecution_SameTokenDifferentParameters_Conflict()
    {
        var store = StoreBuilder.Store(_clock);
        store.StartExecution(StoreBuilder.Request("same", ("AssetId", "pump-1")), out _);

        var error = Assert.Throws<ApiException>(() =>
            store.StartExecution(StoreBuilder.Request("same", ("AssetId", "pump-2")), out _)
        );

        Assert.Equal(ErrorCodes.Conflict, error.Code);
    }

    [Fact]
    public void StartExecution_NoParameters_DefaultsResolvedInDeclarationOrder()
    {
        var execution = StoreBuilder.Store(_clock).StartExecution(StoreBuilder.Request("a", ("Epochs", "3")), out _);

        Assert.Equal(
            ["AssetId=pump-0", "Epochs=3", "Rate=0.5", "Full=false"],
            execution.Parameters.Select(p => $"{p.Key}={p.Value}")
        );
    }

    [Theory]
    [InlineData("Epochs", "ten", "Value 'ten' for parameter 'Epochs' is not a valid Integer")]
    [InlineData("Epochs", "1.5", "Value '1.5' for parameter 'Epochs' is not a valid Integer")]
    [InlineData("Rate", "fast", "Value 'fast' for parameter 'Rate' is not a valid Float")]
    [InlineData("Full", "yes", "Value 'yes' for parameter 'Full' is not a valid Boolean")]
    [InlineData("Colour", "red", "Parameter 'Colour' is not declared in the definition of pipeline 'pump-retrain'")]
    public void StartExecution_InvalidParameter_ValidationNamingIt(string name, string value, string message)
    {
        var store = StoreBuilder.Store(_clock);

        var error = Assert.Throws<ApiException>(() =>
            store.StartExecution(StoreBuilder.Request("a", (name, value)), out _)
        );

        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-12", "Epochs")]
    [InlineData("1e-3", "Rate")]
    [InlineData("TRUE", "Full")]
    public void StartExecution_ValidTypedValues_Accepted(string value, string name)
    {
        var execution = StoreBuilder.Store(_clock).StartExecution(StoreBuilder.Request("a", (name, value)), out _);

        Assert.Contains(new KeyValuePair<string, string>(name, value), execution.Parameters);
    }

    [Fact]
    public void StartExecution_UnknownPipeline_ResourceNotFound()
    {
        var store = StoreBuilder.Store(_clock);

        var error = Assert.Throws<ApiException>(() =>
            store.StartExecution(StoreBuilder.Request("a") with { PipelineNameOrArn = "nope" }, out _)
        );

        Assert.Equal(ErrorCodes.ResourceNotFound, error.Code);
        Assert.Equal(
            "Pipeline 'arn:aws:sagemaker:us-east-1:000000000000:pipeline/nope' does not exist.",
            error.Message
        );
    }

    [Fact]
    public void StartExecution_ByArn_FindsPipeline()
    {
        var store = StoreBuilder.Store(_clock);
        var arn = store.FindPipeline("pump-retrain").Arn;

        var execution = store.StartExecution(StoreBuilder.Request("a") with { PipelineNameOrArn = arn }, out _);

        Assert.StartsWith(arn + "/execution/", execution.Arn, StringComparison.Ordinal);
    }

    [Fact]
    public void StartExecution_OverConcurrencyLimit_ResourceLimitExceededUntilOneFinishes()
    {
        var store = StoreBuilder.Store(_clock, limit: 2);
        store.StartExecution(StoreBuilder.Request("a"), out _);
        _clock.Advance(TimeSpan.FromMinutes(1));
        store.StartExecution(StoreBuilder.Request("b"), out _);

        var error = Assert.Throws<ApiException>(() => store.StartExecution(StoreBuilder.Request("c"), out _));
        _clock.Advance(TimeSpan.FromMinutes(4));
        var started = store.StartExecution(StoreBuilder.Request("c"), out var created);

        Assert.Equal(ErrorCodes.ResourceLimitExceeded, error.Code);
        Assert.True(created);
        Assert.NotNull(started);
    }

    [Fact]
    public void StartExecution_RetryOfAcceptedStartAtLimit_ReturnsSameExecution()
    {
        var store = StoreBuilder.Store(_clock, limit: 1);
        var first = store.StartExecution(StoreBuilder.Request("a"), out _);

        var retried = store.StartExecution(StoreBuilder.Request("a"), out var created);

        Assert.Equal(first.Arn, retried.Arn);
        Assert.False(created);
    }
}
