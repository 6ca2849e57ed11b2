namespace PropertyCloud.Identity.Contracts;

/// <summary>Scopes and the audience of PropertyCloud access tokens, beyond the standard OpenID Connect ones.</summary>
public static class IdentityScopes
{
    /// <summary>Adds role and estate claims to the identity token (access tokens always carry them).</summary>
    public const string Roles = "roles";

    /// <summary>Audience ("aud") of every access token the Identity service issues.</summary>
    public const string Audience = "propertycloud";
}
