using Amazon.Runtime;
using SageMakerRules.LocalPipelines;
using SageMakerRules.SageMaker;

namespace SageMakerRules.Agent.Tests.Support;

/// <summary>Asks the local endpoint, over HTTP like any client, what the agent really started.</summary>
internal static class EndpointQueries
{
    public static async Task<int> CountExecutionsAsync(LocalPipelinesServer server)
    {
        using var client = Client(server);
        var count = 0;
        var request = new ListPipelineExecutionsRequest { PipelineName = AgentScenario.Pipeline };
        await foreach (var _ in client.ListAllPipelineExecutionsAsync(request))
        {
            count++;
        }

        return count;
    }

    public static async Task<Dictionary<string, string>> ParametersAsync(LocalPipelinesServer server, string arn)
    {
        using var client = Client(server);
        var response = await client.ListPipelineParametersForExecutionAsync(
            new ListPipelineParametersForExecutionRequest { PipelineExecutionArn = arn }
        );
        return response.PipelineParameters.ToDictionary(parameter => parameter.Name, parameter => parameter.Value);
    }

    private static SageMakerPipelinesClient Client(LocalPipelinesServer server) =>
        new(
            new BasicAWSCredentials(LocalPipelinesDefaults.AccessKeyId, AgentScenario.Secret),
            SageMakerPipelinesConfig.For(server.Region, server.Endpoint.ToString())
        );
}
