using System.Text.Json;
using SageMakerRules.LocalPipelines.Executions;
using SageMakerRules.LocalPipelines.Pipelines;
using SageMakerRules.LocalPipelines.Protocol;

namespace SageMakerRules.LocalPipelines.Operations;

/// <summary>Reads a StartPipelineExecution request and checks it against the API's member constraints.</summary>
internal static class StartRequestReader
{
    public static StartRequest Read(RequestReader request)
    {
        var pipeline = RequestConstraints.Length(request.RequiredString("PipelineName"), "pipelineName", 1, 2048)!;
        var displayName = request.String("PipelineExecutionDisplayName");

        if (displayName is not null && !PipelineNames.IsDisplayName(displayName))
        {
            RequestConstraints.Length(displayName, "pipelineExecutionDisplayName", 1, 82);

            throw ApiException.Constraint(
                displayName,
                "pipelineExecutionDisplayName",
                $"Member must satisfy regular expression pattern: {PipelineNames.DisplayNamePattern}"
            );
        }

        return new StartRequest(
            pipeline,
            displayName,
            RequestConstraints.Length(
                request.String("PipelineExecutionDescription"),
                "pipelineExecutionDescription",
                0,
                3072
            ),
            ReadParameters(request),
            RequestConstraints.Length(request.RequiredString("ClientRequestToken"), "clientRequestToken", 32, 128)!,
            (int?)
                RequestConstraints.AtLeast(
                    MaxParallelSteps(request),
                    "parallelismConfiguration.maxParallelExecutionSteps",
                    1
                ),
            RequestConstraints.AtLeast(request.Long("PipelineVersionId"), "pipelineVersionId", 1)
        );
    }

    private static int? MaxParallelSteps(RequestReader request) =>
        request.Object("ParallelismConfiguration") is { } configuration
            ? new RequestReader(configuration).Int("MaxParallelExecutionSteps")
                ?? throw ApiException.Required("parallelismConfiguration.maxParallelExecutionSteps")
            : null;

    private static List<KeyValuePair<string, string>> ReadParameters(RequestReader request)
    {
        if (request.Array("PipelineParameters") is not { } array)
        {
            return [];
        }

        var count = array.GetArrayLength();

        if (count > 200)
        {
            throw ApiException.Constraint(
                $"[{count} parameters]",
                "pipelineParameters",
                "Member must have length less than or equal to 200"
            );
        }

        return [.. array.EnumerateArray().Select(ReadParameter)];
    }

    private static KeyValuePair<string, string> ReadParameter(JsonElement element, int index)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ApiException(ErrorCodes.Serialization, $"PipelineParameters[{index}] must be an object.");
        }

        var parameter = new RequestReader(element);
        var member = $"pipelineParameters.{index + 1}.member";
        var name = parameter.String("Name") ?? throw ApiException.Required(member + ".name");
        var value = parameter.String("Value") ?? throw ApiException.Required(member + ".value");
        RequestConstraints.Length(name, member + ".name", 1, 256);
        RequestConstraints.Length(value, member + ".value", 0, 1024);

        return new(name, value);
    }
}
