namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>A maintenance worker in a team, by user id (token subject) and name.</summary>
public sealed record TeamMember(string UserId, string Name);
