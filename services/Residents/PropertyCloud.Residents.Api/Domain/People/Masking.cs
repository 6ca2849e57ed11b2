namespace PropertyCloud.Residents.Api.Domain.People;

/// <summary>How personal data is shown to staff who have not asked to see it (篇1 §12, 篇5 二).</summary>
public static class Masking
{
    /// <summary>13812345678 → 138****5678.</summary>
    public static string Phone(string phone) => Keep(phone, 3, 4);

    /// <summary>330106199001011234 → 3301**********1234.</summary>
    public static string IdNumber(string idNumber) => Keep(idNumber.Trim().ToUpperInvariant(), 4, 4);

    /// <summary>浙A12345 → 浙A***45: the province and city letter stay, most of the serial is hidden.</summary>
    public static string PlateNumber(string plateNumber) => Keep(plateNumber, 2, 2);

    /// <summary>Keeps the first six characters (city and district), hides the street and number.</summary>
    public static string Address(string address) =>
        address.Length == 0 ? "" : address[..Math.Min(6, address.Length)] + "****";

    private static string Keep(string value, int head, int tail)
    {
        if (value.Length == 0)
        {
            return "";
        }
        if (value.Length <= head + tail)
        {
            return new string('*', value.Length);
        }
        return string.Concat(value.AsSpan(0, head), new string('*', value.Length - head - tail), value.AsSpan(value.Length - tail));
    }
}
