using SageMakerRules.Cli.Common;

namespace SageMakerRules.Cli.Run;

/// <summary>
/// What one <c>run</c> did, counted as results are published; thread-safe. Each output is counted once, under its
/// outcome: an input event that matched counts as matched once, even when it was queued first and its execution
/// started later.
/// </summary>
internal sealed class RunSummary
{
    private long _read;
    private long _matched;
    private long _started;
    private long _skipped;
    private long _succeeded;
    private long _failed;
    private long _stopped;
    private long _timedOut;
    private long _errors;

    /// <summary>Events read from the input.</summary>
    public long Read => Interlocked.Read(ref _read);

    /// <summary>Error records written.</summary>
    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Counts one event read.</summary>
    public void EventRead() => Interlocked.Increment(ref _read);

    /// <summary>Counts one error record.</summary>
    public void ErrorRecord() => Interlocked.Increment(ref _errors);

    /// <summary>Counts one output event by its result attributes.</summary>
    /// <param name="outcome">The <c>Outcome</c> the agent published.</param>
    /// <param name="status">The <c>ExecutionStatus</c>, which is what a completion event is counted by.</param>
    /// <param name="completed">Whether the event reports a finished execution (it has <c>CompletedAt</c>).</param>
    /// <param name="fromInput">
    /// Whether it is the result of an input event read in this run, rather than a queued trigger released later or
    /// a start resumed from the state directory, whose event was counted (or read in an earlier run) already.
    /// </param>
    public void Output(string? outcome, string? status, bool completed, bool fromInput)
    {
        var counter = Counter(completed ? status : outcome);
        if (counter == Outcome.None)
        {
            return;
        }

        if (fromInput && counter is Outcome.Started or Outcome.SkippedOrQueued)
        {
            Interlocked.Increment(ref _matched);
        }

        Interlocked.Increment(ref Count(counter));
    }

    /// <summary>One line for the progress display.</summary>
    public string ProgressLine() =>
        $"read {Read}  matched {Interlocked.Read(ref _matched)}  started {Interlocked.Read(ref _started)}  "
        + $"finished {Interlocked.Read(ref _succeeded)}  failed {Interlocked.Read(ref _failed)}  errors {Errors}";

    /// <summary>Writes the summary table.</summary>
    /// <param name="error">Standard error.</param>
    public void WriteTo(TextWriter error)
    {
        var table = new TextTable("EVENTS", "COUNT");
        table.Add("read", Read.ToString());
        table.Add("matched", Interlocked.Read(ref _matched).ToString());
        table.Add("started", Interlocked.Read(ref _started).ToString());
        table.Add("skipped or queued", Interlocked.Read(ref _skipped).ToString());
        table.Add("succeeded", Interlocked.Read(ref _succeeded).ToString());
        table.Add("failed", Interlocked.Read(ref _failed).ToString());
        table.Add("stopped", Interlocked.Read(ref _stopped).ToString());
        table.Add("timed out", Interlocked.Read(ref _timedOut).ToString());
        table.Add("error records", Errors.ToString());
        table.WriteTo(error, "nothing to report");
    }

    private static Outcome Counter(string? outcome) =>
        outcome switch
        {
            "NotMatched" or null => Outcome.None,
            "Started" => Outcome.Started,
            "Queued" or "Skipped" => Outcome.SkippedOrQueued,
            "Succeeded" => Outcome.Succeeded,
            "Stopped" => Outcome.Stopped,
            "TimedOut" => Outcome.TimedOut,
            _ => Outcome.Failed,
        };

    private ref long Count(Outcome outcome)
    {
        switch (outcome)
        {
            case Outcome.Started:
                return ref _started;
            case Outcome.SkippedOrQueued:
                return ref _skipped;
            case Outcome.Succeeded:
                return ref _succeeded;
            case Outcome.Stopped:
                return ref _stopped;
            case Outcome.TimedOut:
                return ref _timedOut;
            default:
                return ref _failed;
        }
    }

    private enum Outcome
    {
        None,
        Started,
        SkippedOrQueued,
        Succeeded,
        Failed,
        Stopped,
        TimedOut,
    }
}
