namespace SageMakerRules.Agent.Tests.State;

/// <summary>A fresh state directory under the temporary folder, deleted afterwards.</summary>
internal sealed class StateDirectory : IDisposable
{
    public string Path { get; } =
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "smr-agent-run-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
