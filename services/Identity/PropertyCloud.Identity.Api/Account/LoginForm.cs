namespace PropertyCloud.Identity.Api.Account;

/// <summary>The fields posted by the login page.</summary>
public sealed record LoginForm(string? UserName, string? Password, string? ReturnUrl);
