namespace PropertyCloud.Identity.Api.Seed;

/// <summary>Names of the custom properties stored on an OpenIddict application (JSON string arrays).</summary>
public static class ClientProperties
{
    /// <summary>Roles put into a client_credentials token.</summary>
    public const string Roles = "roles";

    /// <summary>Estate ids put into a client_credentials token.</summary>
    public const string Estates = "estates";
}
