namespace SageMakerRules;

/// <summary>Why one event could not be read or mapped: which field, what was expected, what was found.</summary>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Field">
/// The rule field or pipeline parameter concerned, or <see langword="null"/> for the whole event.
/// </param>
/// <param name="Expected">What the rule expected there, for example <c>a number (double)</c>.</param>
/// <param name="Found">What the event held instead, for example <c>a string</c>; never the whole event.</param>
/// <param name="Message">A sentence a person can act on.</param>
public sealed record EventError(EventErrorKind Kind, string? Field, string? Expected, string? Found, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
