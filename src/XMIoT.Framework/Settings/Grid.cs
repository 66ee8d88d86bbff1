namespace XMIoT.Framework.Settings;

/// <summary>A table of rows; the value is a JSON array of row objects, each with a <c>__KEY__</c> id.</summary>
public class Grid : Setting<string>
{
    /// <summary>The columns, each a control whose key names the row property.</summary>
    public List<Setting> Columns { get; set; } = [];

    /// <summary>Whether rows cannot be added.</summary>
    public bool DisableInsert { get; set; }

    /// <summary>Whether rows cannot be edited.</summary>
    public bool DisableUpdate { get; set; }

    /// <summary>Whether rows cannot be deleted.</summary>
    public bool DisableDelete { get; set; }

    /// <summary>Whether the column captions are shown.</summary>
    public bool ShowHeader { get; set; } = true;

    /// <summary>Whether lines separate the cells.</summary>
    public bool ShowGridLines { get; set; } = true;

    /// <summary>The columns whose values must be unique across rows.</summary>
    public string[] UniqueKey { get; set; } = [];

    internal override string? ValueText
    {
        get => Value;
        set => Value = value;
    }
}
