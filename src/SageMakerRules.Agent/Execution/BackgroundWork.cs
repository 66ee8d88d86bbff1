namespace SageMakerRules.Agent.Execution;

/// <summary>Tracks fire-and-forget work of the runner so that draining can wait for it.</summary>
internal sealed class BackgroundWork
{
    private readonly HashSet<Task> _tasks = [];

    public void Run(Func<Task> work)
    {
        var task = Task.Run(work);
        lock (_tasks)
        {
            _tasks.Add(task);
        }

        _ = task.ContinueWith(Forget, TaskScheduler.Default);
    }

    public async Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task[] pending;
            lock (_tasks)
            {
                _tasks.RemoveWhere(task => task.IsCompleted);
                pending = [.. _tasks];
            }

            if (pending.Length == 0)
            {
                return;
            }

            // The work logs its own failures; draining only waits for it to end.
            await Task.WhenAll(pending)
                .WaitAsync(cancellationToken)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private void Forget(Task task)
    {
        lock (_tasks)
        {
            _tasks.Remove(task);
        }
    }
}
