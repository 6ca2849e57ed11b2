namespace PropertyCloud.Residents.Api.Domain.People;

/// <summary>The 18-character resident ID number (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character.</summary>
public static class ChineseIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != 18 || value.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        var birth = value.Substring(6, 8);
        if (!DateOnly.TryParseExact(birth, "yyyyMMdd", out _))
        {
            return false;
        }
        return char.ToUpperInvariant(value[17]) == CheckCharacter(value.AsSpan(0, 17));
    }

    /// <summary>The check character for the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }
}
