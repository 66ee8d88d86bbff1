using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SageMakerRules.Agent.Execution;
using SageMakerRules.Triggers;

namespace SageMakerRules.Agent.State;

/// <summary>
/// The durable state of a runner in one SQLite file (write-ahead log): triggers that are queued, starting or running
/// (with their token, request and event), and each rule's trigger policy state. A start is written as "starting"
/// before the call and as "running" after it, so that a process killed at any point loses no trigger and starts none
/// twice: the next runner re-issues an interrupted start with its original idempotency token.
/// </summary>
internal sealed partial class StateStore : IDisposable
{
    /// <summary>The file name of the store inside the state directory.</summary>
    public const string FileName = "sagemaker-rules-state.db";

    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    private StateStore(SqliteConnection connection) => _connection = connection;

    /// <summary>The path of the database file.</summary>
    public string Path => _connection.DataSource;

    /// <summary>Opens (or creates) the store in <paramref name="directory"/>.</summary>
    public static StateStore Open(string directory)
    {
        Directory.CreateDirectory(directory);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = System.IO.Path.Combine(directory, FileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, Schema);
            return new StateStore(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Records a queued trigger together with its key's state, in one transaction.</summary>
    public void SaveQueued(PendingTrigger pending, Func<TriggerKeySnapshot?> key) =>
        InTransaction(transaction =>
        {
            Upsert(pending, StoredTriggerState.Queued, transaction);
            SaveKey(pending.RuleName, key(), transaction);
        });

    /// <summary>
    /// Records a start about to be made together with its key's state (cooldown, consumed edge), in one
    /// transaction: a process killed after this line re-issues the start and keeps the key's cooldown.
    /// </summary>
    public void SaveStarting(PendingTrigger pending, Func<TriggerKeySnapshot?> key) =>
        InTransaction(transaction =>
        {
            Upsert(pending, StoredTriggerState.Starting, transaction);
            SaveKey(pending.RuleName, key(), transaction);
        });

    public void MarkRunning(string token, string executionArn)
    {
        lock (_lock)
        {
            using var command = Command(
                "UPDATE triggers SET state = $state, execution_arn = $arn WHERE token = $token;",
                null
            );
            command.Parameters.AddWithValue("$state", nameof(StoredTriggerState.Running));
            command.Parameters.AddWithValue("$arn", executionArn);
            command.Parameters.AddWithValue("$token", token);
            command.ExecuteNonQuery();
        }
    }

    public void Delete(string token)
    {
        lock (_lock)
        {
            using var command = Command("DELETE FROM triggers WHERE token = $token;", null);
            command.Parameters.AddWithValue("$token", token);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Writes a rule's whole policy state and drops its single-key rows, which the snapshot includes. The snapshot
    /// is taken inside the store's lock, so that no newer single-key row can be written before it and then lost.
    /// </summary>
    public void SavePolicy(Func<TriggerPolicySnapshot> snapshot) =>
        InTransaction(transaction =>
        {
            var policy = snapshot();
            SavePolicy(policy, transaction);
            DeleteKeys(policy.RuleName, transaction);
        });

    /// <summary>Writes the state of one key right after it changed (taken inside the store's lock).</summary>
    public void SaveKey(string rule, Func<TriggerKeySnapshot?> key) =>
        InTransaction(transaction => SaveKey(rule, key(), transaction));

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            _connection.Dispose();
        }
    }

    private void InTransaction(Action<SqliteTransaction> write)
    {
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            write(transaction);
            transaction.Commit();
        }
    }

    private static string Text(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, typeof(T), StateJsonContext.Default);

    private static T FromJson<T>(string json) =>
        (T)(
            JsonSerializer.Deserialize(json, typeof(T), StateJsonContext.Default)
            ?? throw new JsonException($"The store holds null where a {typeof(T).Name} was expected.")
        );
}
