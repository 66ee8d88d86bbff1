using SageMakerRules.Triggers;

namespace SageMakerRules.Agent.Execution;

public sealed partial class PipelineRunner
{
    private void AddRule(IRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_rulesLock)
        {
            if (_rules.TryGetValue(rule.Name, out var known) && known.Rule is not null)
            {
                throw new ArgumentException($"Two rules are named '{rule.Name}'; rule names must be distinct.");
            }

            _rules[rule.Name] = CreateRuntime(rule.Name, rule, rule.Trigger, EffectiveMonitor(rule.Monitor));
        }
    }

    /// <summary>The runtime of a rule; a rule the runner was not created with is added on first sight.</summary>
    private RuleRuntime GetRuntime(IRule rule)
    {
        lock (_rulesLock)
        {
            if (!_rules.TryGetValue(rule.Name, out var runtime))
            {
                runtime = CreateRuntime(rule.Name, rule, rule.Trigger, EffectiveMonitor(rule.Monitor));
                _rules.Add(rule.Name, runtime);
            }

            return runtime;
        }
    }

    /// <summary>
    /// The runtime of a rule by name; a rule found only in the store gets the default trigger options.
    /// </summary>
    private RuleRuntime GetRuntime(string ruleName, MonitorOptions monitor)
    {
        lock (_rulesLock)
        {
            if (!_rules.TryGetValue(ruleName, out var runtime))
            {
                runtime = CreateRuntime(ruleName, null, TriggerOptions.Default, monitor);
                _rules.Add(ruleName, runtime);
            }

            return runtime;
        }
    }

    private List<RuleRuntime> AllRuntimes()
    {
        lock (_rulesLock)
        {
            return [.. _rules.Values];
        }
    }

    private RuleRuntime CreateRuntime(string name, IRule? rule, TriggerOptions trigger, MonitorOptions monitor)
    {
        var policy = new TriggerPolicy<PendingTrigger>(name, trigger, _gate, _timeProvider, _options.MaxTrackedKeys);
        return new RuleRuntime(rule, policy, monitor);
    }

    private MonitorOptions EffectiveMonitor(MonitorOptions ruleMonitor)
    {
        var monitor = _options.Monitor ?? ruleMonitor;
        if (_options.PollIntervalOverride is { } pollInterval)
        {
            monitor = monitor with { PollInterval = pollInterval };
        }

        return _options.StopOnTimeout ? monitor with { StopOnTimeout = true } : monitor;
    }
}
