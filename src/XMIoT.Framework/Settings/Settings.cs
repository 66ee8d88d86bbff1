using Newtonsoft.Json;

namespace XMIoT.Framework.Settings;

/// <summary>A settings template: the controls an agent shows in the stream designer.</summary>
public class Settings
{
    private static readonly JsonSerializerSettings TemplateFormat = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        Formatting = Formatting.None,
    };

    /// <summary>The top-level controls, in display order.</summary>
    public List<Setting> List { get; set; } = [];

    /// <summary>Whether any change asks the agent to refresh the template.</summary>
    public bool Postback { get; set; }

    /// <summary>Reads a template from its text; empty text gives an empty template.</summary>
    /// <param name="template">The template text.</param>
    public static Settings Parse(string template)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            return new Settings();
        }

        return JsonConvert.DeserializeObject<Settings>(template, TemplateFormat) ?? new Settings();
    }

    /// <summary>Finds a control by key anywhere in the template, including inside groups.</summary>
    /// <param name="key">The control key.</param>
    /// <returns>The control, or <see langword="null"/> when no control has that key.</returns>
    public Setting? Find(string key) => Find(List, key);

    /// <summary>Writes the template as text.</summary>
    public override string ToString() => JsonConvert.SerializeObject(this, TemplateFormat);

    internal IEnumerable<Setting> All() => All(List);

    private static Setting? Find(IEnumerable<Setting> settings, string key) =>
        All(settings).FirstOrDefault(setting => setting.Key == key);

    private static IEnumerable<Setting> All(IEnumerable<Setting> settings)
    {
        foreach (var setting in settings)
        {
            yield return setting;

            if (setting is Group group)
            {
                foreach (var child in All(group.Settings))
                {
                    yield return child;
                }
            }
        }
    }
}
