using System.Text.RegularExpressions;

namespace PropertyCloud.Archives.Api.Domain.Documents;

/// <summary>Where the paper original lies: category-cabinet-shelf-box (003 篇5 5.3), e.g. "KH-03-2-15".</summary>
public static partial class IndexNumber
{
    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex(@"^[\p{L}\p{N}]{1,16}-[\p{L}\p{N}]{1,16}-[\p{L}\p{N}]{1,16}-[\p{L}\p{N}]{1,16}$")]
    private static partial Regex Pattern();
}
