namespace PropertyCloud.Identity.Api.Users;

/// <summary>Whether an account can sign in now.</summary>
public enum AccountStatus
{
    Active,

    /// <summary>Too many wrong passwords in a row; ends by itself or with a password reset.</summary>
    LockedOut,

    /// <summary>Closed by the group administrator until enabled again.</summary>
    Disabled,
}
