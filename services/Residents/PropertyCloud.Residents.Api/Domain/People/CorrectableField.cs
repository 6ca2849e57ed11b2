namespace PropertyCloud.Residents.Api.Domain.People;

/// <summary>
/// Fields of an owner record that the owner may not edit themselves but may ask the service centre to correct (修改权).
/// Phone, emergency contacts and household members the owner edits directly.
/// </summary>
public enum CorrectableField
{
    Name,
    Gender,
    IdNumber,
    NativePlace,
    Address,
    MovedInOn,
}
