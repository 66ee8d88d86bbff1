namespace SageMakerRules.LocalPipelines.Protocol;

/// <summary>Reads and applies the <c>SortOrder</c> and <c>SortBy</c> members of list requests.</summary>
internal static class Sorting
{
    public static bool Descending(RequestReader request)
    {
        var order = request.String("SortOrder") ?? "Descending";

        return order switch
        {
            "Descending" => true,
            "Ascending" => false,
            _ => throw ApiException.Constraint(
                order,
                "sortOrder",
                "Member must satisfy enum value set: [Ascending, Descending]"
            ),
        };
    }

    public static string SortBy(RequestReader request, string defaultKey, params string[] allowed)
    {
        var sortBy = request.String("SortBy") ?? defaultKey;

        return allowed.Contains(sortBy, StringComparer.Ordinal)
            ? sortBy
            : throw ApiException.Constraint(
                sortBy,
                "sortBy",
                $"Member must satisfy enum value set: [{string.Join(", ", allowed)}]"
            );
    }

    public static List<T> Order<T, TKey>(IEnumerable<T> items, Func<T, TKey> key, bool descending) =>
        descending ? [.. items.OrderByDescending(key)] : [.. items.OrderBy(key)];
}
