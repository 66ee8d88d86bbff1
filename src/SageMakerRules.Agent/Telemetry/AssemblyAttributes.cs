using System.Runtime.CompilerServices;

// The run-time engine's tests drive the monitor and the state store directly.
[assembly: InternalsVisibleTo("SageMakerRules.Agent.Tests")]
