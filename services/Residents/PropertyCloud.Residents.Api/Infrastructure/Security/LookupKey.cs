namespace PropertyCloud.Residents.Api.Infrastructure.Security;

/// <summary>A secret HMAC key, stored encrypted with Data Protection so that every instance hashes alike.</summary>
public sealed class LookupKey
{
    public string Name { get; set; } = "";
    public string ProtectedKey { get; set; } = "";
}
