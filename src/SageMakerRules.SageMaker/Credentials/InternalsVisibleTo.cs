using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("SageMakerRules.SageMaker.Tests")]
