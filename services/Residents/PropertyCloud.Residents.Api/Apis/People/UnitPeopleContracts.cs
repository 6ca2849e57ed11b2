using FluentValidation;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Api.Apis.People;

public sealed record AddOwnershipRequest(Guid OwnerId, DateOnly StartedOn);

/// <summary>业主变更: the unit's current owners are replaced by <see cref="NewOwnerIds"/> on <see cref="TransferredOn"/>.</summary>
public sealed record TransferOwnershipRequest(IReadOnlyList<Guid> NewOwnerIds, DateOnly TransferredOn);

public sealed record TenancyRequest(string TenantName, string Phone, DateOnly LeaseStartsOn, DateOnly LeaseEndsOn);

public sealed record EndTenancyRequest(DateOnly EndedOn);

public sealed record UsageRequest(UnitUsage Usage);

public sealed record TenancyResponse(
    Guid Id, Guid UnitId, string TenantName, string Phone, DateOnly LeaseStartsOn, DateOnly LeaseEndsOn, DateOnly? EndedOn, bool HasAccount)
{
    public static TenancyResponse From(Tenancy t, bool masked) => new(t.Id, t.UnitId, t.TenantName,
        masked ? Masking.Phone(t.Phone) : t.Phone, t.LeaseStartsOn, t.LeaseEndsOn, t.EndedOn, t.UserId is not null);
}

internal sealed class AddOwnershipRequestValidator : AbstractValidator<AddOwnershipRequest>
{
    public AddOwnershipRequestValidator() => RuleFor(r => r.OwnerId).NotEmpty();
}

internal sealed class TransferOwnershipRequestValidator : AbstractValidator<TransferOwnershipRequest>
{
    public TransferOwnershipRequestValidator()
    {
        RuleFor(r => r.NewOwnerIds).NotEmpty();
        RuleFor(r => r.TransferredOn).NotEmpty();
    }
}

internal sealed class TenancyRequestValidator : AbstractValidator<TenancyRequest>
{
    public TenancyRequestValidator()
    {
        RuleFor(r => r.TenantName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Phone).NotEmpty().Matches(PhoneRule.Pattern).WithMessage(_ => PhoneRule.Message.ToString());
        RuleFor(r => r.LeaseEndsOn).GreaterThanOrEqualTo(r => r.LeaseStartsOn);
    }
}

internal sealed class UsageRequestValidator : AbstractValidator<UsageRequest>
{
    public UsageRequestValidator() => RuleFor(r => r.Usage).IsInEnum();
}
