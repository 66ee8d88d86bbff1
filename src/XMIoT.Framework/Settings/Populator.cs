namespace XMIoT.Framework.Settings;

/// <summary>Fills the controls of a template with the current parameter values.</summary>
/// <param name="parameters">The setting values by key.</param>
/// <param name="clearMissing">Whether controls without a value in <paramref name="parameters"/> are emptied.</param>
public class Populator(IDictionary<string, string> parameters, bool clearMissing = false)
{
    /// <summary>Assigns every control whose key has a value.</summary>
    /// <param name="settings">The template to fill.</param>
    public void Populate(Settings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        foreach (var setting in settings.All())
        {
            if (parameters.TryGetValue(setting.Key, out var value))
            {
                setting.ValueText = value;
            }
            else if (clearMissing && setting is not Group)
            {
                setting.ValueText = null;
            }
        }
    }
}
