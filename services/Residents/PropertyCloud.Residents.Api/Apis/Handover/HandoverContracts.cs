using FluentValidation;
using PropertyCloud.Residents.Api.Domain.Handover;

namespace PropertyCloud.Residents.Api.Apis.Handover;

public sealed record AccessCardRequest(string Number, string HolderName, DateOnly IssuedOn);

public sealed record RevokeAccessCardRequest(DateOnly RevokedOn);

public sealed record AccessCardResponse(Guid Id, Guid UnitId, string Number, string HolderName, DateOnly IssuedOn, DateOnly? RevokedOn)
{
    public static AccessCardResponse From(AccessCard c) => new(c.Id, c.UnitId, c.Number, c.HolderName, c.IssuedOn, c.RevokedOn);
}

public sealed record KeyCustodyRequest(string Description, string HandedInBy, DateOnly ReceivedOn);

public sealed record ReturnKeyRequest(string ReturnedTo, DateOnly ReturnedOn);

public sealed record KeyCustodyResponse(
    Guid Id, Guid UnitId, string Description, string HandedInBy, DateOnly ReceivedOn, string ReceivedBy,
    DateOnly? ReturnedOn, string? ReturnedTo, string? ReturnedBy)
{
    public static KeyCustodyResponse From(KeyCustody k) =>
        new(k.Id, k.UnitId, k.Description, k.HandedInBy, k.ReceivedOn, k.ReceivedBy, k.ReturnedOn, k.ReturnedTo, k.ReturnedBy);
}

public sealed record MeterReadingRequest(MeterKind Meter, decimal Reading, DateOnly ReadOn);

public sealed record MeterReadingResponse(Guid Id, Guid UnitId, MeterKind Meter, decimal Reading, DateOnly ReadOn, string RecordedBy)
{
    public static MeterReadingResponse From(MeterBaseReading m) => new(m.Id, m.UnitId, m.Meter, m.Reading, m.ReadOn, m.RecordedBy);
}

internal sealed class AccessCardRequestValidator : AbstractValidator<AccessCardRequest>
{
    public AccessCardRequestValidator()
    {
        RuleFor(r => r.Number).NotEmpty().MaximumLength(40);
        RuleFor(r => r.HolderName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.IssuedOn).NotEmpty();
    }
}

internal sealed class KeyCustodyRequestValidator : AbstractValidator<KeyCustodyRequest>
{
    public KeyCustodyRequestValidator()
    {
        RuleFor(r => r.Description).NotEmpty().MaximumLength(200);
        RuleFor(r => r.HandedInBy).NotEmpty().MaximumLength(100);
        RuleFor(r => r.ReceivedOn).NotEmpty();
    }
}

internal sealed class ReturnKeyRequestValidator : AbstractValidator<ReturnKeyRequest>
{
    public ReturnKeyRequestValidator()
    {
        RuleFor(r => r.ReturnedTo).NotEmpty().MaximumLength(100);
        RuleFor(r => r.ReturnedOn).NotEmpty();
    }
}

internal sealed class MeterReadingRequestValidator : AbstractValidator<MeterReadingRequest>
{
    public MeterReadingRequestValidator()
    {
        RuleFor(r => r.Meter).IsInEnum();
        RuleFor(r => r.Reading).GreaterThanOrEqualTo(0).PrecisionScale(12, 2, ignoreTrailingZeros: true);
        RuleFor(r => r.ReadOn).NotEmpty();
    }
}
