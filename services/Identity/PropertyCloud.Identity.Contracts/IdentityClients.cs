namespace PropertyCloud.Identity.Contracts;

/// <summary>Ids of the OAuth clients the Identity service registers at start-up.</summary>
public static class IdentityClients
{
    /// <summary>Public client for scripts, tests and demos: password and refresh_token grants.</summary>
    public const string Cli = "propertycloud-cli";

    /// <summary>Public client for the web console: authorization code with PKCE, refresh tokens.</summary>
    public const string Web = "propertycloud-web";

    /// <summary>Confidential demo partner (client_credentials); registered only in demo mode.</summary>
    public const string DemoPartner = "demo-partner";
}
