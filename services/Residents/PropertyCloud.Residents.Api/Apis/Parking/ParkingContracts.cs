using FluentValidation;
using PropertyCloud.Residents.Api.Domain.Parking;

namespace PropertyCloud.Residents.Api.Apis.Parking;

public sealed record VehicleRequest(Guid UnitId, VehicleHolderKind HolderKind, Guid HolderId, string PlateNumber, string? Description);

/// <summary>A vehicle as shown: the plate number masked unless <see cref="Masked"/> is false (its holder, or an audited reveal).</summary>
public sealed record VehicleResponse(
    Guid Id, Guid UnitId, VehicleHolderKind HolderKind, Guid HolderId, string PlateNumber, string Description, bool Masked)
{
    public static VehicleResponse From(Vehicle v, bool masked) =>
        new(v.Id, v.UnitId, v.HolderKind, v.HolderId, masked ? v.PlateNumberMasked : v.PlateNumber, v.Description, masked);
}

public sealed record RevealPlateRequest(string Reason);

public sealed record ParkingSpaceRequest(string Code, string? Location);

public sealed record ParkingSpaceResponse(Guid Id, string Code, string Location, ParkingAssignmentResponse? Current)
{
    public static ParkingSpaceResponse From(ParkingSpace s, ParkingSpaceAssignment? current) =>
        new(s.Id, s.Code, s.Location, current is null ? null : ParkingAssignmentResponse.From(current));
}

public sealed record ParkingAssignmentRequest(Guid UnitId, Guid? OwnerId, ParkingTenure Tenure, DateOnly StartsOn, DateOnly? EndsOn);

public sealed record ParkingAssignmentResponse(
    Guid Id, Guid ParkingSpaceId, Guid UnitId, Guid? OwnerId, ParkingTenure Tenure, DateOnly StartsOn, DateOnly? EndsOn, DateOnly? ReleasedOn)
{
    public static ParkingAssignmentResponse From(ParkingSpaceAssignment a) =>
        new(a.Id, a.ParkingSpaceId, a.UnitId, a.OwnerId, a.Tenure, a.StartsOn, a.EndsOn, a.ReleasedOn);
}

public sealed record ReleaseParkingRequest(DateOnly ReleasedOn);

public sealed record ParkingPermitRequest(Guid VehicleId, Guid ParkingSpaceId, DateOnly ValidFrom, DateOnly ValidUntil);

public sealed record RevokePermitRequest(DateOnly RevokedOn);

public sealed record ParkingPermitResponse(Guid Id, Guid VehicleId, Guid ParkingSpaceId, DateOnly ValidFrom, DateOnly ValidUntil, DateOnly? RevokedOn)
{
    public static ParkingPermitResponse From(ParkingPermit p) => new(p.Id, p.VehicleId, p.ParkingSpaceId, p.ValidFrom, p.ValidUntil, p.RevokedOn);
}

internal sealed class VehicleRequestValidator : AbstractValidator<VehicleRequest>
{
    /// <summary>Mainland plates: province character, city letter, 5 (fuel) or 6 (new energy) letters and digits.</summary>
    private const string PlatePattern = @"^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$";

    public VehicleRequestValidator()
    {
        RuleFor(r => r.UnitId).NotEmpty();
        RuleFor(r => r.HolderKind).IsInEnum();
        RuleFor(r => r.HolderId).NotEmpty();
        RuleFor(r => r.PlateNumber).NotEmpty();
        RuleFor(r => r.PlateNumber).Must(p => System.Text.RegularExpressions.Regex.IsMatch(Vehicle.Normalise(p), PlatePattern))
            .When(r => !string.IsNullOrWhiteSpace(r.PlateNumber))
            .WithMessage(_ => new BuildingBlocks.Domain.LocalizedText("车牌号格式不正确（如 浙A12345）", "The plate number is invalid (e.g. 浙A12345)").ToString());
        RuleFor(r => r.Description).MaximumLength(100);
    }
}

internal sealed class RevealPlateRequestValidator : AbstractValidator<RevealPlateRequest>
{
    public RevealPlateRequestValidator() => RuleFor(r => r.Reason).NotEmpty().MinimumLength(4).MaximumLength(500);
}

internal sealed class ParkingSpaceRequestValidator : AbstractValidator<ParkingSpaceRequest>
{
    public ParkingSpaceRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(30);
        RuleFor(r => r.Location).MaximumLength(100);
    }
}

internal sealed class ParkingAssignmentRequestValidator : AbstractValidator<ParkingAssignmentRequest>
{
    public ParkingAssignmentRequestValidator()
    {
        RuleFor(r => r.UnitId).NotEmpty();
        RuleFor(r => r.Tenure).IsInEnum();
        RuleFor(r => r.StartsOn).NotEmpty();
    }
}

internal sealed class ParkingPermitRequestValidator : AbstractValidator<ParkingPermitRequest>
{
    public ParkingPermitRequestValidator()
    {
        RuleFor(r => r.VehicleId).NotEmpty();
        RuleFor(r => r.ParkingSpaceId).NotEmpty();
        RuleFor(r => r.ValidFrom).NotEmpty();
        RuleFor(r => r.ValidUntil).NotEmpty();
    }
}
