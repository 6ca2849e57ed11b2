using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.BuildingBlocks.Documents;

/// <summary>How a printable page is asked for with <c>?format=</c>: html (or none) or pdf; anything else is 422 naming format.</summary>
public static class PrintFormat
{
    /// <summary>Whether the page is wanted as PDF; throws for a value that is neither html nor pdf.</summary>
    public static bool IsPdf(string? format)
    {
        if (format is null || string.Equals(format, "html", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (string.Equals(format, "pdf", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        throw new DomainException("printable.format_invalid", new("format 须为 html 或 pdf", "format must be html or pdf"), "format");
    }
}
