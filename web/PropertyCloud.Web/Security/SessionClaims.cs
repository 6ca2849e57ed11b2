namespace PropertyCloud.Web.Security;

/// <summary>Claims the web console adds to the signed-in user's session.</summary>
public static class SessionClaims
{
    /// <summary>The access token issued by Identity, sent as the bearer token on every API call.</summary>
    public const string AccessToken = "access_token";

    /// <summary>The user's Chinese display name ("前台客服").</summary>
    public const string DisplayName = "display_name";
}
