namespace PropertyCloud.Partners.Api.Domain;

/// <summary>What a partner may receive: event types, estates (or all), and whether personal fields are included.</summary>
public sealed record PartnerGrants(IReadOnlyList<string> Types, IReadOnlyList<Guid> Estates, bool AllEstates, bool PersonalData);
