using System.Globalization;
using System.Text;

namespace SageMakerRules.LocalPipelines.Protocol;

/// <summary>
/// <c>NextToken</c>/<c>MaxResults</c> paging over a sorted list. The token is opaque to clients; it encodes the
/// operation and the offset of the next item, so a token from another operation is rejected.
/// </summary>
internal static class Pagination
{
    public const int DefaultMaxResults = 50;

    public const int MaxMaxResults = 100;

    public static IReadOnlyList<T> Page<T>(
        IReadOnlyList<T> items,
        RequestReader request,
        string operation,
        out string? nextToken,
        int limit = MaxMaxResults
    )
    {
        var maxResults = request.Int("MaxResults") ?? Math.Min(DefaultMaxResults, limit);

        if (maxResults < 1 || maxResults > limit)
        {
            throw ApiException.Constraint(
                maxResults.ToString(CultureInfo.InvariantCulture),
                "maxResults",
                maxResults < 1
                    ? "Member must have value greater than or equal to 1"
                    : $"Member must have value less than or equal to {limit}"
            );
        }

        var offset = request.String("NextToken") is { } token ? Decode(token, operation) : 0;
        var page = items.Skip(offset).Take(maxResults).ToList();
        var next = offset + page.Count;
        nextToken = next < items.Count ? Encode(operation, next) : null;

        return page;
    }

    private static string Encode(string operation, int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{operation}:{offset.ToString(CultureInfo.InvariantCulture)}"));

    private static int Decode(string token, string operation)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            var prefix = operation + ":";

            if (
                text.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(text[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            )
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // An undecodable token is reported below like any other token this operation did not issue.
        }

        throw ApiException.Validation($"The NextToken is not a token returned by a previous {operation} call.");
    }
}
