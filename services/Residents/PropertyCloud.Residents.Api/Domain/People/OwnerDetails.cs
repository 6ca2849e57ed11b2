namespace PropertyCloud.Residents.Api.Domain.People;

/// <summary>What staff enter about an owner (the ID number travels separately, already protected).</summary>
public sealed record OwnerDetails(
    OwnerKind Kind,
    string Name,
    Gender Gender,
    string Phone,
    IdDocumentType IdDocumentType,
    string NativePlace,
    string Address,
    DateOnly? MovedInOn);
