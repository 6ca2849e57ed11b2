using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Api.Import;

/// <summary>How enumerations read in a register file: Chinese labels (what old systems export) or the English names.</summary>
public static class RegisterLabels
{
    private static readonly Dictionary<UnitUsage, string[]> Usages = new()
    {
        [UnitUsage.Residence] = ["居住", "自住"], [UnitUsage.RentedOut] = ["出租"], [UnitUsage.Storage] = ["仓库", "储藏"],
        [UnitUsage.Commercial] = ["商用", "商业"], [UnitUsage.Vacant] = ["空置"],
    };

    private static readonly Dictionary<OwnerKind, string[]> OwnerKinds = new()
    {
        [OwnerKind.Person] = ["个人"], [OwnerKind.Company] = ["公司", "单位"],
    };

    private static readonly Dictionary<Gender, string[]> Genders = new()
    {
        [Gender.Unspecified] = ["未知", ""], [Gender.Male] = ["男"], [Gender.Female] = ["女"],
    };

    private static readonly Dictionary<IdDocumentType, string[]> IdTypes = new()
    {
        [IdDocumentType.ResidentIdCard] = ["身份证", "居民身份证"], [IdDocumentType.Passport] = ["护照"],
        [IdDocumentType.TravelPermit] = ["通行证", "港澳台通行证"], [IdDocumentType.BusinessLicence] = ["营业执照", "统一社会信用代码"],
        [IdDocumentType.Other] = ["其他"],
    };

    public static bool TryParse(string text, out UnitUsage value) => TryParse(Usages, text, out value);
    public static bool TryParse(string text, out OwnerKind value) => TryParse(OwnerKinds, text, out value);
    public static bool TryParse(string text, out Gender value) => TryParse(Genders, text, out value);
    public static bool TryParse(string text, out IdDocumentType value) => TryParse(IdTypes, text, out value);

    public static string Label(UnitUsage value, bool chinese) => Label(Usages, value, chinese);
    public static string Label(OwnerKind value, bool chinese) => Label(OwnerKinds, value, chinese);
    public static string Label(Gender value, bool chinese) => value == Gender.Unspecified ? "" : Label(Genders, value, chinese);
    public static string Label(IdDocumentType value, bool chinese) => Label(IdTypes, value, chinese);

    private static bool TryParse<T>(Dictionary<T, string[]> labels, string text, out T value) where T : struct, Enum
    {
        var trimmed = text.Trim();
        foreach (var (candidate, names) in labels)
        {
            if (names.Contains(trimmed, StringComparer.Ordinal) || string.Equals(candidate.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    private static string Label<T>(Dictionary<T, string[]> labels, T value, bool chinese) where T : struct, Enum =>
        chinese ? labels[value][0] : value.ToString();
}
