using FluentValidation;
using PropertyCloud.Archives.Api.Domain.Engineering;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>Registers a piece of equipment, opening its equipment file.</summary>
public sealed record EquipmentRequest(string? Code, string? Name, string? Location, DateOnly? InstalledOn);

/// <summary>A line of the maintenance log.</summary>
public sealed record MaintenanceLogRequest(DateOnly? PerformedOn, string? Work, string? PerformedBy);

/// <summary>An inspection certificate: number, issuing body, validity.</summary>
public sealed record CertificateRequest(string? CertificateNumber, string? Issuer, DateOnly? IssuedOn, DateOnly? ExpiresOn);

public sealed record CertificateResponse(
    Guid Id, Guid EquipmentId, string CertificateNumber, string Issuer, DateOnly IssuedOn, DateOnly ExpiresOn, IReadOnlyList<int> RemindedDays)
{
    public static CertificateResponse From(InspectionCertificate c) =>
        new(c.Id, c.EquipmentId, c.CertificateNumber, c.Issuer, c.IssuedOn, c.ExpiresOn, c.RemindedDays);
}

public sealed record EquipmentResponse(
    Guid Id, Guid EstateId, Guid FileId, string Code, string Name, string Location, DateOnly? InstalledOn, DateTimeOffset RegisteredAt,
    IReadOnlyList<MaintenanceLogEntry> MaintenanceLog, IReadOnlyList<CertificateResponse> Certificates)
{
    public static EquipmentResponse From(Equipment e) => new(e.Id, e.EstateId, e.FileId, e.Code, e.Name, e.Location, e.InstalledOn, e.RegisteredAt,
        [.. e.MaintenanceLog.OrderBy(m => m.PerformedOn)], [.. e.Certificates.OrderBy(c => c.ExpiresOn).Select(CertificateResponse.From)]);
}

internal sealed class EquipmentRequestValidator : AbstractValidator<EquipmentRequest>
{
    public EquipmentRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(40);
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Location).NotEmpty().MaximumLength(200);
    }
}

internal sealed class MaintenanceLogRequestValidator : AbstractValidator<MaintenanceLogRequest>
{
    public MaintenanceLogRequestValidator()
    {
        RuleFor(r => r.PerformedOn).NotNull();
        RuleFor(r => r.Work).NotEmpty().MaximumLength(1000);
        RuleFor(r => r.PerformedBy).NotEmpty().MaximumLength(100);
    }
}

internal sealed class CertificateRequestValidator : AbstractValidator<CertificateRequest>
{
    public CertificateRequestValidator()
    {
        RuleFor(r => r.CertificateNumber).NotEmpty().MaximumLength(80);
        RuleFor(r => r.Issuer).NotEmpty().MaximumLength(200);
        RuleFor(r => r.IssuedOn).NotNull();
        RuleFor(r => r.ExpiresOn).NotNull();
    }
}
