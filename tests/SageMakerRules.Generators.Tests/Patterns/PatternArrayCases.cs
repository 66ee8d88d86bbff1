namespace SageMakerRules.Generators.Tests.Patterns;

/// <summary>
/// EventBridge's array consistency: fields of one pattern combination under the same array of objects must match
/// in the same element; <c>$or</c> branches are combinations of their own; <c>exists: false</c> is over the event.
/// </summary>
internal static class PatternArrayCases
{
    private const string TwoFields = """{"r": {"t": ["a"], "id": [2]}}""";
    private const string Nested = """{"r": {"s": {"t": ["a"], "id": [2]}}}""";
    private const string Depths = """{"r": {"t": ["a"], "s": {"id": [2]}}}""";
    private const string OrInside = """{"r": {"t": ["a"], "$or": [{"id": [1]}, {"id": [3]}]}}""";
    private const string OrOutside = """{"$or": [{"r": {"t": ["a"], "id": [2]}}, {"x": ["y"]}]}""";
    private const string Absent = """{"r": {"t": ["a"], "x": [{"exists": false}]}}""";
    private const string AbsentOrValue = """{"r": {"t": ["a"], "x": [{"exists": false}, "v"]}}""";

    public static readonly (string Name, string Pattern, string Event, bool Expected)[] All =
    [
        (
            "array fields in different elements",
            TwoFields,
            """{"r": [{"t": "a", "id": 1}, {"t": "b", "id": 2}]}""",
            false
        ),
        ("array fields in one element", TwoFields, """{"r": [{"t": "b", "id": 1}, {"t": "a", "id": 2}]}""", true),
        ("array fields in an object", TwoFields, """{"r": {"t": "a", "id": 2}}""", true),
        ("array elements of other kinds", TwoFields, """{"r": [1, "a", null, {"t": "a", "id": 2}]}""", true),
        ("array field values are arrays", TwoFields, """{"r": [{"t": ["a", "c"], "id": [1, 2]}]}""", true),
        ("array in array elements", TwoFields, """{"r": [[{"t": "a"}], [{"id": 2}]]}""", false),
        ("array in array one element", TwoFields, """{"r": [[{"t": "b"}], [{"id": 2, "t": "a"}]]}""", true),
        ("nested arrays apart", Nested, """{"r": [{"s": [{"t": "a"}, {"id": 2}]}]}""", false),
        ("nested arrays outer apart", Nested, """{"r": [{"s": [{"t": "a"}]}, {"s": [{"id": 2}]}]}""", false),
        (
            "nested arrays together",
            Nested,
            """{"r": [{"s": [{"t": "a", "id": 1}]}, {"s": [{"id": 2, "t": "a"}]}]}""",
            true
        ),
        ("depths apart", Depths, """{"r": [{"t": "a", "s": {"id": 1}}, {"t": "b", "s": {"id": 2}}]}""", false),
        ("depths together", Depths, """{"r": [{"t": "b"}, {"t": "a", "s": [{"id": 1}, {"id": 2}]}]}""", true),
        ("or branches each alone", """{"r": {"$or": [{"t": ["a"]}, {"id": [2]}]}}""", """{"r": [{"t": "a"}]}""", true),
        ("or inside apart", OrInside, """{"r": [{"t": "b", "id": 1}, {"t": "a", "id": 2}]}""", false),
        ("or inside together", OrInside, """{"r": [{"t": "b", "id": 1}, {"t": "a", "id": 3}]}""", true),
        ("or outside other branch", OrOutside, """{"r": [{"t": "a", "id": 1}, {"id": 2}], "x": "y"}""", true),
        ("or outside apart", OrOutside, """{"r": [{"t": "a", "id": 1}, {"id": 2}], "x": "z"}""", false),
        (
            "different arrays",
            """{"r": {"t": ["a"]}, "q": {"id": [2]}}""",
            """{"r": [{"t": "a"}], "q": [{"id": 2}]}""",
            true
        ),
        ("exists false anywhere", Absent, """{"r": [{"t": "a"}, {"t": "b", "x": 1}]}""", false),
        ("exists false nowhere", Absent, """{"r": [{"t": "a"}, {"t": "b"}]}""", true),
        (
            "exists false or value apart",
            AbsentOrValue,
            """{"r": [{"t": "a", "x": "w"}, {"t": "b", "x": "v"}]}""",
            false
        ),
        (
            "exists false or value together",
            AbsentOrValue,
            """{"r": [{"t": "b", "x": "w"}, {"t": "a", "x": "v"}]}""",
            true
        ),
        ("exists false or value absent", AbsentOrValue, """{"r": [{"t": "a"}, {"t": "b"}]}""", true),
    ];
}
