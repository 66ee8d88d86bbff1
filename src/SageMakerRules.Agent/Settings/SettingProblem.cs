namespace SageMakerRules.Agent.Settings;

/// <summary>One problem with the settings: the setting concerned and a sentence saying how to fix it.</summary>
/// <param name="Key">The setting key.</param>
/// <param name="Message">What is wrong and how to fix it, naming the setting by its caption.</param>
internal sealed record SettingProblem(string Key, string Message);
