namespace PropertyCloud.Repairs.FunctionalTests;

/// <summary>
/// An owner or tenant login the service knows from Residents' events: the client with their token, the token's subject
/// and the owner or tenancy id Residents linked it to.
/// </summary>
public sealed record Resident(HttpClient Client, string UserId, Guid PartyId);
