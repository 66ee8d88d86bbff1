using System.Text.Json;
using SageMakerRules.LocalPipelines.Protocol;

namespace SageMakerRules.LocalPipelines.Operations;

/// <summary>
/// One SageMaker operation: reads its request and writes its response object, or throws an ApiException.
/// </summary>
internal delegate void Operation(RequestReader request, Utf8JsonWriter response);
