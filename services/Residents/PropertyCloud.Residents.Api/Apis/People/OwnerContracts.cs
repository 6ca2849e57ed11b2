using FluentValidation;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Api.Apis.People;

public sealed record OwnerRequest(
    OwnerKind Kind, string Name, Gender Gender, string Phone, IdDocumentType IdDocumentType, string? IdNumber,
    string? NativePlace, string? Address, DateOnly? MovedInOn, IReadOnlyList<Guid>? UnitIds, DateOnly? OwnedSince)
{
    public OwnerDetails ToDetails() => new(Kind, Name, Gender, Phone, IdDocumentType, NativePlace ?? "", Address ?? "", MovedInOn);
}

/// <summary>An owner as shown: personal data masked unless <see cref="Masked"/> is false (the owner themselves).</summary>
public sealed record OwnerResponse(
    Guid Id, Guid EstateId, OwnerKind Kind, string Name, Gender Gender, string Phone, IdDocumentType IdDocumentType,
    string IdNumber, string NativePlace, string Address, DateOnly? MovedInOn, bool Masked, bool HasAccount,
    IReadOnlyList<OwnershipResponse> Units, IReadOnlyList<MemberResponse> Members, IReadOnlyList<ContactResponse> EmergencyContacts)
{
    public static OwnerResponse MaskedFrom(Owner o, IReadOnlyList<OwnershipResponse> units,
        IReadOnlyList<MemberResponse>? members = null, IReadOnlyList<ContactResponse>? contacts = null) =>
        new(o.Id, o.EstateId, o.Kind, o.Name, o.Gender, Masking.Phone(o.Phone), o.IdDocumentType, o.IdNumberMasked, o.NativePlace,
            Masking.Address(o.Address), o.MovedInOn, true, o.UserId is not null, units, members ?? [], contacts ?? []);

    public static OwnerResponse Unmasked(Owner o, string idNumber, IReadOnlyList<OwnershipResponse> units,
        IReadOnlyList<MemberResponse> members, IReadOnlyList<ContactResponse> contacts) =>
        new(o.Id, o.EstateId, o.Kind, o.Name, o.Gender, o.Phone, o.IdDocumentType, idNumber, o.NativePlace,
            o.Address, o.MovedInOn, false, o.UserId is not null, units, members, contacts);
}

public sealed record OwnershipResponse(Guid Id, Guid UnitId, Guid OwnerId, DateOnly StartedOn, DateOnly? EndedOn)
{
    public static OwnershipResponse From(Ownership o) => new(o.Id, o.UnitId, o.OwnerId, o.StartedOn, o.EndedOn);
}

public sealed record AccountRequest(string UserId);

public sealed record IdNumberLookupRequest(string IdNumber);

internal sealed class OwnerRequestValidator : AbstractValidator<OwnerRequest>
{
    public OwnerRequestValidator()
    {
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Gender).IsInEnum();
        RuleFor(r => r.Phone).NotEmpty().Matches(PhoneRule.Pattern).WithMessage(_ => PhoneRule.Message.ToString());
        RuleFor(r => r.IdDocumentType).IsInEnum();
        RuleFor(r => r.IdNumber).NotEmpty().MaximumLength(40);
        RuleFor(r => r.IdNumber).Must(ChineseIdNumber.IsValid)
            .When(r => r.IdDocumentType == IdDocumentType.ResidentIdCard && !string.IsNullOrEmpty(r.IdNumber))
            .WithMessage(_ => new LocalizedText("居民身份证号码无效（位数、出生日期或校验位不正确）",
                "The resident ID number is invalid (length, birth date or check digit)").ToString());
        RuleFor(r => r.NativePlace).MaximumLength(100);
        RuleFor(r => r.Address).MaximumLength(200);
        RuleFor(r => r.OwnedSince).NotNull().When(r => r.UnitIds is { Count: > 0 });
    }
}

internal sealed class AccountRequestValidator : AbstractValidator<AccountRequest>
{
    public AccountRequestValidator() => RuleFor(r => r.UserId).NotEmpty().MaximumLength(100);
}

internal sealed class IdNumberLookupRequestValidator : AbstractValidator<IdNumberLookupRequest>
{
    public IdNumberLookupRequestValidator() => RuleFor(r => r.IdNumber).NotEmpty().MaximumLength(40);
}

internal static class PhoneRule
{
    /// <summary>A mainland mobile number or a landline with area code.</summary>
    public const string Pattern = @"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$";
    public static readonly LocalizedText Message = new("电话号码格式不正确（手机11位或带区号的座机）",
        "The phone number is invalid (11-digit mobile or landline with area code)");
}
