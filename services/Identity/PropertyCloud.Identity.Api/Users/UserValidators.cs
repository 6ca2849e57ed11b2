using FluentValidation;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Identity.Api.Users;

/// <summary>Shape checks (400 naming the field); the rules between fields are in <see cref="StaffAccessRules"/> (422).</summary>
internal static class UserFieldRules
{
    /// <summary>ASP.NET Core Identity's default allowed characters.</summary>
    public const string UserNamePattern = "^[A-Za-z0-9._@+-]+$";

    public static bool IsKnownRole(string? role) => role is not null && Roles.All.Contains(role, StringComparer.Ordinal);
}

internal sealed class CreateUserRequestValidator : AbstractValidator<CreateUserRequest>
{
    public CreateUserRequestValidator()
    {
        RuleFor(r => r.UserName).NotEmpty().MaximumLength(64).Matches(UserFieldRules.UserNamePattern)
            .WithMessage(_ => UserTexts.UserNameCharacters.ToString());
        RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Roles).NotEmpty();
        RuleForEach(r => r.Roles).Must(UserFieldRules.IsKnownRole).WithMessage(_ => UserTexts.UnknownRole.ToString());
        RuleFor(r => r.Estates).Must(e => e is null || e.Count <= 200);
        RuleForEach(r => r.Estates).NotEmpty();
        RuleFor(r => r.Password).MaximumLength(128);
    }
}

internal sealed class UserAccessRequestValidator : AbstractValidator<UserAccessRequest>
{
    public UserAccessRequestValidator()
    {
        RuleFor(r => r.Roles).NotEmpty();
        RuleForEach(r => r.Roles).Must(UserFieldRules.IsKnownRole).WithMessage(_ => UserTexts.UnknownRole.ToString());
        RuleFor(r => r.Estates).Must(e => e is null || e.Count <= 200);
        RuleForEach(r => r.Estates).NotEmpty();
    }
}

internal sealed class DisableUserRequestValidator : AbstractValidator<DisableUserRequest>
{
    public DisableUserRequestValidator() => RuleFor(r => r.Reason).MaximumLength(500);
}

internal sealed class ResetPasswordRequestValidator : AbstractValidator<ResetPasswordRequest>
{
    public ResetPasswordRequestValidator() => RuleFor(r => r.Password).MaximumLength(128);
}
