using static SageMakerRules.SageMaker.SageMakerLimits;

namespace SageMakerRules.SageMaker.Validation;

/// <summary>The parameter checks of <see cref="RequestValidator"/>.</summary>
internal static partial class RequestValidator
{
    private static void Parameters(IReadOnlyList<Parameter>? parameters)
    {
        const string member = nameof(StartPipelineExecutionRequest.PipelineParameters);
        if (parameters is null)
        {
            return;
        }

        if (parameters.Count > MaxParameterCount)
        {
            Fail(member, $"{parameters.Count} parameters", $"at most {MaxParameterCount} parameters are allowed");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < parameters.Count; index++)
        {
            Parameter(parameters[index], $"{member}[{index}]", names);
        }
    }

    private static void Parameter(Parameter? parameter, string member, HashSet<string> names)
    {
        if (parameter is null)
        {
            Fail(member, "null", "must not be null");
        }

        var name = parameter!.Name;
        Required(name, member + ".Name");
        if (name.Length > MaxParameterNameLength || !ParameterName().IsMatch(name))
        {
            Fail(member + ".Name", name, "must be 1 to 256 letters, digits, '-' or '_'");
        }

        if (!names.Add(name))
        {
            Fail(member + ".Name", name, "appears more than once; each parameter may be given once");
        }

        if (parameter.Value is null)
        {
            Fail(member + ".Value", "null", $"of parameter '{name}' must not be null (use \"\" for an empty value)");
        }

        if (parameter.Value!.Length > MaxParameterValueLength)
        {
            Fail(
                member + ".Value",
                parameter.Value,
                $"of parameter '{name}' is {parameter.Value.Length} characters long; at most "
                    + $"{MaxParameterValueLength} allowed"
            );
        }
    }
}
