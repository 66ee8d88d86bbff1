using SageMakerRules.LocalPipelines.Faults;

namespace SageMakerRules.LocalPipelines.Tests.Faults;

public sealed class FaultInjectorTests
{
    [Fact]
    public void Decide_ThrottleNextTwo_ThrottlesExactlyTheNextTwoCalls()
    {
        var injector = new FaultInjector();
        injector.Set("StartPipelineExecution", new OperationFaults { ThrottleNext = 2 });

        var kinds = Enumerable.Range(0, 4).Select(_ => injector.Decide("StartPipelineExecution").Kind).ToList();

        Assert.Equal([FaultKind.Throttle, FaultKind.Throttle, FaultKind.None, FaultKind.None], kinds);
    }

    [Fact]
    public void Decide_OtherOperation_NotAffected()
    {
        var injector = new FaultInjector();
        injector.Set("StartPipelineExecution", new OperationFaults { ServerErrorNext = 1 });

        Assert.Equal(FaultKind.None, injector.Decide("ListPipelines").Kind);
    }

    [Fact]
    public void Decide_AllOperationsEntry_AppliesWhereNoOwnEntry()
    {
        var injector = new FaultInjector();
        injector.Set(FaultInjector.AllOperations, new OperationFaults { Latency = TimeSpan.FromSeconds(2) });
        injector.Set("ListPipelines", new OperationFaults());

        Assert.Equal(TimeSpan.FromSeconds(2), injector.Decide("DescribePipeline").Latency);
        Assert.Equal(TimeSpan.Zero, injector.Decide("ListPipelines").Latency);
    }

    [Fact]
    public void Decide_CountsThenOrder_ThrottleBeforeServerErrorBeforeDrop()
    {
        var injector = new FaultInjector();
        injector.Set(
            "X",
            new OperationFaults
            {
                ThrottleNext = 1,
                ServerErrorNext = 1,
                DropResponseNext = 1,
            }
        );

        var kinds = Enumerable.Range(0, 4).Select(_ => injector.Decide("X").Kind).ToList();

        Assert.Equal([FaultKind.Throttle, FaultKind.ServerError, FaultKind.DropResponse, FaultKind.None], kinds);
    }

    [Fact]
    public void Decide_SameSeedAndRate_SameSequence()
    {
        var first = Sequence(new FaultInjector(seed: 3));
        var second = Sequence(new FaultInjector(seed: 3));

        Assert.Equal(first, second);
        Assert.InRange(first.Count(kind => kind == FaultKind.Throttle), 50, 150);
    }

    [Fact]
    public void Clear_AfterSet_NoMoreFaults()
    {
        var injector = new FaultInjector();
        injector.Set("X", new OperationFaults { ThrottleRate = 1 });

        injector.Clear("X");

        Assert.Equal(FaultKind.None, injector.Decide("X").Kind);
    }

    [Fact]
    public void Set_RateAboveOne_ArgumentExceptionNamingIt()
    {
        var injector = new FaultInjector();

        var exception = Assert.Throws<ArgumentException>(() =>
            injector.Set("X", new OperationFaults { DropResponseRate = 1.5 })
        );

        Assert.Contains("DropResponseRate", exception.Message, StringComparison.Ordinal);
    }

    private static List<FaultKind> Sequence(FaultInjector injector)
    {
        injector.Set("X", new OperationFaults { ThrottleRate = 0.5 });

        return [.. Enumerable.Range(0, 200).Select(_ => injector.Decide("X").Kind)];
    }
}
