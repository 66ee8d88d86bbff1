using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SageMakerRules.Agent.Rules;

/// <summary>Reads and writes the value of the parameter-map grid: a JSON array of row objects.</summary>
internal static class ParameterMapGrid
{
    public const string ParameterColumn = "Parameter";
    public const string TypeColumn = "Type";
    public const string AttributeColumn = "Attribute";
    public const string ConstantColumn = "Constant";
    private const string RowKey = "__KEY__";

    /// <summary>Reads the rows, or explains why the grid value cannot be read.</summary>
    public static IReadOnlyList<ParameterMapping> Read(string? gridValue, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(gridValue))
        {
            return [];
        }

        try
        {
            return JArray.Parse(gridValue).OfType<JObject>().Select(ReadRow).Where(row => row.Parameter != "").ToList();
        }
        catch (JsonException exception)
        {
            problem = $"the grid value is not a JSON array of rows ({exception.Message})";
            return [];
        }
    }

    /// <summary>Writes rows back as a grid value, keeping each row's key stable (the parameter name).</summary>
    public static string Write(IEnumerable<ParameterMapping> rows)
    {
        var array = new JArray();
        foreach (var row in rows)
        {
            array.Add(
                new JObject
                {
                    [RowKey] = row.Parameter,
                    [ParameterColumn] = row.Parameter,
                    [TypeColumn] = row.Type,
                    [AttributeColumn] = row.Attribute ?? "",
                    [ConstantColumn] = row.Constant ?? "",
                }
            );
        }

        return array.ToString(Formatting.None);
    }

    private static ParameterMapping ReadRow(JObject row) =>
        new(
            Cell(row, ParameterColumn) ?? "",
            Cell(row, TypeColumn) ?? "String",
            Cell(row, AttributeColumn),
            Cell(row, ConstantColumn)
        );

    private static string? Cell(JObject row, string column) =>
        row[column] is JValue { Value: not null } value && value.ToString().Trim() is { Length: > 0 } text
            ? text
            : null;
}
