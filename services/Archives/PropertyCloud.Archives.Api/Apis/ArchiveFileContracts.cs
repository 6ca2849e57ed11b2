using FluentValidation;
using PropertyCloud.Archives.Api.Domain.Files;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>Opens an engineering or staff file; <see cref="StaffId"/> (the staff member's user id) only for a staff file.</summary>
public sealed record ArchiveFileRequest(ArchiveFileKind? Kind, string? FileNumber, string? Title, string? StaffId);

public sealed record ArchiveFileResponse(Guid Id, Guid EstateId, ArchiveFileKind Kind, string FileNumber, string Title, string? StaffId, DateTimeOffset OpenedAt)
{
    public static ArchiveFileResponse From(ArchiveFile f) => new(f.Id, f.EstateId, f.Kind, f.FileNumber, f.Title, f.StaffId, f.OpenedAt);
}

internal sealed class ArchiveFileRequestValidator : AbstractValidator<ArchiveFileRequest>
{
    public ArchiveFileRequestValidator()
    {
        RuleFor(r => r.Kind).NotNull().IsInEnum().NotEqual(ArchiveFileKind.Equipment)
            .WithMessage("设备档案随设备登记建立 / Equipment files are opened by registering the equipment");
        RuleFor(r => r.FileNumber).NotEmpty().MaximumLength(80);
        RuleFor(r => r.Title).NotEmpty().MaximumLength(200);
        RuleFor(r => r.StaffId).MaximumLength(100);
    }
}
