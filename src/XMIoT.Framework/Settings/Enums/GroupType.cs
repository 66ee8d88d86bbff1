namespace XMIoT.Framework.Settings.Enums;

/// <summary>How a group of settings is shown.</summary>
public enum GroupType
{
    /// <summary>A sub-heading above its settings.</summary>
    Default,

    /// <summary>A link to a page of its own.</summary>
    SubPage,
}
