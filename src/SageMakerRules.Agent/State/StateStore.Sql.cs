using Microsoft.Data.Sqlite;
using SageMakerRules.Agent.Execution;
using SageMakerRules.Triggers;

namespace SageMakerRules.Agent.State;

internal sealed partial class StateStore
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS triggers (
            token TEXT PRIMARY KEY,
            state TEXT NOT NULL,
            rule TEXT NOT NULL,
            trigger_key TEXT NULL,
            execution_arn TEXT NULL,
            triggered_at TEXT NOT NULL,
            request_json TEXT NOT NULL,
            monitor_json TEXT NOT NULL,
            event_json TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS trigger_policies (
            rule TEXT PRIMARY KEY,
            snapshot_json TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS trigger_keys (
            rule TEXT NOT NULL,
            trigger_key TEXT NOT NULL,
            snapshot_json TEXT NOT NULL,
            PRIMARY KEY (rule, trigger_key)
        );
        """;

    private const string UpsertTrigger = """
        INSERT INTO triggers (token, state, rule, trigger_key, execution_arn, triggered_at, request_json,
                              monitor_json, event_json)
        VALUES ($token, $state, $rule, $key, $arn, $triggered, $request, $monitor, $event)
        ON CONFLICT (token) DO UPDATE SET state = excluded.state, execution_arn = excluded.execution_arn;
        """;

    /// <summary>Every stored trigger, in the order they were first written (queue order).</summary>
    public IReadOnlyList<StoredTrigger> LoadTriggers()
    {
        lock (_lock)
        {
            using var command = Command(
                "SELECT state, rule, trigger_key, execution_arn, triggered_at, request_json, monitor_json, "
                    + "event_json, token FROM triggers ORDER BY rowid;",
                null
            );
            using var reader = command.ExecuteReader();
            var triggers = new List<StoredTrigger>();
            while (reader.Read())
            {
                triggers.Add(ReadTrigger(reader));
            }

            return triggers;
        }
    }

    /// <summary>Every rule's stored trigger policy state.</summary>
    public IReadOnlyList<TriggerPolicySnapshot> LoadPolicies()
    {
        lock (_lock)
        {
            using var command = Command("SELECT snapshot_json FROM trigger_policies ORDER BY rule;", null);
            using var reader = command.ExecuteReader();
            var snapshots = new List<TriggerPolicySnapshot>();
            while (reader.Read())
            {
                snapshots.Add(FromJson<TriggerPolicySnapshot>(reader.GetString(0)));
            }

            return snapshots;
        }
    }

    private static StoredTrigger ReadTrigger(SqliteDataReader reader)
    {
        var state = Enum.Parse<StoredTriggerState>(reader.GetString(0));
        var pending = new PendingTrigger
        {
            RuleName = reader.GetString(1),
            TriggerKey = reader.IsDBNull(2) ? null : reader.GetString(2),
            ExecutionArn = reader.IsDBNull(3) ? null : reader.GetString(3),
            TriggeredAt = Time(reader.GetString(4)),
            Request = FromJson<PipelineStartRequest>(reader.GetString(5)),
            Monitor = FromJson<MonitorOptions>(reader.GetString(6)),
            Event = EventPayload.FromJson(reader.GetString(7)),
            Token = reader.GetString(8),
        };
        return new StoredTrigger(state, pending);
    }

    private void Upsert(PendingTrigger pending, StoredTriggerState state, SqliteTransaction? transaction)
    {
        using var command = Command(UpsertTrigger, transaction);
        command.Parameters.AddWithValue("$token", pending.Token);
        command.Parameters.AddWithValue("$state", state.ToString());
        command.Parameters.AddWithValue("$rule", pending.RuleName);
        command.Parameters.AddWithValue("$key", (object?)pending.TriggerKey ?? DBNull.Value);
        command.Parameters.AddWithValue("$arn", (object?)pending.ExecutionArn ?? DBNull.Value);
        command.Parameters.AddWithValue("$triggered", Text(pending.TriggeredAt));
        command.Parameters.AddWithValue("$request", Json(pending.Request));
        command.Parameters.AddWithValue("$monitor", Json(pending.Monitor));
        command.Parameters.AddWithValue("$event", pending.Event.ToJson());
        command.ExecuteNonQuery();
    }

    private void SavePolicy(TriggerPolicySnapshot snapshot, SqliteTransaction? transaction)
    {
        using var command = Command(
            "INSERT INTO trigger_policies (rule, snapshot_json) VALUES ($rule, $json) "
                + "ON CONFLICT (rule) DO UPDATE SET snapshot_json = excluded.snapshot_json;",
            transaction
        );
        command.Parameters.AddWithValue("$rule", snapshot.RuleName);
        command.Parameters.AddWithValue("$json", Json(snapshot));
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
