using System.Globalization;

namespace SageMakerRules.Agent.Settings;

/// <summary>
/// Reads setting values from the host's parameters dictionary: secure values are decrypted through the host, and
/// fields with a "use variables" twin are read from the platform variable it names when variables are in use.
/// </summary>
internal sealed class SettingReader(
    IDictionary<string, string> parameters,
    Func<string, string> decrypt,
    Func<string, string> readVariable
)
{
    public bool UsesVariables => Flag(SettingKeys.UseVariables, false);

    public string? Text(string key) =>
        parameters.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public bool Flag(string key, bool fallback) =>
        Text(key) is { } value && bool.TryParse(value, out var flag) ? flag : fallback;

    public long Number(string key, long fallback) =>
        Text(key) is { } value
        && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? (long)number
            : fallback;

    public TEnum Choice<TEnum>(string key, TEnum fallback)
        where TEnum : struct, Enum =>
        Text(key) is { } value && Enum.TryParse<TEnum>(value, ignoreCase: true, out var choice) ? choice : fallback;

    /// <summary>Reads a field that has a "use variables" twin, decrypting it when it is secure.</summary>
    public string? Field(string key, bool secure)
    {
        var value = UsesVariables ? Variable(key) : Text(key);
        if (value is null || !secure)
        {
            return value;
        }

        var decrypted = decrypt(value);
        return string.IsNullOrEmpty(decrypted) ? null : decrypted;
    }

    /// <summary>The name of the setting the user must fill for a field, given the variables choice.</summary>
    public string SourceKey(string key) => UsesVariables ? SettingKeys.VariableOf(key) : key;

    private string? Variable(string key)
    {
        var name = Text(SettingKeys.VariableOf(key));
        if (name is null)
        {
            return null;
        }

        var value = readVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
