namespace PropertyCloud.BuildingBlocks.Security;

/// <summary>Claim types in PropertyCloud access tokens (JWT, short names, no inbound mapping).</summary>
public static class PropertyCloudClaims
{
    public const string Subject = "sub";
    public const string Name = "name";

    /// <summary>The name people know the user by (e.g. 王丽), beside the user name in <see cref="Name"/>.</summary>
    public const string DisplayName = "display_name";
    public const string Role = "role";

    /// <summary>One claim per estate id (GUID, "D" format) the subject may act on.</summary>
    public const string Estate = "estate";

    /// <summary>The OAuth client the token was issued to; partners are identified by it.</summary>
    public const string ClientId = "client_id";
}
