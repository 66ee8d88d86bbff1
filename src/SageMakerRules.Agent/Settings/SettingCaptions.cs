using XMIoT.Framework.Settings;

namespace SageMakerRules.Agent.Settings;

/// <summary>The captions of the settings, taken from the template, so that messages name what the user sees.</summary>
internal static class SettingCaptions
{
    private static readonly Dictionary<string, string> Captions = Collect();

    public static string Of(string key) => Captions.TryGetValue(key, out var caption) ? caption : key;

    public static SettingProblem Problem(string key, string message) => new(key, $"{Prefix(key)}{message}");

    /// <summary>How <see cref="Problem"/> names the setting before the message.</summary>
    public static string Prefix(string key) => $"{Of(key)} ({key}): ";

    private static Dictionary<string, string> Collect()
    {
        var captions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in SettingsTemplate.Create().List.OfType<Group>())
        {
            foreach (var setting in group.Settings)
            {
                captions[setting.Key] = setting.Caption ?? setting.Key;
            }
        }

        return captions;
    }
}
