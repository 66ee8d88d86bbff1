namespace XMIoT.Framework.Settings;

/// <summary>A multi-line code editor.</summary>
public class ScriptBox : Setting<string>
{
    /// <summary>The initial script shown when the value is empty.</summary>
    public string? Script { get; set; }

    /// <summary>The editor's language mode, for example <c>yaml</c> or <c>markdown</c>.</summary>
    public string? Mode { get; set; }

    /// <summary>The editor's colour theme.</summary>
    public string? Theme { get; set; }

    /// <summary>The editor's font size.</summary>
    public int FontSize { get; set; }

    /// <summary>The editor's height.</summary>
    public int ScriptBoxHeight { get; set; }

    /// <summary>The editor's width.</summary>
    public int ScriptBoxWidth { get; set; }

    /// <summary>Words the editor highlights.</summary>
    public List<string> ScriptKeywords { get; set; } = [];

    internal override string? ValueText
    {
        get => Value;
        set => Value = value;
    }
}
