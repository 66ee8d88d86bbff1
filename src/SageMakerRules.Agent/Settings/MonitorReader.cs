using Keys = SageMakerRules.Agent.Settings.SettingKeys;

namespace SageMakerRules.Agent.Settings;

/// <summary>Reads the execution-watching settings into the monitor options of the parameter-map rule.</summary>
internal static class MonitorReader
{
    public static MonitorOptions Read(SettingReader reader, List<SettingProblem> problems)
    {
        var wait = reader.Flag(Keys.WaitForCompletion, true);
        var pollSeconds = reader.Number(Keys.PollIntervalSeconds, 30);
        var timeoutMinutes = reader.Number(Keys.TimeoutMinutes, 0);
        var stopOnTimeout = reader.Flag(Keys.StopOnTimeout, false);
        if (!wait)
        {
            return new MonitorOptions(false, TimeSpan.FromSeconds(30), null, false);
        }

        if (pollSeconds < 1 || pollSeconds > 86_400)
        {
            problems.Add(
                Problem(Keys.PollIntervalSeconds, $"{pollSeconds} is out of range. Enter 1 to 86400 seconds.")
            );
            pollSeconds = 30;
        }

        if (timeoutMinutes < 0 || timeoutMinutes > 525_600)
        {
            problems.Add(
                Problem(Keys.TimeoutMinutes, $"{timeoutMinutes} is out of range. Enter 0 (no limit) to 525600.")
            );
            timeoutMinutes = 0;
        }

        if (stopOnTimeout && timeoutMinutes == 0)
        {
            problems.Add(
                Problem(Keys.StopOnTimeout, "It is ticked but no timeout is set. Set Timeout (minutes) or untick it.")
            );
        }

        var timeout = timeoutMinutes == 0 ? (TimeSpan?)null : TimeSpan.FromMinutes(timeoutMinutes);
        return new MonitorOptions(true, TimeSpan.FromSeconds(pollSeconds), timeout, stopOnTimeout);
    }

    public static TimeSpan? ReadOverride(SettingReader reader, List<SettingProblem> problems)
    {
        if (reader.Text(Keys.PollIntervalOverrideSeconds) is null)
        {
            return null;
        }

        var seconds = reader.Number(Keys.PollIntervalOverrideSeconds, 0);
        if (seconds is >= 1 and <= 86_400)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        problems.Add(
            Problem(
                Keys.PollIntervalOverrideSeconds,
                $"{seconds} is out of range. Enter 1 to 86400, or leave it empty."
            )
        );
        return null;
    }

    private static SettingProblem Problem(string key, string message) => SettingCaptions.Problem(key, message);
}
