using SageMakerRules.Agent.Rules;
using XMIoT.Framework.Settings;
using XMIoT.Framework.Settings.Enums;
using Keys = SageMakerRules.Agent.Settings.SettingKeys;

namespace SageMakerRules.Agent.Settings;

internal static partial class SettingsTemplate
{
    private static Group Rules() =>
        Group(
            "RulesGroup",
            "Rules",
            new DropDown
            {
                Key = Keys.RulesSource,
                Caption = "Rules",
                Postback = true,
                Required = true,
                Value = nameof(RulesSource.ParameterMap),
                Options =
                [
                    Option("None: map parameters, every event triggers", nameof(RulesSource.ParameterMap)),
                    Option("YAML rules", nameof(RulesSource.Yaml)),
                    Option("Compiled rules assembly", nameof(RulesSource.Assembly)),
                    Option("Rule files or folders on the stream host", nameof(RulesSource.Files)),
                ],
            },
            new ScriptBox
            {
                Key = Keys.RulesYaml,
                Caption = "Rules (YAML)",
                Mode = "yaml",
                Postback = true,
                HelpText = "One or more rules; separate rules with a line holding ---.",
            },
            Text(Keys.RulesAssemblyPath, "Rules Assembly Path", required: true, help: "A .dll built with the rules."),
            Text(Keys.RulesPaths, "Rule Files Or Folders", required: true, help: "Separate several paths with ;."),
            new Grid
            {
                Key = Keys.ParameterMap,
                Caption = "Pipeline Parameter Map",
                DisableInsert = true,
                DisableDelete = true,
                UniqueKey = [ParameterMapGrid.ParameterColumn],
                Columns =
                [
                    new TextBox { Key = ParameterMapGrid.ParameterColumn, Caption = "Parameter" },
                    new TextBox { Key = ParameterMapGrid.TypeColumn, Caption = "Type" },
                    new DropDown
                    {
                        Key = ParameterMapGrid.AttributeColumn,
                        Caption = "Input Attribute",
                        AllowCustomText = true,
                    },
                    new TextBox { Key = ParameterMapGrid.ConstantColumn, Caption = "Constant" },
                ],
                HelpText = "Leave both Input Attribute and Constant empty to keep the parameter's default.",
            }
        );

    private static Group Execution() =>
        Group(
            "ExecutionGroup",
            "Execution",
            Text(Keys.DisplayNameTemplate, "Display Name Template", false, "For example pump-{asset_id}."),
            Number(Keys.MaxParallelSteps, "Maximum Parallel Steps", 0, "0 keeps the pipeline's own setting."),
            new CheckBox
            {
                Key = Keys.WaitForCompletion,
                Caption = "Wait For Completion",
                Postback = true,
                Value = true,
            },
            Number(Keys.PollIntervalSeconds, "Poll Interval (seconds)", 30, "How often executions are refreshed."),
            Text(
                Keys.PollIntervalOverrideSeconds,
                "Poll Interval Override (seconds)",
                false,
                "Poll every N seconds whatever the rules say; empty lets the rules decide."
            ),
            Number(Keys.TimeoutMinutes, "Timeout (minutes)", 0, "0 watches without a limit."),
            new CheckBox { Key = Keys.StopOnTimeout, Caption = "Stop Execution On Timeout" },
            new DropDown
            {
                Key = Keys.OutputMode,
                Caption = "Output",
                Value = nameof(OutputMode.All),
                Options =
                [
                    Option("All events", nameof(OutputMode.All)),
                    Option("Triggered events only", nameof(OutputMode.TriggeredOnly)),
                ],
            },
            Text(Keys.StateDirectory, "State Directory", false, "Keeps in-flight executions across restarts.")
        );

    private static Group Group(string key, string caption, params Setting[] settings) =>
        new()
        {
            Key = key,
            Caption = caption,
            GroupType = GroupType.Default,
            Settings = [.. settings],
        };

    private static TextBox Text(string key, string caption, bool required, string? help = null) =>
        new()
        {
            Key = key,
            Caption = caption,
            Required = required,
            HelpText = help,
        };

    private static TextBox Secret(string key, string caption, bool required) =>
        new()
        {
            Key = key,
            Caption = caption,
            Required = required,
            Secure = true,
            DisableAutocomplete = true,
        };

    private static VariableBox Variable(string key, string caption, bool secure) =>
        new()
        {
            Key = SettingKeys.VariableOf(key),
            Caption = caption,
            Secure = secure,
            Visible = false,
        };

    private static NumberBox Number(string key, string caption, long value, string help) =>
        new()
        {
            Key = key,
            Caption = caption,
            Value = value,
            HelpText = help,
        };

    private static Option Option(string display, string value) =>
        new() { DisplayMemeber = display, ValueMemeber = value };
}
