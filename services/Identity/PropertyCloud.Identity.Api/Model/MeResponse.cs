namespace PropertyCloud.Identity.Api.Model;

/// <summary>The caller of GET /api/identity/me.</summary>
public sealed record MeResponse(string Subject, string? Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Estates);
