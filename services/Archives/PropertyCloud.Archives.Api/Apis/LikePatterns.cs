namespace PropertyCloud.Archives.Api.Apis;

/// <summary>LIKE patterns from what people type: their %, _ and \ match themselves (PostgreSQL's default escape is \).</summary>
internal static class LikePatterns
{
    public static string Escape(string text) => text.Replace(@"\", @"\\", StringComparison.Ordinal)
        .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    public static string Containing(string text) => "%" + Escape(text) + "%";

    public static string StartingWith(string text) => Escape(text) + "%";
}
