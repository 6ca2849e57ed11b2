namespace PropertyCloud.Residents.Api.Domain.People;

/// <summary>The personal-data fields that are masked by default and may be revealed on request.</summary>
public static class PersonalData
{
    public const string Phone = "phone";
    public const string IdNumber = "idNumber";
    public const string Address = "address";

    public static readonly IReadOnlyList<string> All = [Phone, IdNumber, Address];
}
