namespace XMIoT.Framework;

/// <summary>A request to decrypt a secure value; the host fills <see cref="DecryptedValue"/>.</summary>
/// <param name="value">The encrypted value.</param>
public class OnDecryptRequestArgs(string value) : EventArgs
{
    /// <summary>The encrypted value.</summary>
    public string Value { get; } = value;

    /// <summary>The decrypted value, set by the host.</summary>
    public string DecryptedValue { get; set; } = string.Empty;
}
