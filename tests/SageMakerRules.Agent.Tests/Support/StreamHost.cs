using System.Collections.Concurrent;
using System.Text;
using Newtonsoft.Json.Linq;
using XMIoT.Framework;
using XMIoT.Framework.Settings.Enums;

namespace SageMakerRules.Agent.Tests.Support;

/// <summary>
/// Plays the XMPro stream host around one agent: answers decryption, variable and parent-attribute requests, and
/// records what the agent publishes on Output (batch or stream) and Error.
/// </summary>
internal sealed class StreamHost
{
    public StreamHost(SageMakerPipelineAgent agent)
    {
        Agent = agent;
        agent.UniqueId = 42;
        agent.OnDecryptRequest += (_, request) =>
        {
            DecryptCalls++;
            request.DecryptedValue = FakeVault.Decrypt(request.Value);
        };
        agent.OnVariableRequest += (_, request) =>
            request.Value = Variables.TryGetValue(request.VariableName, out var value) ? value : "";
        agent.OnRequestParentOutputAttributes += (_, request) => request.ParentOutputs = ParentOutputs;
        agent.OnPublish += (_, published) => Record(published);
        agent.OnPublishError += (_, error) => Errors.Enqueue(error);
    }

    public SageMakerPipelineAgent Agent { get; }

    public int DecryptCalls { get; private set; }

    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    public List<XMIoT.Framework.Attribute> ParentOutputs { get; } =
    [
        new("asset_id", Types.String),
        new("vibration", Types.Double),
        new("epochs", Types.Long),
        new("status", Types.String),
    ];

    public ConcurrentQueue<JObject> Outputs { get; } = new();

    public ConcurrentQueue<OnErrorArgs> Errors { get; } = new();

    public int BatchPublishes { get; private set; }

    public int StreamPublishes { get; private set; }

    public static async IAsyncEnumerable<byte[]> Stream(IEnumerable<string> events)
    {
        foreach (var text in events)
        {
            await Task.Yield();
            yield return Encoding.UTF8.GetBytes(text);
        }
    }

    public List<JObject> OutputsWhere(string outcome) =>
        Outputs.Where(output => (string?)output["Outcome"] == outcome).ToList();

    /// <summary>Reads an output as text, keeping date strings as they were written.</summary>
    public static JObject Parse(string json)
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(json));
        reader.DateParseHandling = Newtonsoft.Json.DateParseHandling.None;
        return JObject.Load(reader);
    }

    private void Record(OnPublishArgs published)
    {
        Assert.Equal("Output", published.Endpoint);
        if (published.Events is { } batch)
        {
            BatchPublishes++;
            foreach (var item in batch)
            {
                Outputs.Enqueue(Parse(item.ToString(Newtonsoft.Json.Formatting.None)));
            }

            return;
        }

        StreamPublishes++;
        var enumerator = published.EventStream!.GetAsyncEnumerator();
        while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
        {
            Outputs.Enqueue(Parse(Encoding.UTF8.GetString(enumerator.Current)));
        }
    }
}
