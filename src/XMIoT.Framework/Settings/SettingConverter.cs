using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace XMIoT.Framework.Settings;

/// <summary>Reads a control from template text, choosing the control class by its <c>ControlType</c>.</summary>
internal sealed class SettingConverter : JsonConverter
{
    private static readonly Dictionary<string, Type> ControlTypes = typeof(Setting)
        .Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(Setting)) && !type.IsAbstract)
        .ToDictionary(type => type.Name, StringComparer.Ordinal);

    public override bool CanWrite => false;

    public override bool CanConvert(Type objectType) => typeof(Setting).IsAssignableFrom(objectType);

    public override object? ReadJson(
        JsonReader reader,
        Type objectType,
        object? existingValue,
        JsonSerializer serializer
    )
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        var control = JObject.Load(reader);
        var name = control.Value<string>(nameof(Setting.ControlType)) ?? string.Empty;
        if (!ControlTypes.TryGetValue(name, out var type))
        {
            throw new JsonSerializationException($"Unknown control type '{name}' in the settings template.");
        }

        var setting = (Setting)Activator.CreateInstance(type)!;
        serializer.Populate(control.CreateReader(), setting);
        return setting;
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        throw new NotSupportedException();
}
