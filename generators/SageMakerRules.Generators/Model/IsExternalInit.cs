namespace System.Runtime.CompilerServices;

/// <summary>Lets records with init accessors compile for netstandard2.0.</summary>
internal static class IsExternalInit { }
