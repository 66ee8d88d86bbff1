using SageMakerRules.Agent.Settings;

namespace SageMakerRules.Agent.Hosting;

/// <summary>What the agent asks of the stream host: decryption, variables and the parent's output attributes.</summary>
internal sealed class HostBridge(
    Func<string, string> decrypt,
    Func<string, string> readVariable,
    Func<IReadOnlyList<XMIoT.Framework.Attribute>> parentOutputs
)
{
    public IReadOnlyList<XMIoT.Framework.Attribute> ParentOutputs()
    {
        try
        {
            return parentOutputs();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Without the parent's attributes the drop-downs stay empty; custom text is still allowed.
            return [];
        }
    }

    public SettingReader Reader(IDictionary<string, string> parameters) => new(parameters, decrypt, readVariable);
}
