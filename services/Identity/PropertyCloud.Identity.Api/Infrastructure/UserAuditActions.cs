namespace PropertyCloud.Identity.Api.Infrastructure;

/// <summary>The kinds of change recorded in <see cref="UserAuditEntry.Action"/>.</summary>
public static class UserAuditActions
{
    public const string Created = "created";
    public const string AccessChanged = "access_changed";
    public const string Disabled = "disabled";
    public const string Enabled = "enabled";
    public const string PasswordReset = "password_reset";
}
