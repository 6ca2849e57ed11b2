namespace PropertyCloud.Archives.Api.Domain.Lending;

/// <summary>A staff member acting on a loan: their id, name and the roles their token carries.</summary>
public sealed record Approver(string Id, string Name, IReadOnlySet<string> Roles);
