using System.Text.Json.Serialization;
using SageMakerRules.SageMaker.Serialization;

namespace SageMakerRules.SageMaker;

/// <summary>The order of the results of a list operation.</summary>
[JsonConverter(typeof(WireEnumConverter<SortOrder>))]
public enum SortOrder
{
    /// <summary>Not set; never sent.</summary>
    Unknown = 0,

    /// <summary>Ascending order.</summary>
    Ascending,

    /// <summary>Descending order.</summary>
    Descending,
}
