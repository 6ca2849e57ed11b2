namespace PropertyCloud.Identity.Api.Demo;

/// <summary>A demo account: user name = role name, a Chinese display name, the estates it may act on.</summary>
public sealed record DemoUser(string Role, string DisplayName, IReadOnlyList<Guid> Estates);
