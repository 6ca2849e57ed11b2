namespace PropertyCloud.Residents.Api.Extensions;

/// <summary>Authorisation policies of the register; estate scope is checked per request on top of these.</summary>
internal static class ResidentsPolicies
{
    public const string ReadRegister = "residents.read";
    public const string EditRegister = "residents.edit";
    public const string ManageEstates = "residents.estates.manage";
}
