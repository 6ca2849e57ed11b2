namespace PropertyCloud.Residents.Api.Extensions;

/// <summary>Authorisation policies of the register; estate scope is checked per request on top of these (see ACCESS.md).</summary>
internal static class ResidentsPolicies
{
    public const string ReadRegister = "residents.read";
    public const string EditRegister = "residents.edit";
    public const string ManageEstates = "residents.estates.manage";
    public const string ReadPeople = "residents.people.read";
    public const string EditPeople = "residents.people.edit";
    public const string RevealPersonalData = "residents.people.reveal";
    public const string RevealPlateNumber = "residents.vehicles.reveal";
    public const string ReadDisclosures = "residents.disclosures.read";
    public const string SelfService = "residents.self";
}
