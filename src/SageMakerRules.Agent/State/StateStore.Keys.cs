using Microsoft.Data.Sqlite;
using SageMakerRules.Triggers;

namespace SageMakerRules.Agent.State;

/// <summary>
/// Single-key rows: the state of one trigger key written the moment it changes, newer than the rule's last whole
/// snapshot (which drops them when it is written).
/// </summary>
internal sealed partial class StateStore
{
    /// <summary>Every rule's whole state with the newer single-key rows applied on top.</summary>
    public IReadOnlyList<TriggerPolicySnapshot> LoadPolicyState()
    {
        var keys = LoadKeys();
        var policies = LoadPolicies().ToDictionary(policy => policy.RuleName, StringComparer.Ordinal);
        foreach (var (rule, rows) in keys)
        {
            var known = policies.TryGetValue(rule, out var policy) ? policy.Keys : [];
            policies[rule] = new TriggerPolicySnapshot(rule, [.. known, .. rows]);
        }

        return [.. policies.Values];
    }

    private Dictionary<string, List<TriggerKeySnapshot>> LoadKeys()
    {
        lock (_lock)
        {
            using var command = Command("SELECT rule, snapshot_json FROM trigger_keys ORDER BY rowid;", null);
            using var reader = command.ExecuteReader();
            var keys = new Dictionary<string, List<TriggerKeySnapshot>>(StringComparer.Ordinal);
            while (reader.Read())
            {
                var rule = reader.GetString(0);
                if (!keys.TryGetValue(rule, out var rows))
                {
                    keys[rule] = rows = [];
                }

                rows.Add(FromJson<TriggerKeySnapshot>(reader.GetString(1)));
            }

            return keys;
        }
    }

    private void SaveKey(string rule, TriggerKeySnapshot? key, SqliteTransaction transaction)
    {
        if (key is null)
        {
            return;
        }

        using var command = Command(
            "INSERT INTO trigger_keys (rule, trigger_key, snapshot_json) VALUES ($rule, $key, $json) "
                + "ON CONFLICT (rule, trigger_key) DO UPDATE SET snapshot_json = excluded.snapshot_json;",
            transaction
        );
        command.Parameters.AddWithValue("$rule", rule);
        command.Parameters.AddWithValue("$key", key.Key);
        command.Parameters.AddWithValue("$json", Json(key));
        command.ExecuteNonQuery();
    }

    private void DeleteKeys(string rule, SqliteTransaction transaction)
    {
        using var command = Command("DELETE FROM trigger_keys WHERE rule = $rule;", transaction);
        command.Parameters.AddWithValue("$rule", rule);
        command.ExecuteNonQuery();
    }
}
