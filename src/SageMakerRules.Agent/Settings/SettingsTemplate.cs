using XMIoT.Framework.Settings;
using Keys = SageMakerRules.Agent.Settings.SettingKeys;

namespace SageMakerRules.Agent.Settings;

/// <summary>The agent's settings template: the controls of the stream designer, in groups.</summary>
internal static partial class SettingsTemplate
{
    public static XMIoT.Framework.Settings.Settings Create() =>
        new() { List = [Aws(), Authentication(), Pipeline(), Rules(), Execution()] };

    private static Group Aws() =>
        Group(
            "Aws",
            "AWS",
            new CheckBox
            {
                Key = Keys.UseVariables,
                Caption = "Use Variables",
                Postback = true,
                HelpText = "Read the region and the credentials from platform variables.",
            },
            Text(Keys.Region, "AWS Region", required: true, help: "For example eu-west-1."),
            Variable(Keys.Region, "AWS Region Variable", secure: false),
            Text(
                Keys.EndpointUrl,
                "SageMaker Endpoint URL",
                required: false,
                help: "Optional: a VPC endpoint or a local endpoint. Leave empty for the region's public endpoint."
            )
        );

    private static Group Authentication() =>
        Group(
            "Authentication",
            "Authentication",
            new DropDown
            {
                Key = Keys.AuthenticationMethod,
                Caption = "Authentication Method",
                Postback = true,
                Required = true,
                Value = "AccessKey",
                Options =
                [
                    Option("Access key", "AccessKey"),
                    Option("Azure AD federation", "AzureAd"),
                    Option("Default AWS credential chain", "DefaultChain"),
                ],
            },
            Text(Keys.AccessKeyId, "Access Key Id", required: true),
            Variable(Keys.AccessKeyId, "Access Key Id Variable", secure: false),
            Secret(Keys.SecretAccessKey, "Secret Access Key", required: true),
            Variable(Keys.SecretAccessKey, "Secret Access Key Variable", secure: true),
            Secret(Keys.SessionToken, "Session Token", required: false),
            Variable(Keys.SessionToken, "Session Token Variable", secure: true),
            Text(Keys.AzureTenantId, "Azure Tenant Id", required: true),
            Variable(Keys.AzureTenantId, "Azure Tenant Id Variable", secure: false),
            Text(Keys.AzureClientId, "Azure Client Id", required: true),
            Variable(Keys.AzureClientId, "Azure Client Id Variable", secure: false),
            Secret(Keys.AzureClientSecret, "Azure Client Secret", required: true),
            Variable(Keys.AzureClientSecret, "Azure Client Secret Variable", secure: true),
            Text(Keys.AzureScope, "Azure Token Scope", required: false, help: "Optional application id URI."),
            Text(
                Keys.AzureAuthorityHost,
                "Azure Authority Host",
                required: false,
                help: "Optional: https://login.microsoftonline.us (Government), https://login.chinacloudapi.cn "
                    + "(China). Empty: the public cloud."
            ),
            Variable(Keys.AzureAuthorityHost, "Azure Authority Host Variable", secure: false),
            Text(Keys.RoleArn, "AWS Role ARN", required: true, help: "The role assumed with the Azure AD token."),
            Variable(Keys.RoleArn, "AWS Role ARN Variable", secure: false),
            Text(
                Keys.RoleSessionName,
                "Role Session Name",
                required: false,
                help: "Optional name of the session in CloudTrail; empty: sagemaker-rules-<machine>."
            ),
            Text(
                Keys.StsEndpointUrl,
                "STS Endpoint URL",
                required: false,
                help: "Optional: an STS endpoint (a VPC endpoint, GovCloud or China). Empty: the region's STS endpoint."
            ),
            Text(Keys.ProfileName, "AWS Profile", required: false, help: "Optional profile of the default chain.")
        );

    private static Group Pipeline() =>
        Group(
            "PipelineGroup",
            "Pipeline",
            new DropDown
            {
                Key = Keys.Pipeline,
                Caption = "Pipeline",
                Postback = true,
                AllowCustomText = true,
                HelpText = "Choose a pipeline or type its name or ARN.",
            },
            new DropDown
            {
                Key = Keys.PipelineVersion,
                Caption = "Pipeline Version",
                Postback = true,
                Options = [Option("Latest", "")],
                HelpText = "Latest runs the pipeline's current definition.",
            }
        );
}
